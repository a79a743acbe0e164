using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// The slots of a <see cref="WeightTable"/> scoring at most <see cref="MaxClasses"/> classes (the parser's moves),
/// with each feature's row inside its slot: 16 bytes, the key fingerprint then one half-precision weight per class.
/// A feature costs one read of one cache line where the general layout reads a slot and then its row elsewhere.
/// Probing is the general layout's (same capacity, same insertion order, same fingerprint test), so every feature
/// finds the same row; a class the row lacks reads as +0, which leaves every comparison of scores unchanged.
/// </summary>
internal sealed class DenseWeightRows
{
    /// <summary>Most classes a row holds (four half-precision weights fill the slot's second word).</summary>
    public const int MaxClasses = 4;

    /// <summary>Slot s: the fingerprint in the high 32 bits of word 2s (0: empty), the weights in word 2s + 1.</summary>
    private readonly ulong[] slots;
    private readonly int mask;
    private readonly int offset;

    private DenseWeightRows(ulong[] slots, int offset, int mask)
    {
        this.slots = slots;
        this.offset = offset;
        this.mask = mask;
    }

    /// <summary>
    /// Builds the slots from rows sorted by key (keys, entry counts, then the weights, already rounded through half
    /// precision, and classes row after row), or null when a weight does not come back exactly from half precision.
    /// </summary>
    public static DenseWeightRows? Create(int capacity, ReadOnlySpan<ulong> keys, ReadOnlySpan<byte> counts, ReadOnlySpan<float> weights, ReadOnlySpan<byte> classes)
    {
        // Pinned, so the first slot can be put on a 16-byte boundary and no slot straddles two cache lines.
        ulong[] slots = GC.AllocateArray<ulong>((capacity * 2) + 1, pinned: true);
        int offset = Aligned(slots) ? 0 : 1;
        int mask = capacity - 1;
        int e = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong row = 0;
            for (int end = e + counts[i]; e < end; e++)
            {
                ushort bits = BitConverter.HalfToUInt16Bits((Half)weights[e]);
                if (BitConverter.SingleToUInt32Bits(Widen(bits)) != BitConverter.SingleToUInt32Bits(weights[e]))
                {
                    return null;
                }

                row |= (ulong)bits << (16 * classes[e]);
            }

            int slot = (int)(keys[i] & (uint)mask);
            while (slots[offset + (slot * 2)] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[offset + (slot * 2)] = (ulong)WeightTable.Fingerprint(keys[i]) << 32;
            slots[offset + (slot * 2) + 1] = row;
        }

        return new DenseWeightRows(slots, offset, mask);
    }

    /// <summary>Adds the weights of every feature in <paramref name="keys"/> to <paramref name="scores"/>, feature by feature.</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        int n = Math.Min(keys.Length, WeightTable.MaxBatch);
        Span<int> found = stackalloc int[n];
        ulong touched = 0;
        for (int k = 0; k < n; k++)
        {
            // Independent loads first, so the processor overlaps their cache misses.
            int at = offset + ((int)(keys[k] & (uint)mask) * 2);
            found[k] = at;
            touched |= slots[at];
        }

        GC.KeepAlive(touched);
        if (scores.Length == MaxClasses && Vector128.IsHardwareAccelerated)
        {
            // A full row's four classes are summed as one vector held in a register: each class still adds its features'
            // weights one by one in the same order, so every score is the same float as summed class by class.
            Vector128<float> sum = Vector128.Create((ReadOnlySpan<float>)scores);
            for (int k = 0; k < keys.Length; k++)
            {
                int at = k < n ? found[k] : offset + ((int)(keys[k] & (uint)mask) * 2);
                if (RowAt(keys[k], at) is var (hit, row) && hit)
                {
                    sum += Widen(row);
                }
            }

            sum.CopyTo(scores);
            return;
        }

        for (int k = 0; k < n; k++)
        {
            AddAt(keys[k], found[k], scores);
        }

        for (int k = n; k < keys.Length; k++)
        {
            Add(keys[k], scores);
        }
    }

    /// <summary>The row of <paramref name="key"/>, probing from word <paramref name="at"/> (its home slot); no hit when the table lacks it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (bool Hit, ulong Row) RowAt(ulong key, int at)
    {
        ulong fingerprint = (ulong)WeightTable.Fingerprint(key) << 32;
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            ulong found = slots[at];
            if (found == fingerprint)
            {
                return (true, slots[at + 1]);
            }

            if (found == 0)
            {
                return (false, 0);
            }

            slot = (slot + 1) & mask;
            at = offset + (slot * 2);
        }
    }

    /// <summary><see cref="Widen(ushort)"/> of a row's four half-precision weights at once, class c in lane c.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Widen(ulong row)
    {
        Vector128<uint> bits = Vector128.WidenLower(Vector128.CreateScalar(row).AsUInt16());
        Vector128<float> magnitude = Vector128.ShiftLeft(bits & Vector128.Create(0x7FFFu), 13).AsSingle() * Vector128.Create(5.192296858534828E+33f);
        return (magnitude.AsUInt32() | Vector128.ShiftLeft(bits & Vector128.Create(0x8000u), 16)).AsSingle();
    }

    /// <summary>Adds the weights of feature <paramref name="key"/> (if it has any) to <paramref name="scores"/>.</summary>
    public void Add(ulong key, Span<float> scores) => AddAt(key, offset + ((int)(key & (uint)mask) * 2), scores);

    /// <summary>Adds the row of <paramref name="key"/>, probing from word <paramref name="at"/> (its home slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddAt(ulong key, int at, Span<float> scores)
    {
        ulong fingerprint = (ulong)WeightTable.Fingerprint(key) << 32;
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            ulong found = slots[at];
            if (found == fingerprint)
            {
                ulong row = slots[at + 1];
                for (int c = 0; c < scores.Length && c < MaxClasses; c++)
                {
                    scores[c] += Widen((ushort)(row >> (16 * c)));
                }

                return;
            }

            if (found == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
            at = offset + (slot * 2);
        }
    }

    /// <summary>
    /// A half-precision value as a float, exact for zeros, subnormals and normals: the exponent and mantissa moved into
    /// place, scaled by 2^112 (the bias difference; a power of two, so exact), and the sign put back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Widen(ushort bits)
    {
        float magnitude = BitConverter.UInt32BitsToSingle((uint)(bits & 0x7FFF) << 13) * 5.192296858534828E+33f;
        return BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(magnitude) | ((uint)(bits & 0x8000) << 16));
    }

    private static bool Aligned(ulong[] pinned)
    {
        GCHandle handle = GCHandle.Alloc(pinned, GCHandleType.Pinned);
        try
        {
            return (handle.AddrOfPinnedObject() & 15) == 0;
        }
        finally
        {
            handle.Free();
        }
    }
}
