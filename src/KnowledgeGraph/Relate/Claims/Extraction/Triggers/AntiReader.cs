using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// "anti-X" before a noun of <see cref="PredicateDefinition.Anti"/>: the party the phrase belongs to states the predicate
/// towards X. That party is the possessor before the phrase ("ISKP's anti-Chinese propaganda") or the subject of the
/// verb that governs it ("ISKP has put out far more anti-Chinese propaganda"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class AntiReader
{
    private const int MaxModifiers = 2;
    private const int MaxVerbWords = 5;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly PhraseIndex<Trigger> nouns = new();
    private readonly List<Argument> subjects = [];
    private readonly bool any;

    public AntiReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        this.subjectFinder = subjectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string noun in predicate.Anti)
            {
                string[] words = PhraseWords.Split(noun);
                nouns.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
                any = true;
            }
        }

        nouns.Seal();
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!any)
        {
            return;
        }

        for (int o = 0; o < view.MentionCount; o++)
        {
            int anti = view.MentionFirst(o) - 2;
            if (!view.Is(anti + 1, "-") || !view.Is(anti, "anti") || NounAfter(view, view.AfterMention(o)) is not { } noun)
            {
                continue;
            }

            subjects.Clear();
            int bridge = Owner(view, anti);
            foreach (Argument subject in subjects)
            {
                output.Add((new ClaimCandidate(subject.Mention, o, 0.85f * subject.Weight, bridge, anti, null), noun.Trigger, noun.At));
            }
        }
    }

    /// <summary>Fills <see cref="subjects"/> with the party owning the phrase that starts at "anti"; returns where negation may start.</summary>
    private int Owner(SentenceView view, int anti)
    {
        int j = anti - 1;
        for (int n = 0; n < 3 && j >= view.First && view.MentionIndexAt(j) < 0 && cues.Fillers.StartsAt(view, j); n++)
        {
            j--;
        }

        int m = SubjectFinder.EndingAt(view, j);
        if (m >= 0)
        {
            if (view.IsPossessive(m) || view.IsPossessivePronoun(m))
            {
                subjects.Add(new Argument(m, 1f));
            }

            return view.MentionFirst(m);
        }

        // "has put out far more anti-Chinese propaganda": back over the verb to its subject.
        int verb = anti;
        for (int n = 0; n < MaxVerbWords && IsVerbWord(view, verb - 1); n++)
        {
            verb--;
        }

        if (verb == anti)
        {
            return anti;
        }

        subjectFinder.Find(view, verb, subjects, out int bridge);
        if (subjects.Count == 0)
        {
            // "the ISKP's publications are full of anti-Chinese narratives": the possessor of the subject noun.
            int k = verb - 1;
            while (k >= view.First && cues.Bridges.StartsAt(view, k))
            {
                k--;
            }

            int owner = SubjectFinder.EndingAt(view, k - 1);
            if (k < verb - 1 && VerbShapes.IsLowerWord(view, k) && owner >= 0 && view.IsPossessive(owner))
            {
                subjects.Add(new Argument(owner, 0.9f));
                return view.MentionFirst(owner);
            }
        }

        return bridge;
    }

    private bool IsVerbWord(SentenceView view, int i) =>
        VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && !cues.Bridges.StartsAt(view, i)
        && !GrammarWords.ClauseStops.StartsAt(view, i) && (IsParticle(view, i) || !GrammarWords.Prepositions.StartsAt(view, i));

    /// <summary>"put out", "full of": words of a verb phrase that are prepositions elsewhere.</summary>
    private static bool IsParticle(SentenceView view, int i) => view.Is(i, "of") || view.Is(i, "out") || view.Is(i, "up");

    /// <summary>The noun of the phrase right after the mention or after a lower-case modifier or two.</summary>
    private (Trigger Trigger, int At)? NounAfter(SentenceView view, int from)
    {
        for (int j = from; j < view.End && j - from <= MaxModifiers; j++)
        {
            if (nouns.Candidates(view, j) is { } list)
            {
                foreach (var (words, value) in list)
                {
                    if (view.WordsMatch(j, words))
                    {
                        return (value, j);
                    }
                }
            }

            if (!VerbShapes.IsLowerWord(view, j) || GrammarWords.ClauseStops.StartsAt(view, j) || GrammarWords.Prepositions.StartsAt(view, j))
            {
                return null;
            }
        }

        return null;
    }
}
