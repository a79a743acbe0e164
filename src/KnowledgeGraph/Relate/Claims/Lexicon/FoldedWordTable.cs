namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// A read-only open-addressing table from words to values, looked up by span ignoring ASCII case without copying or
/// lower-casing: the hash folds ASCII letters to lower case as it reads them. Built once; safe to read from many
/// threads. Keys must be lower case.
/// </summary>
internal sealed class FoldedWordTable<TValue>
    where TValue : class
{
    private readonly string[] keys;
    /// <summary>Each slot's key hash: a probe compares it before reading the key string.</summary>
    private readonly int[] hashes;
    private readonly TValue[] values;
    private readonly int mask;

    public FoldedWordTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        int size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        keys = new string[size];
        hashes = new int[size];
        values = new TValue[size];
        mask = size - 1;
        foreach (var (key, value) in entries)
        {
            int hash = Hash(key);
            int slot = hash & mask;
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
        }
    }

    /// <summary>The value stored under <paramref name="word"/> (ASCII case ignored), or null.</summary>
    public TValue? Find(ReadOnlySpan<char> word)
    {
        int hash = Hash(word);
        int slot = hash & mask;
        while (keys[slot] is { } key)
        {
            if (hashes[slot] == hash && key.Length == word.Length && word.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return values[slot];
            }

            slot = (slot + 1) & mask;
        }

        return null;
    }

    /// <summary>FNV-1a over the characters with ASCII letters folded to lower case.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            uint folded = c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c;
            hash = (hash ^ folded) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
