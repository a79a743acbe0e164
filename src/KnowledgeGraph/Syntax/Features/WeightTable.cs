using System.Runtime.CompilerServices;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// The weights of a trained linear classifier at run time, laid out for few cache misses: one open-addressing array
/// of 8-byte slots (a 32-bit key fingerprint, then where the feature's row starts and how long it is) and one array
/// of 4-byte entries, a row's entries side by side (each a float weight whose lowest 8 mantissa bits hold the class).
/// Scoring a feature is one probe and one contiguous read; nothing is allocated. Immutable, so one table serves every
/// thread. A table of at most <see cref="DenseWeightRows.MaxClasses"/> classes keeps each row inside its slot instead
/// (<see cref="DenseWeightRows"/>): one read a feature. A table read for a classifier of many classes may keep its fuller
/// rows full (<see cref="WideRows"/>), added with vector instructions.
/// </summary>
/// <remarks>
/// On disk (<see cref="Write"/>): class count, then the rows sorted by key as four arrays: keys (u64), entry counts
/// (u8), classes (u8) and weights (IEEE half precision). Rows are rebuilt into slots when read.
/// </remarks>
internal sealed class WeightTable
{
    /// <summary>Most classes a table scores (a class must fit the 8 bits it is packed into).</summary>
    public const int MaxClasses = 255;

    private const int MaxEntries = 1 << 24;

    private readonly ulong[] slots;
    private readonly uint[] entries;
    /// <summary>The rows the slots point into: <see cref="entries"/>, or with the fuller rows full (<see cref="wide"/>).</summary>
    private readonly uint[] rows;
    private readonly bool wide;
    private readonly int mask;
    private readonly ulong[] keys;
    private readonly byte[] counts;
    private readonly DenseWeightRows? dense;

    private WeightTable(int classCount, ulong[] keys, byte[] counts, byte[] classes, float[] weights, bool wideRows = false)
    {
        if (classes.Length > MaxEntries)
        {
            throw new ArgumentException($"a weight table holds at most {MaxEntries} weights", nameof(classes));
        }

        ClassCount = classCount;
        this.keys = keys;
        this.counts = counts;
        int capacity = 16;
        while (capacity < keys.Length + (keys.Length >> 1) + 1)
        {
            capacity <<= 1;
        }

        mask = capacity - 1;
        entries = new uint[classes.Length];
        var rounded = new float[classes.Length];
        for (int e = 0; e < classes.Length; e++)
        {
            // Rounded through half precision as the file stores it, so a table scores the same before and after saving.
            entries[e] = (BitConverter.SingleToUInt32Bits((float)(Half)weights[e]) & ~0xFFu) | classes[e];
            rounded[e] = BitConverter.UInt32BitsToSingle(entries[e] & ~0xFFu);
        }

        dense = classCount <= DenseWeightRows.MaxClasses ? DenseWeightRows.Create(capacity, keys, counts, rounded, classes) : null;
        slots = dense is null ? new ulong[capacity] : [];
        rows = entries;
        if (dense is not null)
        {
            return;
        }

        uint[]? expanded = null;
        byte[] rowCounts = counts;
        if (wideRows && classCount > DenseWeightRows.MaxClasses)
        {
            expanded = WideRows.Expand(classCount, counts, entries, MaxEntries, out byte[] fuller);
            rowCounts = expanded is null ? counts : fuller;
        }

        rows = expanded ?? entries;
        wide = expanded is not null;
        uint start = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = (int)(keys[i] & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = ((ulong)Fingerprint(keys[i]) << 32) | (start << 8) | rowCounts[i];
            start += rowCounts[i];
        }
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int Rows => keys.Length;

    /// <summary>Number of non-zero weights.</summary>
    public int Entries => entries.Length;

    /// <summary>Builds a table from rows sorted by key: keys, entry counts, and the entries row after row.</summary>
    public static WeightTable Create(int classCount, ulong[] keys, byte[] counts, byte[] classes, float[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, MaxClasses);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        return new WeightTable(classCount, keys, counts, classes, weights);
    }

    /// <summary>Most features <see cref="Score"/> takes at once.</summary>
    public const int MaxBatch = 128;

    /// <summary>
    /// Adds the weights of every feature in <paramref name="keys"/> to <paramref name="scores"/>. The table is far larger
    /// than the caches, so each feature costs a memory access or two: the slots of all features are read first, in one
    /// tight loop of independent loads the processor overlaps, then the rows found, likewise, then the sums.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        if (dense is not null)
        {
            dense.Score(keys, scores);
            return;
        }

        int n = Math.Min(keys.Length, MaxBatch);
        Span<ulong> found = stackalloc ulong[n];
        for (int k = 0; k < n; k++)
        {
            found[k] = slots[(int)(keys[k] & (uint)mask)];
        }

        Span<ulong> rows = stackalloc ulong[n];
        int hits = 0;
        for (int k = 0; k < n; k++)
        {
            ulong fingerprint = (ulong)Fingerprint(keys[k]) << 32;
            ulong slot = found[k];
            int index = (int)(keys[k] & (uint)mask);
            while (slot != 0 && (slot & 0xFFFFFFFF00000000UL) != fingerprint)
            {
                index = (index + 1) & mask;
                slot = slots[index];
            }

            if (slot != 0)
            {
                rows[hits++] = slot;
            }
        }

        uint touched = 0;
        for (int h = 0; h < hits; h++)
        {
            touched |= this.rows[(int)((uint)rows[h] >> 8)];
        }

        for (int h = 0; h < hits; h++)
        {
            AddRow((int)((uint)rows[h] >> 8), (int)(rows[h] & 0xFF), scores);
        }

        GC.KeepAlive(touched);
        for (int k = n; k < keys.Length; k++)
        {
            Add(keys[k], scores);
        }
    }

    /// <summary>Adds the weights of feature <paramref name="key"/> (if it has any) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, Span<float> scores)
    {
        if (dense is not null)
        {
            dense.Add(key, scores);
            return;
        }

        ulong fingerprint = (ulong)Fingerprint(key) << 32;
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            ulong found = slots[slot];
            if ((found & 0xFFFFFFFF00000000UL) == fingerprint)
            {
                AddRow((int)((uint)found >> 8), (int)(found & 0xFF), scores);
                return;
            }

            if (found == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds the row of <paramref name="count"/> entries at <paramref name="start"/> of <see cref="rows"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int start, int count, Span<float> scores)
    {
        if (wide && count == ClassCount)
        {
            WideRows.Add(rows.AsSpan(start, count), scores);
            return;
        }

        for (int e = start; e < start + count; e++)
        {
            uint entry = rows[e];
            scores[(int)(entry & 0xFF)] += BitConverter.UInt32BitsToSingle(entry & ~0xFFu);
        }
    }

    /// <summary>Writes the table (see remarks).</summary>
    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var classes = new byte[entries.Length];
        var weights = new Half[entries.Length];
        for (int e = 0; e < entries.Length; e++)
        {
            classes[e] = (byte)(entries[e] & 0xFF);
            weights[e] = (Half)BitConverter.UInt32BitsToSingle(entries[e] & ~0xFFu);
        }

        writer.Write(ClassCount);
        writer.WriteArray<ulong>(keys);
        writer.WriteArray<byte>(counts);
        writer.WriteArray<byte>(classes);
        writer.WriteArray<Half>(weights);
    }

    /// <summary>
    /// Reads a table written by <see cref="Write"/>; KG2102 when the arrays disagree. <paramref name="wideRows"/> keeps the
    /// fuller rows full (<see cref="WideRows"/>): faster to score, larger in memory.
    /// </summary>
    public static WeightTable Read(ref SectionReader reader, bool wideRows = false)
    {
        int classCount = reader.ReadCount(MaxClasses);
        ulong[] keys = reader.ReadArray<ulong>();
        byte[] counts = reader.ReadArray<byte>();
        byte[] classes = reader.ReadArray<byte>();
        Half[] halves = reader.ReadArray<Half>();
        long total = 0;
        foreach (byte count in counts)
        {
            total += count;
        }

        if (counts.Length != keys.Length || total != classes.Length || halves.Length != classes.Length || total > MaxEntries)
        {
            throw reader.Corrupt("weight table arrays disagree");
        }

        var weights = new float[halves.Length];
        for (int i = 0; i < halves.Length; i++)
        {
            if (classes[i] >= classCount)
            {
                throw reader.Corrupt("weight class out of range");
            }

            weights[i] = (float)halves[i];
        }

        return new WeightTable(classCount, keys, counts, classes, weights, wideRows);
    }

    /// <summary>The high 32 bits of a key, never 0 (0 marks an empty slot).</summary>
    public static uint Fingerprint(ulong key) => (uint)(key >> 32) | ((key >> 32) == 0 ? 1u : 0u);
}
