using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// The country a company's own name writes at its start, by the country's name or a demonym ("China National Petroleum
/// Corporation", "Kazakhtelecom", "Uzbekneftegaz", "Turkmengaz"), so "the Russian company" passes over a company whose
/// name says it is another country's. A company whose name writes no country agrees with every one.
/// </summary>
internal sealed class CompanyHomes
{
    /// <summary>Names and demonyms shorter than this are left out: a short one starts too many unrelated names.</summary>
    private const int MinLength = 4;

    private readonly List<(string Prefix, string Country)> prefixes = [];

    /// <param name="entities">The gazetteer's entities; its countries' names and demonyms are the prefixes read.</param>
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
    /// False when <paramref name="candidate"/> is a company whose name starts with the name or demonym of a country other
    /// than <paramref name="country"/>; true otherwise.
    /// </summary>
    public bool Agrees(Entity candidate, Entity country)
    {
        if (candidate.Type != EntityType.Organisation)
        {
            return true;
        }

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
}
