using System.Numerics;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// Full rows of a <see cref="WeightTable"/> with many classes (the tagger's tags, the labeller's relations): a row with
/// weights for a quarter of the classes or more is stored with one entry per class, in class order (a class it lacks
/// weighs +0), and added to the scores with vector instructions instead of one scattered addition per entry. The
/// features scored most (frequent words, tags) have the fullest rows. Each class still receives the same weights in the
/// same order, and adding +0 changes no comparison of scores.
/// </summary>
internal static class WideRows
{
    /// <summary>
    /// Entries row after row, a row of at least a quarter of <paramref name="classCount"/> entries made full; its new
    /// entry count into <paramref name="rowCounts"/>. Null when full rows would not fit <paramref name="maxEntries"/>.
    /// </summary>
    public static uint[]? Expand(int classCount, ReadOnlySpan<byte> counts, ReadOnlySpan<uint> entries, int maxEntries, out byte[] rowCounts)
    {
        int threshold = Math.Max(1, classCount / 4);
        rowCounts = new byte[counts.Length];
        long total = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            rowCounts[i] = counts[i] >= threshold ? (byte)classCount : counts[i];
            total += rowCounts[i];
        }

        if (total > maxEntries)
        {
            return null;
        }

        var expanded = new uint[total];
        int from = 0, to = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            if (rowCounts[i] == classCount)
            {
                for (int c = 0; c < classCount; c++)
                {
                    expanded[to + c] = (uint)c;
                }

                for (int e = from; e < from + counts[i]; e++)
                {
                    expanded[to + (int)(entries[e] & 0xFF)] = entries[e];
                }
            }
            else
            {
                entries.Slice(from, counts[i]).CopyTo(expanded.AsSpan(to));
            }

            from += counts[i];
            to += rowCounts[i];
        }

        return expanded;
    }

    /// <summary>Adds a full row (one entry per class, in class order) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ReadOnlySpan<uint> row, Span<float> scores)
    {
        int c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var weightBits = new Vector<uint>(~0xFFu);
            for (; c + Vector<uint>.Count <= row.Length; c += Vector<uint>.Count)
            {
                Vector<float> weights = Vector.AsVectorSingle(new Vector<uint>(row[c..]) & weightBits);
                (new Vector<float>(scores[c..]) + weights).CopyTo(scores[c..]);
            }
        }

        for (; c < row.Length; c++)
        {
            scores[c] += BitConverter.UInt32BitsToSingle(row[c] & ~0xFFu);
        }
    }
}
