using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// An office in a state's own body is an office in the state: "foreign ministry spokesman Lin Jian" holds a role in
/// the Chinese foreign ministry and in China. Read from the sentence's own HOLDS_ROLE_IN claims whose object is a
/// curated government body: its <c>part_of</c> links are followed through organisations, at most
/// <see cref="MaxLinks"/> deep, to the first country, or else to the last organisation reached when that is no
/// government body itself (a movement or party that governs). The head of a body (LEADS: "FBI Director Chris Wray",
/// "army chief Asim Munir") is left as the head of that body. The new claim keeps the title as its qualifier and the
/// first claim's evidence; none is made where the sentence already relates the person and the state. One instance per
/// reader; not thread-safe.
/// </summary>
internal sealed class StateOfficeReader
{
    private const int MaxLinks = 4;
    private const float Weight = 0.9f;
    private readonly Func<string, Entity?> entities;
    private readonly PredicateDefinition? holdsRole;

    public StateOfficeReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.entities = entities;
        holdsRole = lexicon.Find("HOLDS_ROLE_IN");
    }

    /// <summary>Appends to <paramref name="found"/> a role in the state for each role in a state's body among <paramref name="claims"/> from <paramref name="first"/>.</summary>
    public void Read(IReadOnlyList<Claim> claims, int first, List<Claim> found)
    {
        if (holdsRole is null)
        {
            return;
        }

        int count = claims.Count;
        for (int c = first; c < count; c++)
        {
            Claim claim = claims[c];
            if (claim.Negated || claim.Predicate != holdsRole.Name || claim.Subject.Type != EntityType.Person
                || claim.Object.Subtype != EntitySubtypes.GovernmentBody || StateOf(claim.Object) is not { } state
                || Related(claims, first, count, claim.Subject, state))
            {
                continue;
            }

            found.Add(claim with { Object = state, Confidence = claim.Confidence * Weight });
        }
    }

    /// <summary>The country, or governing organisation, a government body's <c>part_of</c> links lead to; null when none.</summary>
    private Entity? StateOf(Entity body)
    {
        Entity at = body;
        for (int step = 0; step < MaxLinks; step++)
        {
            Entity? next = null;
            foreach (EntityLink link in at.Links)
            {
                if (link.Rel == "part_of" && entities(link.To) is { Type: EntityType.Country or EntityType.Organisation } to)
                {
                    next = to;
                    break;
                }
            }

            if (next is null)
            {
                break;
            }

            if (next.Type == EntityType.Country)
            {
                return next;
            }

            at = next;
        }

        return ReferenceEquals(at, body) || at.Subtype == EntitySubtypes.GovernmentBody ? null : at;
    }

    /// <summary>True when a claim of the sentence already relates the person and the state, either way round.</summary>
    private static bool Related(IReadOnlyList<Claim> claims, int first, int count, Entity person, Entity state)
    {
        for (int c = first; c < count; c++)
        {
            if (claims[c].Subject.Id == person.Id && claims[c].Object.Id == state.Id)
            {
                return true;
            }
        }

        return false;
    }
}
