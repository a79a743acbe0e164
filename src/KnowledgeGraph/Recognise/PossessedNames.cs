using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// A body with a generic name owned by a country ("China's Ministry of National Defense", "Uganda's Ministry of
/// Education"): the curated entity the gazetteer lists as "&lt;demonym&gt; &lt;name&gt;" ("Chinese Ministry of National
/// Defense") when there is one, else a discovered body named "&lt;name&gt; of &lt;country&gt;", so the ministries of two
/// countries never merge into one "Ministry of Education".
/// </summary>
internal static class PossessedNames
{
    /// <summary>
    /// The country mention before "'s" right before token <paramref name="start"/>, or null.
    /// </summary>
    public static Mention? Owner(Paragraph paragraph, int start)
    {
        if (start < 2 || Word(paragraph, start - 1) is not ("'s" or "'"))
        {
            return null;
        }

        Mention? owner = paragraph.Mentions.Find(m => m.TokenEnd == start - 1);
        return owner is { Entity.Type: EntityType.Country, Kind: MentionKind.Name or MentionKind.Metonym } ? owner : null;
    }

    /// <summary>The curated entity named "&lt;demonym of the owner&gt; &lt;tokens [start, end)&gt;", or null.</summary>
    public static Entity? Curated(Paragraph paragraph, Entity owner, int start, int end, FormTrie? trie)
    {
        if (trie is null)
        {
            return null;
        }

        foreach (string demonym in owner.Demonyms)
        {
            ulong hash = TokenHash.Combine(TokenHash.Empty, TokenHash.Of(demonym));
            for (int i = start; i < end; i++)
            {
                hash = TokenHash.Combine(hash, TokenHash.Of(Word(paragraph, i)));
            }

            if (trie.Find(hash)?.Terminals is { } terminals)
            {
                foreach (FormEntry entry in terminals)
                {
                    if (entry.TokenTexts.Length == end - start + 1 && entry.TokenTexts[0] == demonym && entry.Form.Entity.Type == EntityType.Organisation)
                    {
                        return entry.Form.Entity;
                    }
                }
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
