using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A party that brokers, mediates or facilitates an agreement or talks negotiates with each of their parties: "Israel
/// signed the US-brokered normalization agreements with Bahrain, the UAE, and Morocco" → the United States
/// NEGOTIATES_WITH Israel, Bahrain, the UAE and Morocco; "a peace agreement with Israel -- brokered by the US". The broker
/// is the name glued by a hyphen before a participle of claim_cues <c>brokering</c>, the name right before it as its
/// subject ("the UN brokered a temporary truce between the Houthis and the Saudi-led coalition"), or the names after the
/// participle and "by" (and "the"), which come first ("talks between Kabul and Islamabad mediated by Qatar and Turkey");
/// the parties are those of the sentence's own agreements and talks (SIGNS_AGREEMENT_WITH, NEGOTIATES_WITH) that are
/// not negated. So are the states whose demonyms name the mediation ("under Qatari and Turkish mediation").
/// </summary>
internal static class BrokerReader
{
    private static readonly string[] Brokered = ["SIGNS_AGREEMENT_WITH", "NEGOTIATES_WITH"];

    public static void Read(SentenceView view, PredicateLexicon lexicon, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!AnyBrokered(claims, first) || lexicon.Find("NEGOTIATES_WITH") is not { } negotiates)
        {
            return;
        }

        var brokers = new List<(int Broker, int At)>();
        Brokers(view, lexicon.Cues, brokers);
        Mediators(view, lexicon.Cues, brokers);
        foreach ((int broker, int at) in brokers)
        {
            var trigger = new Trigger([view.Word(at).ToString()], TriggerKind.Verb, negotiates, null);
            AddParties(view, claims, first, broker, at, trigger, output);
        }
    }

    private static void AddParties(SentenceView view, IReadOnlyList<Claim> claims, int first, int broker, int at, Trigger trigger, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        Entity brokerEntity = view.Mention(broker).Entity;
        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (claim.Negated || Array.IndexOf(Brokered, claim.Predicate) < 0 || InLaterClause(view, at, claim.Start))
            {
                continue;
            }

            foreach (Entity party in (ReadOnlySpan<Entity>)[claim.Subject, claim.Object])
            {
                int m = party.Id == brokerEntity.Id ? -1 : view.MentionOf(party);
                if (m >= 0)
                {
                    output.Add((new ClaimCandidate(broker, m, 0.8f, at, at, null), trigger, at));
                }
            }
        }
    }

    /// <summary>
    /// True when ", and" stands between the participle at <paramref name="at"/> and the claim whose span starts at character
    /// <paramref name="start"/>: talks of a later coordinated clause are not the brokered ones ("Beijing brokered a similar
    /// informal meeting …, and Wang has since spoken repeatedly by phone with both ministers").
    /// </summary>
    private static bool InLaterClause(SentenceView view, int at, int start)
    {
        for (int i = at + 1; i + 1 < view.End && view.Token(i + 1).Start < start; i++)
        {
            if (view.Is(i, ",") && view.Is(i + 1, "and"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence's own claims hold an agreement or talks that are not negated (only then is a broker looked for).</summary>
    private static bool AnyBrokered(IReadOnlyList<Claim> claims, int first)
    {
        for (int c = first; c < claims.Count; c++)
        {
            if (!claims[c].Negated && Array.IndexOf(Brokered, claims[c].Predicate) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the brokers' mentions and the participle's token: "US-brokered", "brokered by the US", "brokered by Qatar and
    /// Turkey", "Qatar and Turkey brokered a ceasefire"; nothing when none is written.
    /// </summary>
    private static void Brokers(SentenceView view, ClaimCues cues, List<(int Broker, int At)> output)
    {
        for (int i = view.First + 1; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || cues.Brokering.LongestAt(view, i) != 1)
            {
                continue;
            }

            // "brokered by the US", "talks between Kabul and Islamabad mediated by Qatar": the agent after "by", before the
            // name right before the participle, which is a party; each coordinated agent brokers.
            int at = view.Is(i + 1, "by") ? (view.Is(i + 2, "the") ? i + 3 : i + 2) : -1;
            if (at > 0 && view.MentionIndexAt(at) is >= 0 and var agent && view.MentionFirst(agent) == at && IsBroker(view, agent))
            {
                for (int b = agent, last = MembershipReader.Last(view, agent); b <= last; b++)
                {
                    if (IsBroker(view, b))
                    {
                        output.Add((b, i));
                    }
                }

                return;
            }

            // "US-brokered": the name glued to the participle by a hyphen.
            if (view.Is(i - 1, "-") && view.Token(i - 1).End == view.Token(i).Start && view.MentionIndexAt(i - 2) is >= 0 and var glued
                && view.Mention(glued).End == view.Token(i - 1).Start && IsBroker(view, glued))
            {
                output.Add((glued, i));
                return;
            }

            // "the UN brokered a temporary truce", "Qatar and Turkey brokered a ceasefire": the names right before the verb
            // broker.
            if (view.MentionIndexAt(i - 1) is >= 0 and var subject && IsNamedBroker(view, subject))
            {
                Coordinated(view, subject, i, IsNamedBroker, output);
                return;
            }
        }
    }

    /// <summary>
    /// Adds the states whose demonyms or possessives stand right before a noun of claim_cues <c>mediation_nouns</c>, with
    /// the noun's token: "a ceasefire that Islamabad and Kabul agreed under Qatari and Turkish mediation".
    /// </summary>
    private static void Mediators(SentenceView view, ClaimCues cues, List<(int Broker, int At)> output)
    {
        for (int i = view.First + 1; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || cues.MediationNouns.LongestAt(view, i) != 1)
            {
                continue;
            }

            for (int m = 0; m < view.MentionCount; m++)
            {
                if (view.AfterMention(m) == i && IsMediator(view, m))
                {
                    Coordinated(view, m, i, IsMediator, output);
                }
            }
        }
    }

    /// <summary>
    /// Adds mention <paramref name="m"/> and those coordinated before it that <paramref name="accept"/> takes ("Qatar and
    /// Turkey", "Russia, Iran and Qatar"): a comma joins only a list that "and" closes.
    /// </summary>
    private static void Coordinated(SentenceView view, int m, int at, Func<SentenceView, int, bool> accept, List<(int Broker, int At)> output)
    {
        output.Add((m, at));
        bool closed = false;
        for (int k = m; k > 0;)
        {
            int i = view.MentionFirst(k) - 1;
            bool and = view.Is(i, "and");
            closed |= and;
            i -= and ? 1 : 0;
            bool comma = !and && closed && view.Is(i, ",");
            i -= comma ? 1 : 0;
            int before = k - 1;
            if (!and && !comma || view.MentionLast(before) != i || !accept(view, before))
            {
                return;
            }

            output.Add((before, at));
            k = before;
        }
    }

    private static bool IsNamedBroker(SentenceView view, int m) =>
        !view.IsPossessive(m) && view.Mention(m).Kind != MentionKind.Demonym && IsBroker(view, m);

    private static bool IsMediator(SentenceView view, int m) =>
        (view.Mention(m).Kind == MentionKind.Demonym || view.IsPossessive(m)) && IsBroker(view, m);

    private static bool IsBroker(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Person or EntityType.Group;
}
