namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// An arc-eager configuration over n tokens (0..n-1; the root is implicit: tokens still without a head at the end
/// become roots): the stack, the buffer front <see cref="Next"/>, the heads so far and, per token, its two leftmost
/// and two rightmost dependents and dependent counts (the features read them). Arrays grow and are reused, so one
/// state per thread parses every sentence without allocating.
/// </summary>
internal sealed class ParseState
{
    [ThreadStatic]
    private static ParseState? perThread;

    private int[] stack = new int[64];

    public int Count { get; private set; }
    public int Depth { get; private set; }
    public int Next { get; private set; }
    public int[] Heads { get; private set; } = new int[64];
    public int[] Left1 { get; private set; } = new int[64];
    public int[] Left2 { get; private set; } = new int[64];
    public int[] Right1 { get; private set; } = new int[64];
    public int[] Right2 { get; private set; } = new int[64];
    public int[] LeftCount { get; private set; } = new int[64];
    public int[] RightCount { get; private set; } = new int[64];
    public bool[] OnStack { get; private set; } = new bool[64];

    public static ParseState ForThread() => perThread ??= new ParseState();

    /// <summary>True when the buffer is empty: the parse is complete.</summary>
    public bool IsTerminal => Next >= Count;

    /// <summary>The stack item <paramref name="depth"/> from the top (0 = top), or -1.</summary>
    public int Stack(int depth) => depth < Depth ? stack[Depth - 1 - depth] : -1;

    /// <summary>Starts a parse of <paramref name="n"/> tokens.</summary>
    public void Reset(int n)
    {
        if (n > Heads.Length)
        {
            int size = n * 2;
            stack = new int[size];
            Heads = new int[size];
            Left1 = new int[size];
            Left2 = new int[size];
            Right1 = new int[size];
            Right2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            OnStack = new bool[size];
        }

        Count = n;
        Depth = 0;
        Next = 0;
        for (int i = 0; i < n; i++)
        {
            Heads[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            OnStack[i] = false;
        }
    }

    /// <summary>True when every token has been pushed and popped (the beam's end: 2n moves).</summary>
    public bool IsComplete => Next >= Count && Depth == 0;

    /// <summary>Makes this state a copy of <paramref name="other"/> (same sentence length).</summary>
    public void CopyFrom(ParseState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count > Heads.Length)
        {
            Reset(other.Count);
        }

        int n = other.Count;
        Count = n;
        Depth = other.Depth;
        Next = other.Next;
        Array.Copy(other.stack, stack, other.Depth);
        Array.Copy(other.Heads, Heads, n);
        Array.Copy(other.Left1, Left1, n);
        Array.Copy(other.Left2, Left2, n);
        Array.Copy(other.Right1, Right1, n);
        Array.Copy(other.Right2, Right2, n);
        Array.Copy(other.LeftCount, LeftCount, n);
        Array.Copy(other.RightCount, RightCount, n);
        Array.Copy(other.OnStack, OnStack, n);
    }

    /// <summary>
    /// With the buffer empty, the one move left: Reduce when the stack top has a head, else pop it as a root. Every
    /// token is pushed once and popped once, so a parse is exactly 2n moves.
    /// </summary>
    public void ApplyFinal() => Pop();

    public bool IsLegal(Move move)
    {
        bool hasTop = Depth > 0;
        return move switch
        {
            Move.Shift => Next < Count,
            Move.Reduce => hasTop && Heads[stack[Depth - 1]] >= 0,
            Move.Left => hasTop && Next < Count && Heads[stack[Depth - 1]] < 0,
            _ => hasTop && Next < Count,
        };
    }

    public void Apply(Move move)
    {
        switch (move)
        {
            case Move.Shift:
                Push(Next++);
                break;
            case Move.Reduce:
                Pop();
                break;
            case Move.Left:
                AddArc(Next, Pop());
                break;
            default:
                AddArc(stack[Depth - 1], Next);
                Push(Next++);
                break;
        }
    }

    private void Push(int token)
    {
        stack[Depth++] = token;
        OnStack[token] = true;
    }

    private int Pop()
    {
        int token = stack[--Depth];
        OnStack[token] = false;
        return token;
    }

    private void AddArc(int head, int dependent)
    {
        Heads[dependent] = head;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (Left1[head] < 0 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] < 0 || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            if (Right1[head] < 0 || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] < 0 || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }
}
