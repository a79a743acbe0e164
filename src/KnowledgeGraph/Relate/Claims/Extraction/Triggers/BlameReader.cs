using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Blame laid on a party: a verb or phrase of claim_cues <c>blaming</c>, up to five words naming what is blamed, then
/// "on" (or "on the") and the party → the verb's subject CRITICIZES the party ("Pakistan blamed the attack on the TTP",
/// "Kabul pinned the blame on Islamabad"). Driven by the party's mention; one instance per reader; not thread-safe.
/// </summary>
internal sealed class BlameReader
{
    private const int MaxWords = 5;
    private const int MaxPhrase = 3;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? criticizes;
    private readonly SubjectFinder subjectFinder;

    public BlameReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        criticizes = lexicon.Find("CRITICIZES");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// The first words of the verbs of blaming: every claim this reader finds is read from one, so a sentence with none of these words
    /// gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.Blaming.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (criticizes is null || cues.Blaming.Count == 0)
        {
            return;
        }

        for (int blamed = 1; blamed < view.MentionCount; blamed++)
        {
            int on = view.MentionFirst(blamed) - 1;
            on -= view.Is(on, "the") ? 1 : 0;
            // "blamed the bombing on Afghan-based militants": a name inside a hyphenated modifier is not the one blamed.
            if (!view.Is(on, "on") || view.IsPossessive(blamed) || view.Is(view.AfterMention(blamed), "-") || Verb(view, on - 1) is not (>= 0 and var verb))
            {
                continue;
            }

            subjectFinder.AddAgainst(view, verb, blamed, Trigger.OfWord(view, verb, TriggerKind.Verb, criticizes, "on"), output);
        }
    }

    /// <summary>
    /// "Pakistani investigators blamed the Dasu attack on the Pakistani Taliban", "a bus bombing near Dasu, which Pakistan
    /// blamed on the Pakistani Taliban": what is blamed on a party is no party criticised, so a candidate of the blaming
    /// verb at [<paramref name="start"/>, <paramref name="end"/>) whose object "on" follows (or, for an object before the
    /// verb, the verb itself) is dropped, from <paramref name="from"/> on. The party after "on" is read by <see cref="Read"/>.
    /// </summary>
    public static void DropBlamedActs(SentenceView view, ClaimCues cues, int start, int end, List<ClaimCandidate> candidates, int from)
    {
        if (candidates.Count == from || cues.Blaming.LongestAt(view, start) != 1)
        {
            return;
        }

        for (int k = candidates.Count - 1; k >= from; k--)
        {
            int obj = candidates[k].Object;
            if (view.MentionFirst(obj) < start ? view.Is(end, "on") : view.Is(view.AfterMention(obj), "on"))
            {
                candidates.RemoveAt(k);
            }
        }
    }

    /// <summary>The first token of a blaming verb or phrase ending at or up to a few words before <paramref name="last"/>; -1 when none.</summary>
    private int Verb(SentenceView view, int last)
    {
        for (int i = last; i > view.First && last - i <= MaxWords; i--)
        {
            // The longest phrase first: "pinned the blame" before "blame".
            for (int k = MaxPhrase; k >= 1; k--)
            {
                if (i - k + 1 > view.First && cues.Blaming.LongestAt(view, i - k + 1) == k)
                {
                    return i - k + 1;
                }
            }

            // "which Pakistan blames for attacks on Chinese workers": after "for", "on" names the attacks' target, not the
            // party blamed.
            if (view.Is(i, "for"))
            {
                return -1;
            }

            // "blamed it on the TTP": the pronoun is what is blamed; "blamed that attack on the Pakistani Taliban": so is a
            // demonstrative's noun; "blamed the Dasu attack on": so is a named event.
            bool pronoun = view.Is(i, "it") || view.Is(i, "them") || view.Is(i, "this")
                || (view.Is(i, "that") || view.Is(i, "those") || view.Is(i, "these")) && i < last && VerbShapes.IsLowerWord(view, i + 1) && view.MentionIndexAt(i + 1) < 0;
            bool blamedEvent = view.MentionIndexAt(i) is >= 0 and var named && view.Mention(named).Entity.Type == EntityType.Event && !view.IsPossessive(named);
            if (!pronoun && !blamedEvent
                && (view.MentionIndexAt(i) >= 0 || view.IsPunctuation(i) && !view.Is(i, "-") || GrammarWords.ClauseStops.StartsAt(view, i)))
            {
                return -1;
            }
        }

        return -1;
    }
}
