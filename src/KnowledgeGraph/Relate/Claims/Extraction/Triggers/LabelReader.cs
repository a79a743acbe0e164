using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Describing someone as something (<see cref="PredicateDefinition.Labels"/>): "X identified Y as the biggest threat",
/// "Bolton characterized China's presence in Africa as predatory". The subject of a describing verb (claim_cues
/// `describing`) states the label's predicate towards the object after the verb (a possessor counts: the presence of
/// China is China) when "as" follows the object and a label word follows "as" within a few words. A passive without
/// the describer ("China is described as a threat") names no stance-taker and yields nothing. One instance per
/// document; not thread-safe.
/// </summary>
internal sealed class LabelReader
{
    private const int MaxToAs = 8;
    private const int MaxToLabel = 8;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly PhraseIndex<Trigger> labels = new();
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];
    private readonly bool any;

    public LabelReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string label in predicate.Labels)
            {
                string[] words = PhraseWords.Split(label);
                labels.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
                any = true;
            }
        }

        labels.Seal();
    }

    /// <summary>Appends (candidate, trigger, describing verb token) for each description the view states with a label word.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!any)
        {
            return;
        }

        // Anchored on "as" (a cheap comparison per token): the label after it, the describing verb before it.
        for (int i = view.First + 2; i < view.End - 1; i++)
        {
            if (view.Token(i).Length == 2 && view.Is(i, "as") && LabelAfter(view, i) is { } trigger)
            {
                ReadAt(view, i, trigger, output);
            }
        }
    }

    private void ReadAt(SentenceView view, int at, Trigger trigger, List<(ClaimCandidate, Trigger, int)> output)
    {
        for (int verb = at - 2; verb >= view.First && at - verb <= MaxToAs + 4; verb--)
        {
            if (view.MentionIndexAt(verb) >= 0 || view.Token(verb).Kind != Model.TokenKind.Word || !cues.Describing.StartsAt(view, verb))
            {
                continue;
            }

            if (GrammarWords.BeForms.StartsAt(view, verb - 1))
            {
                return;
            }

            objectFinder.Find(view, verb + 1, [], direct: true, objects, possessorObject: true);
            if (objects.Count == 0 || !AsFollows(view, view.AfterMention(objects[^1].Mention), at))
            {
                return;
            }

            subjectFinder.Find(view, verb, subjects, out int bridge);
            foreach (Argument s in subjects)
            {
                foreach (Argument o in objects)
                {
                    output.Add((new ClaimCandidate(s.Mention, o.Mention, 0.85f * Math.Min(s.Weight, o.Weight), bridge, verb, null), trigger, verb));
                }
            }

            return;
        }
    }

    /// <summary>True when "as" at <paramref name="at"/> comes within a few words of the object, with no clause break between.</summary>
    private static bool AsFollows(SentenceView view, int from, int at)
    {
        if (at < from || at - from > MaxToAs)
        {
            return false;
        }

        for (int j = from; j < at; j++)
        {
            if ((view.IsPunctuation(j) && !view.Is(j, "-")) || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The label after "as" ("as the biggest long-term national security threat"), within a few words.</summary>
    private Trigger? LabelAfter(SentenceView view, int at)
    {
        for (int j = at + 1; j < view.End && j - at <= MaxToLabel; j++)
        {
            if (labels.Candidates(view, j) is { } list)
            {
                foreach (var (words, value) in list)
                {
                    if (view.WordsMatch(j, words))
                    {
                        return value;
                    }
                }
            }

            if ((view.IsPunctuation(j) && !view.Is(j, "-")) || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return null;
            }
        }

        return null;
    }
}
