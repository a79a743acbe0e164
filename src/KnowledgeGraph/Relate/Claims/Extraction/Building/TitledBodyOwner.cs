using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Extraction.Building;

/// <summary>
/// A body the gazetteer does not list, named as the end of one of the person's curated role titles ("Adylbek Kasymaliev,
/// the chairman of the Cabinet of Ministers", whose role is Chairman of the Cabinet of Ministers of Kyrgyzstan): the
/// office is the role's owner, so the head of a state's cabinet leads the state and no discovered "Cabinet of Ministers"
/// stands for it.
/// </summary>
internal static class TitledBodyOwner
{
    /// <summary>The owner of <paramref name="person"/>'s role whose title ends with <paramref name="body"/>'s name, or null.</summary>
    public static Entity? Owner(Entity person, Entity body, Func<string, Entity?> entities)
    {
        if (person.Type != EntityType.Person || !body.IsDiscovered || body.Type != EntityType.Organisation)
        {
            return null;
        }

        foreach (PersonRole role in person.Roles)
        {
            if (role.Of is { } of && role.Title.Length > body.Name.Length && role.Title[^(body.Name.Length + 1)] == ' '
                && role.Title.EndsWith(body.Name, StringComparison.OrdinalIgnoreCase) && entities(of) is { } owner)
            {
                return owner;
            }
        }

        return null;
    }
}
