namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// The dependents of every token of one parsed sentence, in text order (a counting sort over the heads), and a
/// top-down order (roots first, then their dependents breadth-first). Reused per thread; building allocates nothing.
/// </summary>
internal sealed class TreeIndex
{
    [ThreadStatic]
    private static TreeIndex? perThread;

    private int[] start = new int[65];
    private int[] children = new int[64];
    private int[] order = new int[64];

    public static TreeIndex ForThread() => perThread ??= new TreeIndex();

    /// <summary>Number of tokens indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Tokens in top-down order: every token comes after its head.</summary>
    public ReadOnlySpan<int> TopDown => order.AsSpan(0, Count);

    /// <summary>The dependents of <paramref name="head"/>, in text order.</summary>
    public ReadOnlySpan<int> Dependents(int head) => children.AsSpan(start[head], start[head + 1] - start[head]);

    /// <summary>Indexes the tree given by <paramref name="heads"/> (sentence token indexes, -1 for roots).</summary>
    public void Build(ReadOnlySpan<int> heads)
    {
        int n = heads.Length;
        if (n + 1 > start.Length)
        {
            start = new int[(n * 2) + 1];
            children = new int[n * 2];
            order = new int[n * 2];
        }

        Count = n;
        start.AsSpan(0, n + 1).Clear();
        for (int i = 0; i < n; i++)
        {
            if (heads[i] >= 0)
            {
                start[heads[i] + 1]++;
            }
        }

        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        Span<int> fill = n <= 512 ? stackalloc int[n] : new int[n];
        start.AsSpan(0, n).CopyTo(fill);
        for (int i = 0; i < n; i++)
        {
            if (heads[i] >= 0)
            {
                children[fill[heads[i]]++] = i;
            }
        }

        int written = 0;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] < 0)
            {
                order[written++] = i;
            }
        }

        for (int read = 0; read < written && written < n; read++)
        {
            foreach (int child in Dependents(order[read]))
            {
                order[written++] = child;
            }
        }

        Count = written;
    }
}
