namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// An averaged perceptron over hashed features for training (Collins 2002, with lazy averaging): each feature has a
/// sparse row holding only the classes it was ever updated for, kept as linked entries in flat arrays. Scores use
/// the current weights; <see cref="ToTable"/> exports the averaged ones. Deterministic: the same updates in the same
/// order give the same table.
/// </summary>
internal sealed class SparsePerceptron
{
    private readonly Dictionary<ulong, int> rows = [];
    private int[] rowHead = new int[1 << 16];
    private ushort[] rowUpdates = new ushort[1 << 16];
    private int[] next = new int[1 << 16];
    private byte[] cls = new byte[1 << 16];
    private float[] weight = new float[1 << 16];
    private double[] total = new double[1 << 16];
    private int[] stamp = new int[1 << 16];
    private int entryCount;

    public SparsePerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, 256);
        ClassCount = classCount;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of updates so far (the averaging clock); advance it once per training instance.</summary>
    public int Step { get; private set; } = 1;

    /// <summary>Features with weights.</summary>
    public int Rows => rows.Count;

    /// <summary>Moves the averaging clock by one instance.</summary>
    public void Tick() => Step++;

    /// <summary>Adds the current weights of every feature in <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong feature in features)
        {
            if (rows.TryGetValue(feature, out int row))
            {
                for (int e = rowHead[row]; e >= 0; e = next[e])
                {
                    scores[cls[e]] += weight[e];
                }
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="target"/> for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int target, float delta)
    {
        foreach (ulong feature in features)
        {
            int e = Entry(feature, target, out int row);
            if (rowUpdates[row] < ushort.MaxValue)
            {
                rowUpdates[row]++;
            }

            total[e] += (double)(Step - stamp[e]) * weight[e];
            stamp[e] = Step;
            weight[e] += delta;
        }
    }

    /// <summary>
    /// The averaged weights as a run-time table, dropping features updated fewer than <paramref name="minUpdates"/>
    /// times (one class step counts once), weights whose magnitude is below <paramref name="prune"/>, and rows left empty.
    /// </summary>
    public WeightTable ToTable(float prune = 0f, int minUpdates = 1)
    {
        var keys = new List<ulong>(rows.Count);
        foreach (ulong key in rows.Keys)
        {
            keys.Add(key);
        }

        keys.Sort();
        var kept = new List<ulong>(keys.Count);
        var counts = new List<byte>(keys.Count);
        var classes = new List<byte>(entryCount);
        var weights = new List<float>(entryCount);
        Span<float> row = stackalloc float[ClassCount];
        Span<bool> has = stackalloc bool[ClassCount];
        foreach (ulong key in keys)
        {
            if (rowUpdates[rows[key]] < minUpdates)
            {
                continue;
            }

            row.Clear();
            has.Clear();
            for (int e = rowHead[rows[key]]; e >= 0; e = next[e])
            {
                double sum = total[e] + (double)(Step - stamp[e]) * weight[e];
                row[cls[e]] = (float)(sum / Step);
                has[cls[e]] = true;
            }

            byte count = 0;
            for (int c = 0; c < ClassCount; c++)
            {
                if (has[c] && Math.Abs(row[c]) > prune && row[c] != 0f)
                {
                    classes.Add((byte)c);
                    weights.Add(row[c]);
                    count++;
                }
            }

            if (count > 0)
            {
                kept.Add(key);
                counts.Add(count);
            }
        }

        return WeightTable.Create(ClassCount, [.. kept], [.. counts], [.. classes], [.. weights]);
    }

    private int Entry(ulong feature, int target, out int row)
    {
        if (!rows.TryGetValue(feature, out row))
        {
            row = rows.Count;
            rows.Add(feature, row);
            if (row == rowHead.Length)
            {
                Array.Resize(ref rowHead, row * 2);
                Array.Resize(ref rowUpdates, row * 2);
            }

            rowHead[row] = -1;
            rowUpdates[row] = 0;
        }

        int last = -1;
        for (int e = rowHead[row]; e >= 0; e = next[e])
        {
            if (cls[e] == target)
            {
                return e;
            }

            last = e;
        }

        if (entryCount == next.Length)
        {
            int size = entryCount * 2;
            Array.Resize(ref next, size);
            Array.Resize(ref cls, size);
            Array.Resize(ref weight, size);
            Array.Resize(ref total, size);
            Array.Resize(ref stamp, size);
        }

        int created = entryCount++;
        next[created] = -1;
        cls[created] = (byte)target;
        weight[created] = 0f;
        total[created] = 0d;
        stamp[created] = Step;
        if (last < 0)
        {
            rowHead[row] = created;
        }
        else
        {
            next[last] = created;
        }

        return created;
    }
}
