using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A party put on a list or taken off one: a verb of claim_cues <c>listing_verbs</c> right before the party (or its
/// "the"), then "to", "on", "onto", "off" or "from" and, within a few words, a noun of <c>list_nouns</c> → the verb's
/// subject DESIGNATES_OR_DELISTS the party ("Kazakhstan removed the Taliban from its list of banned terrorist
/// organisations", "Washington added the BLA to its terrorism blacklist"). The predicate's type constraint keeps states
/// put on other lists out. Driven by the party's mention; one instance per reader; not thread-safe.
/// </summary>
internal sealed class ListingReader
{
    private const int MaxWords = 4;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? listing;
    private readonly SubjectFinder subjectFinder;

    public ListingReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        listing = lexicon.Find("DESIGNATES_OR_DELISTS");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// The first words of the verbs of listing: every claim this reader finds is read from one, so a sentence with none of these words
    /// gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.ListingVerbs.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (listing is null || cues.ListingVerbs.Count == 0)
        {
            return;
        }

        for (int listed = 1; listed < view.MentionCount; listed++)
        {
            int first = view.MentionFirst(listed);
            int verb = view.Is(first - 1, "the") ? first - 2 : first - 1;
            if (verb <= view.First || view.IsPossessive(listed) || view.MentionIndexAt(verb) >= 0 || cues.ListingVerbs.LongestAt(view, verb) != 1
                || !ListFollows(view, cues, view.AfterMention(listed)))
            {
                continue;
            }

            subjectFinder.AddAgainst(view, verb, listed, Trigger.OfWord(view, verb, TriggerKind.Verb, listing), output);
        }
    }

    /// <summary>"to", "on", "onto", "off" or "from" at <paramref name="i"/>, then a list noun within a few words that name no one.</summary>
    internal static bool ListFollows(SentenceView view, ClaimCues cues, int i)
    {
        if (!(view.Is(i, "to") || view.Is(i, "on") || view.Is(i, "onto") || view.Is(i, "off") || view.Is(i, "from")))
        {
            return false;
        }

        for (int j = i + 1; j < view.End && j <= i + MaxWords; j++)
        {
            if (cues.ListNouns.StartsAt(view, j))
            {
                return true;
            }

            if (view.MentionIndexAt(j) >= 0 && !view.IsPossessivePronoun(view.MentionIndexAt(j)) || view.IsPunctuation(j) && !view.Is(j, "-")
                || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return false;
            }
        }

        return false;
    }
}
