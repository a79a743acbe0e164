using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// A regime stands for the state it rules under a description of states ("the two countries", "the two neighbours"; rule
/// `states` in coreference.yaml): "Kazakhstan removed the Taliban from its list of banned organisations …, and trade
/// between the two countries reached …" means Kazakhstan and Afghanistan. The state is the country a regime's gazetteer
/// link `rules` names.
/// </summary>
internal sealed class RuledStates
{
    /// <summary>The gazetteer link from a regime to the country it rules.</summary>
    private const string Rules = "rules";

    private readonly Func<string, Entity?> entities;

    /// <param name="entities">The gazetteer's entities by id.</param>
    public RuledStates(Func<string, Entity?> entities) => this.entities = entities;

    /// <summary>The country <paramref name="entity"/> rules by a curated link, or null.</summary>
    public Entity? StateOf(Entity entity)
    {
        foreach (EntityLink link in entity.Links)
        {
            if (link.Rel == Rules && entities(link.To) is { Type: EntityType.Country } state)
            {
                return state;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="candidates"/> with each regime's mention read as the state it rules (a copy over the same words; the
    /// document's mention is left as it is), or left out where its sentence names that state itself ("Pakistan and
    /// Afghanistan's Taliban administration": one party, named by the state), or left as it is where its sentence names
    /// two others that fit <paramref name="rule"/>: a regime completes a pair but is no third party ("India … since the
    /// Taliban took power, and its relations with Pakistan have remained frozen since the two countries fought"). The
    /// same list when there is no regime.
    /// </summary>
    public List<AntecedentCandidate> Map(CoreferenceRule rule, List<AntecedentCandidate> candidates)
    {
        List<AntecedentCandidate>? mapped = null;
        for (int i = 0; i < candidates.Count; i++)
        {
            AntecedentCandidate c = candidates[i];
            Entity? state = c.Entity.Links.Count > 0 ? StateOf(c.Entity) : null;
            if (state is null)
            {
                mapped?.Add(c);
                continue;
            }

            mapped ??= candidates.GetRange(0, i);
            if (TwoOthers(rule, candidates, c))
            {
                mapped.Add(c);
            }
            else if (!Named(candidates, c.Sentence, state))
            {
                mapped.Add(c with { Mention = c.Mention.Copy(entity: state) });
            }
        }

        return mapped ?? candidates;
    }

    /// <summary>True when a candidate of sentence <paramref name="sentence"/> (article-wide number) names <paramref name="state"/>.</summary>
    private static bool Named(List<AntecedentCandidate> candidates, int sentence, Entity state)
    {
        foreach (AntecedentCandidate c in candidates)
        {
            if (c.Sentence == sentence && SameEntity.Is(c.Entity, state))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence of <paramref name="regime"/> names two other entities that fit <paramref name="rule"/>.</summary>
    private static bool TwoOthers(CoreferenceRule rule, List<AntecedentCandidate> candidates, AntecedentCandidate regime)
    {
        Entity? other = null;
        foreach (AntecedentCandidate c in candidates)
        {
            if (c.Sentence != regime.Sentence || SameEntity.Is(c.Entity, regime.Entity) || rule.Fit(c.Entity) < 0)
            {
                continue;
            }

            if (other is not null && !SameEntity.Is(other, c.Entity))
            {
                return true;
            }

            other = c.Entity;
        }

        return false;
    }
}
