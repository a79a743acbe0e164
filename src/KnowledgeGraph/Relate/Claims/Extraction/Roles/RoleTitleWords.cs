namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Compares a title's words with the words of curated role titles (gazetteer <c>roles:</c>). Each role title is split
/// once, at spaces, hyphens and commas ("Minister of Planning, Development and Special Initiatives"), its words written
/// in their synonym group's form (claim_cues <c>title_synonyms</c>), and kept: the gazetteer's titles are few, and the
/// title readers ask about them for every titled person they read. One instance per reader; not thread-safe.
/// </summary>
internal sealed class RoleTitleWords
{
    private readonly IReadOnlyDictionary<string, string> synonyms;
    private readonly Dictionary<string, string[]> byRole = new(StringComparer.Ordinal);

    public RoleTitleWords(IReadOnlyDictionary<string, string> synonyms)
    {
        this.synonyms = synonyms;
    }

    /// <summary>
    /// True when every word of the title but "of" and hyphens is a word of the role, words of one office's forms alike
    /// ("spokeswoman" and "Spokesperson", "advisor" and "adviser").
    /// </summary>
    public bool Holds(string role, string[] words)
    {
        if (!byRole.TryGetValue(role, out string[]? roleWords))
        {
            roleWords = role.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => synonyms.GetValueOrDefault(w, w)).ToArray();
            byRole.Add(role, roleWords);
        }

        foreach (string word in words)
        {
            string wanted = synonyms.GetValueOrDefault(word, word);
            if (wanted is not ("of" or "-") && !Contains(roleWords, wanted))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(string[] roleWords, string wanted)
    {
        foreach (string word in roleWords)
        {
            if (word.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
