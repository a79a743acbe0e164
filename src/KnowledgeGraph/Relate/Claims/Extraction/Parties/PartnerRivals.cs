using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Finds, for <see cref="PartnerReader"/>, the other holders of a possessor's partner role that a ranking names: the party
/// passed by a verb of overtaking right before "as" and the role ("China has overtaken Russia as Uzbekistan's largest
/// trading partner"; claim_cues <c>overtaking</c>) and the party after a word of claim_cues <c>rank_rivals</c> right
/// after the role ("Uzbekistan's second-largest trading partner after China", "largest trading partner ahead of
/// Russia"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class PartnerRivals
{
    /// <summary>No preposition may open the party passed: it follows the verb of overtaking directly.</summary>
    private static readonly string[] NoPreps = [];
    private readonly ClaimCues cues;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> found = [];

    public PartnerRivals(ClaimCues cues, ObjectFinder objectFinder)
    {
        this.cues = cues;
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// The verb of overtaking before the passed party, "as" and the role's phrase starting at <paramref name="start"/>
    /// ("overtaken Russia as Uzbekistan's …"), with that party in <paramref name="passed"/>; -1 (and -1) when the phrase
    /// does not stand so.
    /// </summary>
    public int OvertakingBefore(SentenceView view, int start, out int passed)
    {
        passed = -1;
        if (!view.Is(start - 1, "as"))
        {
            return -1;
        }

        int party = view.MentionIndexAt(start - 2);
        if (party < 0 || view.IsPossessive(party) || view.Mention(party).Kind == MentionKind.Demonym)
        {
            return -1;
        }

        int verb = view.MentionFirst(party) - 1;
        verb = view.Is(verb, "the") ? verb - 1 : verb;
        if (verb < view.First || view.MentionIndexAt(verb) >= 0 || cues.Overtaking.LongestAt(view, verb) != 1)
        {
            return -1;
        }

        passed = party;
        return verb;
    }

    /// <summary>
    /// True when one of <paramref name="holders"/> is the role's owner itself ("making China the country's largest trading
    /// partner" with "the country" read as China): the ranking is misread, so no rival is added.
    /// </summary>
    public static bool HeldByOwner(SentenceView view, List<Argument> holders, int owner)
    {
        string id = view.Mention(owner).Entity.Id;
        foreach (Argument holder in holders)
        {
            if (view.Mention(holder.Mention).Entity.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds to <paramref name="holders"/> the parties named right after a word of claim_cues <c>rank_rivals</c> at
    /// <paramref name="after"/>, the token after the role ("… trading partner after China"), each weighted
    /// <paramref name="weight"/>; a possessor there ("after Russia's invasion") or a demonym is no holder.
    /// </summary>
    public void AddRankedAfter(SentenceView view, int after, float weight, List<Argument> holders)
    {
        int length = cues.RankRivals.LongestAt(view, after);
        if (length <= 0)
        {
            return;
        }

        int first = after + length;
        first = view.Is(first, "the") ? first + 1 : first;
        int party = view.MentionIndexAt(first);
        if (party < 0 || view.MentionFirst(party) != first || view.IsPossessive(party) || view.Mention(party).Kind == MentionKind.Demonym)
        {
            return;
        }

        objectFinder.Find(view, first, NoPreps, direct: true, found);
        foreach (Argument holder in found)
        {
            if (!view.IsPossessive(holder.Mention) && view.Mention(holder.Mention).Kind != MentionKind.Demonym)
            {
                holders.Add(new Argument(holder.Mention, Math.Min(weight, holder.Weight)));
            }
        }
    }
}
