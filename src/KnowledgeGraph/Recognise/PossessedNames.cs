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

    /// <summary>
    /// The country that owns the body named at [<paramref name="start"/>, <paramref name="end"/>) by one of another
    /// country's conditional aliases ("Kazakhstan's Foreign Ministry", "the Kazakh Foreign Ministry", where "Foreign
    /// Ministry" is China's only in articles about China): its own curated body ("Pakistan's Foreign Ministry" →
    /// the Ministry of Foreign Affairs of Pakistan, by "&lt;demonym&gt; &lt;name&gt;"), else a discovered "&lt;name&gt; of
    /// &lt;country&gt;". Null when no other country's possessive or demonym stands right before the name, or when every
    /// reading is unconditional or a reading's condition is that country.
    /// </summary>
    public static MentionCandidate? OwnBody(Paragraph paragraph, int start, int end, List<MentionCandidate> readings, FormTrie trie)
    {
        if (!readings.TrueForAll(c => c.When.Count > 0 && c.Entity.Type == EntityType.Organisation))
        {
            return null;
        }

        Mention? owner = Owner(paragraph, start)
            ?? paragraph.Mentions.Find(m => m.TokenEnd == start && m is { Kind: MentionKind.Demonym, Entity.Type: EntityType.Country });
        return owner is null ? null : OwnBodyOf(paragraph, owner.Entity, start, end, readings, trie);
    }

    /// <summary>
    /// The body of <paramref name="owner"/> named at [<paramref name="start"/>, <paramref name="end"/>) by another
    /// owner's conditional aliases, as <see cref="OwnBody"/> reads it once the owner is known (a possessive pronoun
    /// coreference resolved: "Kazakhstan …, its Foreign Ministry said"); null when a reading is unconditional or is
    /// the owner's own.
    /// </summary>
    public static MentionCandidate? OwnBodyOf(Paragraph paragraph, Entity owner, int start, int end, IReadOnlyList<MentionCandidate> readings, FormTrie trie)
    {
        if (readings.Count == 0 || !readings.All(c => c.When.Count > 0 && c.Entity.Type == EntityType.Organisation)
            || readings.Any(c => c.When.Contains(owner.Id)))
        {
            return null;
        }

        if (Curated(paragraph, owner, start, end, trie) is { } own)
        {
            return new MentionCandidate(own, MentionKind.Name, []);
        }

        // The owner's body is of the kind every reading is ("Kazakhstan's Foreign Ministry" is a government body, as China's is).
        string? subtype = readings.All(c => c.Entity.Subtype == readings[0].Entity.Subtype) ? readings[0].Entity.Subtype : null;
        string name = paragraph.Normalised[paragraph.Tokens[start].Start..paragraph.Tokens[end - 1].End];
        return new MentionCandidate(DiscoveredNames.Create($"{name} of {owner.Name}", EntityType.Organisation, DiscoveredConfidence, subtype), MentionKind.Discovered, []);
    }

    /// <summary>Confidence of a country's own body the gazetteer does not list ("Foreign Ministry of Kazakhstan").</summary>
    public const float DiscoveredConfidence = 0.75f;

    /// <summary>
    /// The curated organisation named "&lt;demonym or name of the owner&gt; &lt;tokens [start, end)&gt;" in any casing
    /// ("Pakistan's navy" → "Pakistani Navy", "Pakistan's air force" → "Pakistan Air Force"), the words also tried in their
    /// other spellings of <paramref name="variants"/> ("defense" → "Defence"); or null.
    /// </summary>
    public static Entity? Curated(Paragraph paragraph, Entity owner, int start, int end, FormTrie? trie, Dictionary<string, string>? variants = null)
    {
        if (trie is null)
        {
            return null;
        }

        foreach (string prefix in owner.Demonyms.Append(owner.Name))
        {
            string[] words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if ((Find(paragraph, words, start, end, trie, null) ?? (variants is { Count: > 0 } ? Find(paragraph, words, start, end, trie, variants) : null)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The curated organisation whose form is <paramref name="prefix"/> and the tokens, each in its other spelling when <paramref name="variants"/> has one.</summary>
    private static Entity? Find(Paragraph paragraph, string[] prefix, int start, int end, FormTrie trie, Dictionary<string, string>? variants)
    {
        ulong hash = TokenHash.Empty;
        foreach (string word in prefix)
        {
            hash = TokenHash.Combine(hash, TokenHash.Of(word));
        }

        bool varied = false;
        for (int i = start; i < end; i++)
        {
            ReadOnlySpan<char> word = Word(paragraph, i);
            if (variants is not null && variants.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out string? other))
            {
                word = other;
                varied = true;
            }

            hash = TokenHash.Combine(hash, TokenHash.Of(word));
        }

        if ((variants is null || varied) && trie.Find(hash)?.Terminals is { } terminals)
        {
            foreach (FormEntry entry in terminals)
            {
                if (entry.TokenTexts.Length == prefix.Length + end - start && entry.Form.Entity.Type == EntityType.Organisation
                    && entry.TokenTexts.AsSpan(0, prefix.Length).SequenceEqual(prefix, StringComparer.OrdinalIgnoreCase))
                {
                    return entry.Form.Entity;
                }
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
