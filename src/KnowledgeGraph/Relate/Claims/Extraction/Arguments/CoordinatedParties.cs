using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Building;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Parties named one after another from a token on, coordinated by "and" and commas ("from Kabul", "Pakistan and
/// Afghanistan would", "the Afghan authorities"): a demonym or possessive counts only with an actor noun after it (claim_cues
/// <c>actors</c>). The readers of what is asked from a party and of what a party is hoped to do share it.
/// </summary>
internal static class CoordinatedParties
{
    /// <summary>
    /// Fills <paramref name="parties"/> with the parties named from token <paramref name="i"/> on and returns the token
    /// after them; -1 when one is a project, an event or a place (with <paramref name="capitals"/>, a capital standing for
    /// its state counts: "guarantees from Kabul"), or a demonym or possessive with no actor noun after it.
    /// </summary>
    public static int Read(SentenceView view, ClaimCues cues, int i, List<int> parties, bool capitals)
    {
        parties.Clear();
        while (view.MentionIndexAt(i) is >= 0 and var m && view.MentionFirst(m) == i)
        {
            Entity entity = view.Mention(m).Entity;
            if (entity.Type is EntityType.Project or EntityType.Event
                || entity.Type == EntityType.Place && !(capitals && CapitalStates.CountryCandidate(view.Mention(m)) is not null))
            {
                return -1;
            }

            parties.Add(m);
            i = view.AfterMention(m);
            if (view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym)
            {
                if (cues.Actors.LongestAt(view, i) is not (> 0 and var actor))
                {
                    return -1;
                }

                i += actor;
            }

            if (view.Is(i, ",") || view.Is(i, "and"))
            {
                i += view.Is(i + 1, "and") ? 2 : 1;
                i += view.Is(i, "the") ? 1 : 0;
                continue;
            }

            break;
        }

        return i;
    }
}
