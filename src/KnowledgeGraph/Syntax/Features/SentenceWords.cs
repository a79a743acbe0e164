using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// Per-token facts of one sentence that the tagger, parser and labeller hash into features: the lower-cased word,
/// its affixes and shape, computed once per sentence into arrays that grow but are never freed, so one instance per
/// thread serves every sentence without allocating (<see cref="ForThread"/>).
/// </summary>
internal sealed class SentenceWords
{
    [ThreadStatic]
    private static SentenceWords? perThread;

    /// <summary>Number of tokens in the current sentence.</summary>
    public int Count { get; private set; }

    /// <summary>Hash of the lower-cased, folded form.</summary>
    public ulong[] Lower { get; private set; } = new ulong[64];
    /// <summary>Hash of the form as written (case kept).</summary>
    public ulong[] Exact { get; private set; } = new ulong[64];
    /// <summary>Hashes of the last 1, 2, 3 and 4 lower-cased characters (index i * 4 + k - 1).</summary>
    public ulong[] Suffixes { get; private set; } = new ulong[256];
    /// <summary>Hashes of the first 1, 2 and 3 lower-cased characters (index i * 3 + k - 1).</summary>
    public ulong[] Prefixes { get; private set; } = new ulong[192];
    /// <summary>Hash of the word shape with repeats collapsed (Xx, d.d, X.X.).</summary>
    public ulong[] Shape { get; private set; } = new ulong[64];
    /// <summary>Orthographic flags (<see cref="WordFlags"/>).</summary>
    public WordFlags[] Flags { get; private set; } = new WordFlags[64];
    /// <summary>Start offsets of the tokens in the text the sentence was loaded from.</summary>
    public int[] Starts { get; private set; } = new int[64];
    /// <summary>End offsets (half-open).</summary>
    public int[] Ends { get; private set; } = new int[64];

    /// <summary>This thread's instance.</summary>
    public static SentenceWords ForThread() => perThread ??= new SentenceWords();

    /// <summary>Loads the tokens of one sentence of <paramref name="text"/>.</summary>
    public void Load(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        Reserve(tokens.Length);
        Count = tokens.Length;
        for (int i = 0; i < tokens.Length; i++)
        {
            Starts[i] = tokens[i].Start;
            Ends[i] = tokens[i].End;
            Describe(i, text.Slice(tokens[i].Start, tokens[i].Length));
        }
    }

    private void Describe(int i, ReadOnlySpan<char> form)
    {
        Lower[i] = FeatureHash.Lower(form);
        Exact[i] = FeatureHash.Exact(form);
        for (int k = 1; k <= 4; k++)
        {
            Suffixes[(i * 4) + k - 1] = form.Length >= k ? FeatureHash.Lower(form[^k..]) : 0;
        }

        for (int k = 1; k <= 3; k++)
        {
            Prefixes[(i * 3) + k - 1] = form.Length >= k ? FeatureHash.Lower(form[..k]) : 0;
        }

        WordFlags flags = WordFlags.None;
        ulong shape = 14695981039346656037UL;
        char previous = '\0';
        int repeats = 0;
        int letters = 0, uppers = 0;
        for (int c = 0; c < form.Length; c++)
        {
            char ch = form[c];
            char kind;
            if (char.IsUpper(ch))
            {
                kind = 'X';
                uppers++;
                letters++;
            }
            else if (char.IsLetter(ch))
            {
                kind = 'x';
                letters++;
            }
            else if (char.IsDigit(ch))
            {
                kind = 'd';
                flags |= WordFlags.Digit;
            }
            else
            {
                kind = FeatureHash.FoldChar(ch);
                if (kind == '-')
                {
                    flags |= WordFlags.Hyphen;
                }
                else if (kind == '.')
                {
                    flags |= WordFlags.Period;
                }
            }

            repeats = kind == previous ? repeats + 1 : 0;
            if (repeats < 2)
            {
                shape = (shape ^ kind) * 1099511628211UL;
            }

            previous = kind;
        }

        if (form.Length > 0 && char.IsUpper(form[0]))
        {
            flags |= WordFlags.Capitalised;
        }

        if (uppers >= 2 && uppers == letters)
        {
            flags |= WordFlags.AllUpper;
        }

        if (letters == 0)
        {
            flags |= WordFlags.NoLetter;
        }

        Shape[i] = shape;
        Flags[i] = flags;
    }

    private void Reserve(int count)
    {
        if (count <= Lower.Length)
        {
            return;
        }

        int size = Math.Max(count, Lower.Length * 2);
        Lower = new ulong[size];
        Exact = new ulong[size];
        Suffixes = new ulong[size * 4];
        Prefixes = new ulong[size * 3];
        Shape = new ulong[size];
        Flags = new WordFlags[size];
        Starts = new int[size];
        Ends = new int[size];
    }
}
