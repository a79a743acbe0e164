using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger predicting XPOS (Penn tags) and UPOS together from one feature
/// set (<see cref="TaggerFeatures"/>): each hashed feature has one sparse row scoring both tag sets; UPOS is chosen
/// among those the treebank pairs with the chosen XPOS. Thread-safe; tagging allocates nothing.
/// </summary>
internal sealed class PosTagger
{
    /// <summary>Format version of the "tagger" section.</summary>
    public const int SectionVersion = 2;

    /// <summary>Name of its model file section.</summary>
    public const string SectionName = "tagger";

    [ThreadStatic]
    private static Scratch? scratch;

    private readonly WeightTable weights;
    private readonly HashMap64 lexicon;
    private readonly uint[] allowedUpos;
    private readonly HashMap64 sure;

    /// <summary>
    /// <paramref name="sure"/> maps the exact form of frequent unambiguous words to their tags (<see cref="SureValue"/>);
    /// those words are tagged without scoring, which is how most tokens of running text are tagged.
    /// </summary>
    public PosTagger(TagSet tags, WeightTable weights, HashMap64 lexicon, uint[] allowedUpos, HashMap64 sure)
    {
        Tags = tags;
        this.weights = weights;
        this.lexicon = lexicon;
        this.allowedUpos = allowedUpos;
        this.sure = sure;
    }

    /// <summary>The XPOS tag set, in class order.</summary>
    public TagSet Tags { get; }

    /// <summary>Features with weights (a size figure for reports).</summary>
    public int FeatureCount => weights.Rows;

    /// <summary>Tags the sentence loaded in <paramref name="words"/>, writing UPOS and XPOS into <paramref name="output"/> (heads untouched).</summary>
    public void Tag(SentenceWords words, Span<SyntaxToken> output) => Tag(words, output, 0, words.Count);

    /// <summary>
    /// Tags tokens [<paramref name="from"/>, <paramref name="to"/>) of the sentence loaded in <paramref name="words"/>, those
    /// before <paramref name="from"/> being tagged in <paramref name="output"/> already. The tagger reads left to right, and
    /// a token's features see the two words after it and the two tags before it only, so the tags are those of the whole
    /// sentence tagged at once, provided two words after <paramref name="to"/> are loaded (or the sentence ends).
    /// </summary>
    public void Tag(SentenceWords words, Span<SyntaxToken> output, int from, int to)
    {
        Scratch s = scratch ??= new Scratch();
        int n = words.Count;
        s.Reserve(n);
        Ambiguity(words, s.Ambiguity);
        for (int i = Math.Max(0, from - 2); i < from; i++)
        {
            s.Tags[i] = output[i].Xpos;
        }

        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[weights.ClassCount];
        int xposCount = Tags.Count;
        for (int i = from; i < to; i++)
        {
            ulong known = sure.Get(words.Exact[i]);
            if (known != 0)
            {
                s.Tags[i] = (byte)(known & 0xFF);
                output[i] = output[i] with { Upos = (Upos)((known >> 8) - 1), Xpos = (byte)(known & 0xFF) };
                continue;
            }

            int count = TaggerFeatures.Extract(words, s.Ambiguity, s.Tags, i, features);
            scores.Clear();
            weights.Score(features[..count], scores);

            int xpos = ArgMax(scores[..xposCount]);
            Upos upos = BestUpos(scores[xposCount..], xpos);
            s.Tags[i] = (byte)xpos;
            output[i] = output[i] with { Upos = upos, Xpos = (byte)xpos };
        }
    }

    /// <summary>The tags of a sure word (<paramref name="exact"/> form hash), or 0 when it must be scored.</summary>
    public ulong SureTags(ulong exact) => sure.Get(exact);

    /// <summary>
    /// True when the training data saw <paramref name="form"/> (lower-cased) with XPOS <paramref name="xpos"/> among its
    /// tags: a look-up of the word alone, no tagging.
    /// </summary>
    public bool CanTag(ReadOnlySpan<char> form, int xpos) =>
        xpos is >= 0 and < 64 && (lexicon.Get(FeatureHash.Lower(form)) & (1UL << xpos)) != 0;

    /// <summary>The value a sure word's tags are stored as: XPOS in the low byte, UPOS + 1 above (never 0).</summary>
    public static int SureValue(byte xpos, Upos upos) => xpos | (((int)upos + 1) << 8);

    /// <summary>Fills each token's tag-set value from the lexicon (0 for words it lacks).</summary>
    public void Ambiguity(SentenceWords words, Span<ulong> ambiguity)
    {
        for (int i = 0; i < words.Count; i++)
        {
            ambiguity[i] = lexicon.Get(words.Lower[i]);
        }
    }

    /// <summary>The best UPOS among those allowed with <paramref name="xpos"/> (any when none is recorded).</summary>
    public Upos BestUpos(ReadOnlySpan<float> uposScores, int xpos)
    {
        uint allowed = allowedUpos[xpos];
        int best = -1;
        for (int u = 0; u < UposTags.Count; u++)
        {
            if ((allowed == 0 || (allowed & (1u << u)) != 0) && (best < 0 || uposScores[u] > uposScores[best]))
            {
                best = u;
            }
        }

        return (Upos)best;
    }

    /// <summary>Index of the highest score (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Tags.Write(writer);
        writer.WriteArray<uint>(allowedUpos);
        lexicon.Write(writer);
        sure.Write(writer);
        weights.Write(writer);
    }

    public static PosTagger Read(ModelSection section, string file)
    {
        ArgumentNullException.ThrowIfNull(section);
        SectionReader reader = section.Reader(file);
        TagSet tags = TagSet.Read(ref reader);
        uint[] allowed = reader.ReadArray<uint>();
        HashMap64 lexicon = HashMap64.Read(ref reader);
        HashMap64 sure = section.Version >= 2 ? HashMap64.Read(ref reader) : new HashMap64(new Dictionary<ulong, ulong>());
        WeightTable weights = WeightTable.Read(ref reader, wideRows: true);
        reader.ExpectEnd();
        if (allowed.Length != tags.Count || weights.ClassCount != tags.Count + UposTags.Count)
        {
            throw reader.Corrupt("tag counts disagree");
        }

        return new PosTagger(tags, weights, lexicon, allowed, sure);
    }

    private sealed class Scratch
    {
        public ulong[] Ambiguity { get; private set; } = new ulong[64];
        public byte[] Tags { get; private set; } = new byte[64];

        public void Reserve(int n)
        {
            if (n > Tags.Length)
            {
                Ambiguity = new ulong[n * 2];
                Tags = new byte[n * 2];
            }
        }
    }
}
