using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A state holding or taking over an organisation's rotating office (claim_cues <c>chair_offices</c>: "chairmanship",
/// "presidency"; verbs of <c>office_holding</c>): "Kyrgyzstan holds the SCO's rotating presidency", "Kyrgyzstan, which
/// holds the bloc's rotating chairmanship", "took over the rotating chairmanship of the SCO" → the state MEMBER_OF the
/// organisation: only a member chairs a bloc in turn. The holder is the name right before the verb, or before a comma and
/// "which"; only a state holds the office and only an organisation has it, so a person's presidency of a country says
/// nothing here.
/// </summary>
internal sealed class ChairmanshipReader
{
    private const int MaxVerbWords = 2;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? memberOf;

    public ChairmanshipReader(PredicateLexicon lexicon)
    {
        cues = lexicon.Cues;
        memberOf = lexicon.Find("MEMBER_OF");
        CueWords = cues.ChairOffices.FirstWords;
    }

    /// <summary>The words one of which a sentence must hold for this reader to find anything.</summary>
    public IEnumerable<string> CueWords { get; }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (memberOf is null)
        {
            return;
        }

        for (int i = view.First + 1; i < view.End; i++)
        {
            if (cues.ChairOffices.LongestAt(view, i) != 1 || view.MentionIndexAt(i) >= 0)
            {
                continue;
            }

            int opener = view.Is(i - 1, "rotating") ? i - 1 : i;
            int body = Body(view, opener, i);
            if (body < 0)
            {
                continue;
            }

            int holder = Holder(view, view.IsPossessive(body) ? view.BeforeMention(body) : view.Is(opener - 1, "the") ? opener - 2 : opener - 1);
            if (holder >= 0 && view.Mention(holder).Entity.Type == EntityType.Country && view.Mention(holder).Kind != MentionKind.Demonym && !view.IsPossessive(holder))
            {
                output.Add((new ClaimCandidate(holder, body, 0.85f, i, i, null), new Trigger([view.Word(i).ToString()], TriggerKind.Title, memberOf, null), i));
            }
        }
    }

    /// <summary>
    /// The organisation whose office the noun at <paramref name="noun"/> names: its possessive right before
    /// <paramref name="opener"/> ("the SCO's rotating presidency", "the bloc's"), or the name after "of" ("the chairmanship
    /// of the SCO"); -1 when there is none.
    /// </summary>
    private static int Body(SentenceView view, int opener, int noun)
    {
        int m = SubjectFinder.NamedEndingAt(view, opener - 1);
        if (m < 0 || !view.IsPossessive(m) || view.AfterMention(m) != opener)
        {
            int at = view.Is(noun + 1, "of") ? (view.Is(noun + 2, "the") ? noun + 3 : noun + 2) : -1;
            m = at >= 0 ? view.MentionIndexAt(at) : -1;
            m = m >= 0 && view.MentionFirst(m) == at || m >= 0 && view.MentionFirst(m) == at - 1 ? m : -1;
        }

        return m >= 0 && view.Mention(m).Entity.Type == EntityType.Organisation && view.Mention(m).Kind != MentionKind.Demonym ? m : -1;
    }

    /// <summary>The state before the verb of holding that ends at <paramref name="last"/>: right before it, or before ", which"; -1 if none.</summary>
    private int Holder(SentenceView view, int last)
    {
        int verb = cues.OfficeHolding.StartEndingAt(view, last, MaxVerbWords);
        if (verb < 0)
        {
            return -1;
        }

        int before = view.Is(verb - 1, "which") && view.Is(verb - 2, ",") ? verb - 3 : verb - 1;
        return SubjectFinder.NamedEndingAt(view, before);
    }
}
