using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// The country a company's own name or an alias writes at its start, by the country's name or a demonym ("China National
/// Petroleum Corporation", "Kazakhtelecom", "Uzbekneftegaz", "Turkmengaz"), so "the Russian company" passes over a
/// company whose name says it is another country's, and "the state-owned company" is part of the state its name writes.
/// A company whose name writes no country agrees with every one.
/// </summary>
internal sealed class CompanyHomes
{
    /// <summary>Names and demonyms shorter than this are left out: a short one starts too many unrelated names.</summary>
    private const int MinLength = 4;

    private readonly List<(string Prefix, string Country)> prefixes = [];

    /// <param name="entities">Entities (the gazetteer's, or the countries an article names); the countries' names and demonyms are the prefixes read.</param>
    public CompanyHomes(IEnumerable<Entity> entities)
    {
        foreach (Entity entity in entities)
        {
            if (entity.Type != EntityType.Country)
            {
                continue;
            }

            foreach (string word in entity.Demonyms.Prepend(entity.Name))
            {
                if (word.Length >= MinLength)
                {
                    prefixes.Add((word, entity.Id));
                }
            }
        }
    }

    /// <summary>
    /// False when <paramref name="candidate"/> is a company whose own name starts with the name or demonym of a country
    /// other than <paramref name="country"/>; true otherwise.
    /// </summary>
    public bool Agrees(Entity candidate, Entity country)
    {
        if (candidate.Type != EntityType.Organisation)
        {
            return true;
        }

        // A name may start with the words of two entries of one country ("Turkmen" for Turkmenistan and for a former
        // republic): any entry of the country itself agrees.
        bool other = false;
        foreach ((string prefix, string id) in prefixes)
        {
            if (candidate.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (id == country.Id)
                {
                    return true;
                }

                other = true;
            }
        }

        return !other;
    }

    /// <summary>
    /// The id of the one country whose name or demonym starts <paramref name="company"/>'s name, else one of its aliases
    /// ("China National Petroleum Corporation"; "China Metallurgical Group Corporation" for Metallurgical Corporation of
    /// China); null for no organisation, none or several.
    /// </summary>
    public string? Home(Entity company)
    {
        if (company.Type != EntityType.Organisation)
        {
            return null;
        }

        if (HomeOf(company.Name) is { } home)
        {
            return home;
        }

        foreach (Alias alias in company.Aliases)
        {
            if (HomeOf(alias.Text) is { } aliasHome)
            {
                return aliasHome;
            }
        }

        return null;
    }

    /// <summary>The id of the one country whose name or demonym starts <paramref name="name"/>; null for none or several.</summary>
    private string? HomeOf(string name)
    {
        string? home = null;
        foreach ((string prefix, string id) in prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (home is not null && home != id)
                {
                    return null;
                }

                home = id;
            }
        }

        return home;
    }
}
