using System.Runtime.CompilerServices;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// The weights of a trained linear classifier at run time: hashed feature keys in one open-addressing table, each
/// pointing at a sparse row of (class, weight) entries held in flat arrays. Scoring a feature is one probe and a few
/// additions; nothing is allocated. Immutable once built, so one table serves every thread.
/// </summary>
/// <remarks>
/// On disk (<see cref="Write"/>): class count, then the rows sorted by key as four arrays: keys (u64), entry counts
/// (u8), classes (u8) and weights (IEEE half precision).
/// </remarks>
internal sealed class WeightTable
{
    private readonly ulong[] slots;
    private readonly int[] starts;
    private readonly byte[] lengths;
    private readonly byte[] classes;
    private readonly float[] weights;
    private readonly int mask;

    private WeightTable(int classCount, ulong[] keys, byte[] counts, byte[] classes, float[] weights)
    {
        ClassCount = classCount;
        Rows = keys.Length;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        slots = new ulong[capacity];
        starts = new int[capacity];
        lengths = new byte[capacity];
        mask = capacity - 1;
        this.classes = classes;
        this.weights = weights;
        int start = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = NonZero(keys[i]);
            int slot = (int)(key & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = key;
            starts[slot] = start;
            lengths[slot] = counts[i];
            start += counts[i];
        }
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int Rows { get; }

    /// <summary>Number of non-zero weights.</summary>
    public int Entries => weights.Length;

    /// <summary>Builds a table from rows given in any order: keys, entry counts, and the entries row after row.</summary>
    public static WeightTable Create(int classCount, ulong[] keys, byte[] counts, byte[] classes, float[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, 256);
        return new WeightTable(classCount, keys, counts, classes, weights);
    }

    /// <summary>Adds the weights of feature <paramref name="key"/> (if it has any) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, Span<float> scores)
    {
        key = NonZero(key);
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            ulong found = slots[slot];
            if (found == key)
            {
                int start = starts[slot];
                int end = start + lengths[slot];
                for (int e = start; e < end; e++)
                {
                    scores[classes[e]] += weights[e];
                }

                return;
            }

            if (found == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Writes the table in key order (see remarks).</summary>
    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var order = new List<int>(Rows);
        for (int slot = 0; slot < slots.Length; slot++)
        {
            if (slots[slot] != 0)
            {
                order.Add(slot);
            }
        }

        order.Sort((a, b) => slots[a].CompareTo(slots[b]));
        var keys = new ulong[order.Count];
        var counts = new byte[order.Count];
        var entryClasses = new byte[weights.Length];
        var entryWeights = new Half[weights.Length];
        int at = 0;
        for (int i = 0; i < order.Count; i++)
        {
            int slot = order[i];
            keys[i] = slots[slot];
            counts[i] = lengths[slot];
            for (int e = starts[slot]; e < starts[slot] + lengths[slot]; e++)
            {
                entryClasses[at] = classes[e];
                entryWeights[at++] = (Half)weights[e];
            }
        }

        writer.Write(ClassCount);
        writer.WriteArray<ulong>(keys);
        writer.WriteArray<byte>(counts);
        writer.WriteArray<byte>(entryClasses);
        writer.WriteArray<Half>(entryWeights);
    }

    /// <summary>Reads a table written by <see cref="Write"/>; KG2102 when the arrays disagree.</summary>
    public static WeightTable Read(ref SectionReader reader)
    {
        int classCount = reader.ReadCount(256);
        ulong[] keys = reader.ReadArray<ulong>();
        byte[] counts = reader.ReadArray<byte>();
        byte[] entryClasses = reader.ReadArray<byte>();
        Half[] halves = reader.ReadArray<Half>();
        long total = 0;
        foreach (byte count in counts)
        {
            total += count;
        }

        if (counts.Length != keys.Length || total != entryClasses.Length || halves.Length != entryClasses.Length)
        {
            throw reader.Corrupt("weight table arrays disagree");
        }

        var entryWeights = new float[halves.Length];
        for (int i = 0; i < halves.Length; i++)
        {
            if (entryClasses[i] >= classCount)
            {
                throw reader.Corrupt("weight class out of range");
            }

            entryWeights[i] = (float)halves[i];
        }

        return new WeightTable(classCount, keys, counts, entryClasses, entryWeights);
    }

    /// <summary>Key 0 marks an empty slot; the one feature hashing to 0 shares slot key 1 (harmless).</summary>
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;
}
