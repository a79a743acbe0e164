using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// The titles an article gives each person, read from the capitalised words just before a mention ("President
/// William Ruto", "Foreign Minister Wang Yi"), and the curated roles; "the president" may refer only to a person who
/// holds that title. One per article; not thread-safe.
/// </summary>
internal sealed class PersonTitles
{
    /// <summary>Capitalised words looked at before a person's mention.</summary>
    public const int Reach = 3;

    private readonly Dictionary<Entity, HashSet<string>> titles = [];

    /// <summary>Records the capitalised words right before <paramref name="mention"/> of a person as its titles.</summary>
    public void Note(Paragraph paragraph, Mention mention)
    {
        for (int t = mention.TokenStart - 1; t >= 0 && t >= mention.TokenStart - Reach; t--)
        {
            Token token = paragraph.Tokens[t];
            if (token.Kind != TokenKind.Word || !token.Is(TokenShape.Capitalised))
            {
                return;
            }

            if (!titles.TryGetValue(mention.Entity, out HashSet<string>? set))
            {
                titles[mention.Entity] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            set.Add(paragraph.Text[token.Start..token.End]);
        }
    }

    /// <summary>True when <paramref name="person"/> holds the title <paramref name="words"/> ("president"; "prime", "minister").</summary>
    public bool Holds(Entity person, string[] words)
    {
        if (titles.TryGetValue(person, out HashSet<string>? set) && words.All(set.Contains))
        {
            return true;
        }

        string phrase = string.Join(' ', words);
        foreach (PersonRole role in person.Roles)
        {
            if (role.Title.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="person"/> serves <paramref name="country"/>: a curated role of that country, or its
    /// demonym or name written among the person's titles ("Chinese President Xi Jinping" for "the Chinese leader").
    /// </summary>
    public bool Serves(Entity person, Entity country, string demonym)
    {
        if (titles.TryGetValue(person, out HashSet<string>? set) && (set.Contains(demonym) || set.Contains(country.Name)))
        {
            return true;
        }

        foreach (PersonRole role in person.Roles)
        {
            if (string.Equals(role.Of, country.Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
