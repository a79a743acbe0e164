using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Accusations (<see cref="PredicateDefinition.Accusations"/>): the accuser is the party named right before the noun
/// ("U.S. allegations", "Kabul's accusations") or after "by" ("the allegations made by the United States"); the accused
/// is the first party of a that-clause right after ("allegations that the pilots were hurt after Chinese nationals aimed
/// lasers") or the subject of a rebuttal verb governing the noun ("Islamabad rejected Kabul's accusations"), who then
/// states the predicate back to the accuser. An accusation whose accuser or accused the sentence does not name yields
/// nothing. The nouns are triggers of kind <see cref="TriggerKind.Accusation"/>. One instance per document; not thread-safe.
/// </summary>
internal sealed class AccusationReader
{
    private const int MaxClause = 10;
    private const int MaxModifiers = 3;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> subjects = [];

    public AccusationReader(ClaimCues cues, SubjectFinder subjectFinder)
    {
        this.cues = cues;
        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// "Islamabad rejected Kabul's accusations": a rebuttal verb's possessor object (candidates from
    /// <paramref name="from"/> on) owns an accusation the verb rejects, which <see cref="Read"/> reads in both directions;
    /// the verb's own reading of the owner as its object (OPPOSES Kabul) is dropped.
    /// </summary>
    public static void DropRebuttedOwners(SentenceView view, PredicateLexicon lexicon, int verb, List<ClaimCandidate> candidates, int from)
    {
        if (candidates.Count == from || !lexicon.Cues.Rebuttals.StartsAt(view, verb))
        {
            return;
        }

        for (int k = candidates.Count - 1; k >= from; k--)
        {
            int owner = candidates[k].Object;
            int noun = view.AfterMention(owner);
            if (view.IsPossessive(owner) && noun < view.End && IsAccusation(view, lexicon, noun))
            {
                candidates.RemoveAt(k);
            }
        }
    }

    private static bool IsAccusation(SentenceView view, PredicateLexicon lexicon, int i)
    {
        if (view.TriggersAt(i) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Accusation && words.Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the accusation noun at <paramref name="noun"/> (a trigger of kind <see cref="TriggerKind.Accusation"/>).</summary>
    public void Read(SentenceView view, Trigger trigger, int noun, List<ClaimCandidate> output)
    {
        int left = SkipModifiers(view, noun - 1);
        int accuser = AccuserBefore(view, left, out int phraseStart);
        int after = noun + 1;
        if (accuser < 0)
        {
            accuser = AccuserAfter(view, noun + 1, out after);
        }

        if (accuser < 0)
        {
            ReadVoiced(view, left, noun, output);
            return;
        }

        int accused = -1;
        int rebuttal = phraseStart - 1;
        if (cues.Rebuttals.StartsAt(view, rebuttal))
        {
            subjectFinder.Find(view, rebuttal, subjects, out int bridge);
            if (subjects.Count > 0)
            {
                accused = subjects[0].Mention;
                foreach (Argument subject in subjects)
                {
                    // "did not deny the allegations" negates the rebuttal, not the accusation.
                    output.Add(new ClaimCandidate(subject.Mention, accuser, 0.85f * subject.Weight, bridge, rebuttal, null));
                }
            }
        }

        if (accused < 0)
        {
            accused = ClauseParty(view, after);
        }

        if (accused >= 0)
        {
            output.Add(new ClaimCandidate(accuser, accused, 0.85f, noun, noun, null));
        }
    }

    /// <summary>
    /// "Washington has raised concerns that Beijing could use the port": an accusation a light verb voices (claim_cues
    /// <c>light_verbs</c>: raise, express, voice) is the verb's subject's, against the first party of the that-clause after it.
    /// </summary>
    private void ReadVoiced(SentenceView view, int left, int noun, List<ClaimCandidate> output)
    {
        // A participle's subject is not the name before it ("a letter to Pompeo and Mattis expressing concerns that …").
        if (left < view.First || !cues.LightVerbs.StartsAt(view, left) || view.Word(left).EndsWith("ing", StringComparison.Ordinal)
            || ClauseParty(view, noun + 1) is not (>= 0 and var accused))
        {
            return;
        }

        subjectFinder.Find(view, left, subjects, out int bridge);
        foreach (Argument subject in subjects)
        {
            if (subject.Mention != accused)
            {
                output.Add(new ClaimCandidate(subject.Mention, accused, 0.8f * subject.Weight, bridge, noun, null));
            }
        }
    }

    /// <summary>
    /// Steps left over determiners and adjectives ("the untrue allegations"): the last token before them. A word ending
    /// in -ed, -ing or -s may be a verb ("faced allegations", "Kenya received complaints") and stops the walk.
    /// </summary>
    private int SkipModifiers(SentenceView view, int i)
    {
        for (int n = 0; n < MaxModifiers && i >= view.First && view.MentionIndexAt(i) < 0; n++)
        {
            if (!cues.Fillers.StartsAt(view, i) && !IsAdjective(view, i))
            {
                break;
            }

            i--;
        }

        return i;
    }

    private bool IsAdjective(SentenceView view, int i)
    {
        ReadOnlySpan<char> word = view.Word(i);
        return view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower)
            && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("s", StringComparison.Ordinal)
            && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !cues.Bridges.StartsAt(view, i)
            && !cues.Rebuttals.StartsAt(view, i) && !cues.LightVerbs.StartsAt(view, i);
    }

    /// <summary>"U.S. allegations", "Kabul's accusations", "Chinese complaints": the mention ending at <paramref name="i"/>.</summary>
    private static int AccuserBefore(SentenceView view, int i, out int phraseStart)
    {
        phraseStart = i + 1;
        int m = SubjectFinder.EndingAt(view, i);
        if (m < 0 || view.Mention(m).Entity.Type is EntityType.Place or EntityType.Event)
        {
            return -1;
        }

        phraseStart = view.MentionFirst(m);
        if (view.Is(phraseStart - 1, "the"))
        {
            phraseStart--;
        }

        return m;
    }

    /// <summary>"allegations made by the United States", "complaints from Kabul": the mention after "by" or "from".</summary>
    private static int AccuserAfter(SentenceView view, int i, out int after)
    {
        after = i;
        if (i >= view.End)
        {
            return -1;
        }

        if (view.Token(i).Kind == TokenKind.Word && (view.Word(i).EndsWith("ed", StringComparison.Ordinal) || view.Is(i, "made")))
        {
            i++;
        }

        if (!view.Is(i, "by") && !view.Is(i, "from"))
        {
            return -1;
        }

        int at = view.Is(i + 1, "the") ? i + 2 : i + 1;
        int m = view.MentionIndexAt(at);
        if (m < 0 || view.MentionFirst(m) != at || view.Mention(m).Entity.Type is EntityType.Place or EntityType.Event)
        {
            return -1;
        }

        after = view.AfterMention(m);
        return m;
    }

    /// <summary>The first party of a that-clause starting at <paramref name="i"/>, within a few words and before any clause break.</summary>
    private static int ClauseParty(SentenceView view, int i)
    {
        if (!view.Is(i, "that"))
        {
            return -1;
        }

        for (int j = i + 1; j < view.End && j <= i + MaxClause; j++)
        {
            int m = view.MentionIndexAt(j);
            if (m >= 0)
            {
                return view.Mention(m).Entity.Type is EntityType.Place or EntityType.Event ? -1 : m;
            }

            if (GrammarWords.ClauseBreaks.StartsAt(view, j) || view.Is(j, "\"") || view.Is(j, "(") || view.Is(j, "that"))
            {
                return -1;
            }
        }

        return -1;
    }
}
