namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// A read-only open-addressing table from words to values, looked up by span ignoring ASCII case without copying or
/// lower-casing: the hash (<see cref="FoldedHash"/>) folds ASCII letters to lower case as it reads them. Built once; safe to read from many
/// threads. Keys must be lower case. A slot holds its key's hash, the key and the value side by side, so a probe
/// reads one slot rather than three arrays; and a bit per hash value, in a filter far smaller than the slots, turns
/// away most words that are no key before any slot is read (the table is often cold when the claims stage asks it,
/// and most words asked about are no key).
/// </summary>
internal sealed class FoldedWordTable<TValue>
    where TValue : class
{
    private readonly Slot[] slots;
    private readonly int mask;
    /// <summary>One bit per value of the hash's top bits, set for every key's hash: a clear bit means no key has the word's hash.</summary>
    private readonly ulong[] filter;
    private readonly int filterShift;

    public FoldedWordTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        int size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        slots = new Slot[size];
        mask = size - 1;
        // About sixteen bits a key: few words that are no key find their bit set.
        int bits = 64;
        while (bits < entries.Count * 16)
        {
            bits <<= 1;
        }

        filter = new ulong[bits / 64];
        filterShift = 32 - System.Numerics.BitOperations.Log2((uint)bits);
        foreach (var (key, value) in entries)
        {
            int hash = FoldedHash.Of(key);
            int slot = hash & mask;
            while (slots[slot].Key is not null)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(hash, key, value);
            int bit = FilterBit(hash);
            filter[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>The value stored under <paramref name="word"/> (ASCII case ignored), or null.</summary>
    public TValue? Find(ReadOnlySpan<char> word) => Find(word, FoldedHash.Of(word));

    /// <summary>
    /// <see cref="Find(ReadOnlySpan{char})"/> for a word whose <see cref="FoldedHash"/> the caller already holds (a
    /// sentence hashes each of its words once, however many tables ask about it).
    /// </summary>
    public TValue? Find(ReadOnlySpan<char> word, int hash)
    {
        int bit = FilterBit(hash);
        if ((filter[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            return null;
        }

        int slot = hash & mask;
        while (slots[slot].Key is { } key)
        {
            if (slots[slot].Hash == hash && key.Length == word.Length && word.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return slots[slot].Value;
            }

            slot = (slot + 1) & mask;
        }

        return null;
    }

    /// <summary>The filter's bit for a hash: its top bits after a multiplicative mix, apart from the low bits that pick the slot.</summary>
    private int FilterBit(int hash) => (int)(((uint)hash * 2654435769u) >> filterShift);

    private readonly record struct Slot(int Hash, string? Key, TValue? Value);
}
