using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Reads, for <see cref="PartnerReader"/>, a plural partner role after "as" that a verb of finding or regarding (claim_cues
/// <c>considering</c>) gives the parties it takes: "China, which counts both Pakistan and the Taliban as partners" → each
/// named party holds the role towards the verb's subject. The role names no owner of its own (no preposition after it). One
/// instance per reader; not thread-safe.
/// </summary>
internal sealed class RegardedPartnersReader
{
    /// <summary>Tokens searched back from "as" for the verb of regarding: "counts both Pakistan and the Taliban".</summary>
    private const int MaxReach = 10;
    /// <summary>No preposition may open the parties a verb of regarding takes: they follow it directly.</summary>
    private static readonly string[] NoPreps = [];
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> holders = [];
    private readonly List<Argument> owners = [];

    public RegardedPartnersReader(ClaimCues cues, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.cues = cues;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// Reads the plural role at <paramref name="at"/> (its words end before <paramref name="after"/>) when the token
    /// <paramref name="asIndex"/> before it (past its modifiers) is "as"; true when it stands so and was read.
    /// </summary>
    public bool Read(SentenceView view, int asIndex, int at, Trigger role, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        if (!view.Is(asIndex, "as") || !view.Word(after - 1).EndsWith('s') || PartnerReader.IsPrep(view, after))
        {
            return false;
        }

        int verb = VerbBefore(view, asIndex);
        if (verb < 0)
        {
            return false;
        }

        objectFinder.Find(view, verb + 1, NoPreps, direct: true, holders);
        if (holders.Count == 0 || !EndsBefore(view, asIndex))
        {
            return false;
        }

        subjectFinder.Find(view, verb, owners, out int bridge);
        foreach (Argument owner in owners)
        {
            foreach (Argument holder in holders)
            {
                output.Add((new ClaimCandidate(holder.Mention, owner.Mention, Math.Min(holder.Weight, owner.Weight) * 0.85f, bridge, at, null), role, at));
            }
        }

        return owners.Count > 0;
    }

    /// <summary>
    /// The verb of considering a few tokens before "as" with only names, "and", commas and determiners between; -1 when
    /// there is none.
    /// </summary>
    private int VerbBefore(SentenceView view, int asIndex)
    {
        for (int i = asIndex - 1; i >= view.First && asIndex - i <= MaxReach; i--)
        {
            if (view.MentionIndexAt(i) >= 0 || view.Is(i, "and") || view.Is(i, ",") || view.Is(i, "both") || view.Is(i, "the"))
            {
                continue;
            }

            return cues.Considering.LongestAt(view, i) == 1 ? i : -1;
        }

        return -1;
    }

    /// <summary>True when the last of the parties found ends right before "as".</summary>
    private bool EndsBefore(SentenceView view, int asIndex)
    {
        foreach (Argument holder in holders)
        {
            if (view.AfterMention(holder.Mention) == asIndex)
            {
                return true;
            }
        }

        return false;
    }
}
