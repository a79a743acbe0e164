using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "the army", "the military" (coreference.yaml <c>state_forces</c>) when no force so named is near: the force of the
/// country the article has named most so far among those in reach that have one, a country's force being the one body of
/// that country in the gazetteer (link <c>part_of</c>) whose name or an alias ends in the description's noun ("Islamabad has so far resisted
/// the demand, fearing a backlash … from the army" is the Pakistan Army).
/// </summary>
internal sealed class StateForces
{
    /// <summary>Confidence of a force read from the article's state: above the chooser's minimum, never sure.</summary>
    public const float Confidence = 0.6f;

    /// <summary>The gazetteer link from a force to its state.</summary>
    private const string PartOf = "part_of";

    private readonly HashSet<string> nouns;
    private readonly Dictionary<string, List<Entity>> bodiesByState = new(StringComparer.Ordinal);

    /// <param name="cues">The coreference cues, for the nouns of a state's force.</param>
    /// <param name="entities">The gazetteer's entities.</param>
    public StateForces(CoreferenceCues cues, IEnumerable<Entity> entities)
    {
        nouns = new HashSet<string>(cues.StateForces, StringComparer.OrdinalIgnoreCase);
        if (nouns.Count == 0)
        {
            return;
        }

        foreach (Entity entity in entities)
        {
            if (entity.Type != EntityType.Organisation)
            {
                continue;
            }

            foreach (EntityLink link in entity.Links)
            {
                if (link.Rel == PartOf)
                {
                    if (!bodiesByState.TryGetValue(link.To, out List<Entity>? bodies))
                    {
                        bodiesByState[link.To] = bodies = [];
                    }

                    bodies.Add(entity);
                }
            }
        }
    }

    /// <summary>True when <paramref name="rule"/> with last word <paramref name="noun"/> is a state's force.</summary>
    public bool Applies(CoreferenceRule rule, string noun) =>
        rule is { Kind: ReferenceKind.Description, InName: true, Count: 1 } && nouns.Contains(noun);

    /// <summary>
    /// The reference at <paramref name="at"/> to the force named <paramref name="noun"/> of the country the article named most
    /// (<paramref name="named"/>) among those of <paramref name="candidates"/> and <paramref name="older"/> that have one;
    /// null on a tie or when none has. A description that is no subject of its clause never means the force of the state
    /// that clause's subject names (<paramref name="excluded"/>: "Pakistani jets struck what the army called hideouts").
    /// </summary>
    public Reference? Find(
        CoreferenceRule rule, string noun, List<AntecedentCandidate> candidates, List<AntecedentCandidate> older,
        Dictionary<string, int> named, Entity? excluded, (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        AntecedentCandidate? best = null;
        int bestCount = 0;
        bool tie = false;
        foreach (List<AntecedentCandidate> list in (List<AntecedentCandidate>[])[older, candidates])
        {
            foreach (AntecedentCandidate c in list)
            {
                if (c.Entity.Type != EntityType.Country || SameEntity.Is(c.Entity, excluded) || Force(c.Entity, noun) is null)
                {
                    continue;
                }

                int count = named.GetValueOrDefault(c.Entity.Id);
                if (best is { } b && SameEntity.Is(b.Entity, c.Entity))
                {
                    best = c;
                }
                else if (count > bestCount)
                {
                    (best, bestCount, tie) = (c, count, false);
                }
                else if (count == bestCount)
                {
                    tie = true;
                }
            }
        }

        if (tie || best is not { } state || Force(state.Entity, noun) is not { } force)
        {
            return null;
        }

        return AntecedentChooser.Make(rule, state, [], Confidence, at, force);
    }

    /// <summary>The one body of <paramref name="state"/> whose name or an alias ends in <paramref name="noun"/>, or null.</summary>
    private Entity? Force(Entity state, string noun)
    {
        if (!bodiesByState.TryGetValue(state.Id, out List<Entity>? bodies))
        {
            return null;
        }

        Entity? only = null;
        foreach (Entity body in bodies)
        {
            if (!EndsIn(body.Name, noun) && !body.Aliases.Any(a => EndsIn(a.Text, noun)))
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = body;
        }

        return only;
    }

    /// <summary>True when the last word of <paramref name="name"/> (after a space or hyphen) is <paramref name="noun"/> ("Pakistan Army", "army").</summary>
    private static bool EndsIn(string name, string noun)
    {
        int space = name.LastIndexOfAny([' ', '-']);
        return name.AsSpan(space + 1).Equals(noun, StringComparison.OrdinalIgnoreCase);
    }
}
