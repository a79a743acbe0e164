using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// The antecedent a description marked <see cref="CoreferenceRule.RecentFirst"/> prefers ("the group"): the nearest entity
/// that fits, in the reference's sentence or the one before, when it is of the rule's first type (an armed group), so
/// "naming 27 TTP commanders, including the group's leader" is the TTP rather than the Taliban government named further
/// back. <see cref="AntecedentChooser"/> weighs that entity more; it does not decide alone.
/// </summary>
internal static class RecentFirst
{
    /// <summary>
    /// The entity of the nearest candidate that fits <paramref name="rule"/> in sentence <paramref name="sentence"/> or the
    /// one before, when it is of the rule's first type; null otherwise. A faction or part of another candidate's entity
    /// ("its Majeed Brigade" after the BLA) is passed over: "the group" then is the whole.
    /// </summary>
    public static Entity? Find(CoreferenceRule rule, List<AntecedentCandidate> candidates, int sentence, Entity? excluded)
    {
        for (int i = candidates.Count - 1; i >= 0 && sentence - candidates[i].Sentence <= 1; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (SameEntity.Is(c.Entity, excluded) || rule.Fit(c.Entity) < 0 || PartOfCandidate(c.Entity, candidates, sentence))
            {
                continue;
            }

            if (rule.Fit(c.Entity) != 0 || c.AfterPreposition)
            {
                return null;
            }

            // The subject of the reference's own sentence that fits keeps its weight ("The Islamic Emirate has defeated Daesh
            // …, said Zabihullah Mujahid, the movement's chief spokesman").
            for (int k = i; k >= 0 && candidates[k].Sentence == sentence; k--)
            {
                if (candidates[k].Subject && !SameEntity.Is(candidates[k].Entity, c.Entity) && rule.Fit(candidates[k].Entity) >= 0)
                {
                    return null;
                }
            }

            return c.Entity;
        }

        return null;
    }

    /// <summary>True when <paramref name="entity"/> is a curated faction or part of an entity a candidate in reach names.</summary>
    private static bool PartOfCandidate(Entity entity, List<AntecedentCandidate> candidates, int sentence)
    {
        foreach (EntityLink link in entity.Links)
        {
            if (link.Rel is not ("faction_of" or "part_of"))
            {
                continue;
            }

            for (int i = candidates.Count - 1; i >= 0 && sentence - candidates[i].Sentence <= AntecedentChooser.MaxDistance; i--)
            {
                if (string.Equals(candidates[i].Entity.Id, link.To, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
