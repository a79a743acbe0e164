using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// A read-only open-addressing map from 64-bit hashes to 64-bit values (word → tag set, word → frequency class),
/// built once and probed without allocation. Key 0 is stored as 1. Each slot's key and value sit side by side, so a
/// probe that finds its key reads the value from the same cache line (the maps are larger than the caches).
/// </summary>
internal sealed class HashMap64
{
    /// <summary>Slot s: key at 2s, value at 2s + 1.</summary>
    private readonly ulong[] slots;
    private readonly int mask;

    public HashMap64(IReadOnlyDictionary<ulong, ulong> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        int capacity = 16;
        while (capacity < entries.Count * 2)
        {
            capacity <<= 1;
        }

        slots = new ulong[capacity * 2];
        mask = capacity - 1;
        Count = entries.Count;
        foreach ((ulong key, ulong value) in entries)
        {
            ulong k = key == 0 ? 1 : key;
            int slot = (int)(k & (uint)mask);
            while (slots[slot * 2] != 0 && slots[slot * 2] != k)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot * 2] = k;
            slots[(slot * 2) + 1] = value;
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="missing"/>.</summary>
    public ulong Get(ulong key, ulong missing = 0)
    {
        ulong k = key == 0 ? 1 : key;
        int slot = (int)(k & (uint)mask);
        while (true)
        {
            ulong found = slots[slot * 2];
            if (found == k)
            {
                return slots[(slot * 2) + 1];
            }

            if (found == 0)
            {
                return missing;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Writes the entries sorted by key.</summary>
    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var pairs = new List<(ulong Key, ulong Value)>(Count);
        for (int i = 0; i < slots.Length; i += 2)
        {
            if (slots[i] != 0)
            {
                pairs.Add((slots[i], slots[i + 1]));
            }
        }

        pairs.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.WriteArray<ulong>(pairs.Select(p => p.Key).ToArray());
        writer.WriteArray<ulong>(pairs.Select(p => p.Value).ToArray());
    }

    /// <summary>Reads a map written by <see cref="Write"/>.</summary>
    public static HashMap64 Read(ref SectionReader reader)
    {
        ulong[] keys = reader.ReadArray<ulong>();
        ulong[] values = reader.ReadArray<ulong>();
        if (keys.Length != values.Length)
        {
            throw reader.Corrupt("map arrays disagree");
        }

        var entries = new Dictionary<ulong, ulong>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            entries[keys[i]] = values[i];
        }

        return new HashMap64(entries);
    }
}
