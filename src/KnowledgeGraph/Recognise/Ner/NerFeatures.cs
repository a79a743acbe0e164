using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// The recogniser's feature templates for token <c>i</c>: the word and its neighbours (±2), affixes, shapes and
/// orthographic flags, UPOS tags of the language layer (±1), gazetteer readings and dictionary cues (±1), and the two
/// previous tags. Every feature is a 64-bit hash (<see cref="FeatureHash"/>); nothing is allocated.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound of the features of one token.</summary>
    public const int Max = 40;

    private const ulong Edge = 0x5EED;

    public static int Extract(SentenceWords words, ReadOnlySpan<byte> upos, ReadOnlySpan<NerCue> cues, ReadOnlySpan<byte> tags, int i, Span<ulong> features)
    {
        int n = 0;
        ulong prev = i > 0 ? tags[i - 1] : 99UL;
        ulong prev2 = i > 1 ? tags[i - 2] : 99UL;
        ulong shape = words.Shape[i];
        ulong flags = (ulong)words.Flags[i];
        features[n++] = FeatureHash.Of(1, 1);
        features[n++] = FeatureHash.Of(2, words.Lower[i]);
        features[n++] = FeatureHash.Of(3, words.Exact[i]);
        features[n++] = FeatureHash.Of(4, Word(words, i - 1));
        features[n++] = FeatureHash.Of(5, Word(words, i + 1));
        features[n++] = FeatureHash.Of(6, Word(words, i - 2));
        features[n++] = FeatureHash.Of(7, Word(words, i + 2));
        features[n++] = FeatureHash.Of(8, words.Suffixes[(i * 4) + 2]);
        features[n++] = FeatureHash.Of(9, words.Suffixes[(i * 4) + 3]);
        features[n++] = FeatureHash.Of(10, words.Prefixes[(i * 3) + 2]);
        features[n++] = FeatureHash.Of(11, shape);
        features[n++] = FeatureHash.Of(12, shape, Shape(words, i - 1));
        features[n++] = FeatureHash.Of(13, shape, Shape(words, i + 1));
        features[n++] = FeatureHash.Of(14, flags);
        features[n++] = FeatureHash.Of(15, flags, Flags(words, i - 1), Flags(words, i + 1));
        features[n++] = FeatureHash.Of(16, prev);
        features[n++] = FeatureHash.Of(17, prev, prev2);
        features[n++] = FeatureHash.Of(18, prev, words.Lower[i]);
        features[n++] = FeatureHash.Of(19, prev, shape);
        features[n++] = FeatureHash.Of(20, Word(words, i - 1), words.Lower[i]);
        features[n++] = FeatureHash.Of(21, words.Lower[i], Word(words, i + 1));
        features[n++] = FeatureHash.Of(22, Cue(cues, i));
        features[n++] = FeatureHash.Of(23, Cue(cues, i - 1), Cue(cues, i));
        features[n++] = FeatureHash.Of(24, Cue(cues, i), Cue(cues, i + 1));
        features[n++] = FeatureHash.Of(25, Cue(cues, i), shape);
        features[n++] = FeatureHash.Of(26, Cue(cues, i), prev);
        if (upos.Length > 0)
        {
            features[n++] = FeatureHash.Of(27, Pos(upos, i));
            features[n++] = FeatureHash.Of(28, Pos(upos, i - 1), Pos(upos, i));
            features[n++] = FeatureHash.Of(29, Pos(upos, i), Pos(upos, i + 1));
            features[n++] = FeatureHash.Of(30, Pos(upos, i), shape);
            features[n++] = FeatureHash.Of(31, Pos(upos, i), prev);
            features[n++] = FeatureHash.Of(32, Pos(upos, i - 1), Word(words, i - 1));
            features[n++] = FeatureHash.Of(33, Pos(upos, i + 1), Word(words, i + 1));
        }

        return n;
    }

    private static ulong Word(SentenceWords words, int i) => i < 0 || i >= words.Count ? Edge : words.Lower[i];

    private static ulong Shape(SentenceWords words, int i) => i < 0 || i >= words.Count ? Edge : words.Shape[i];

    private static ulong Flags(SentenceWords words, int i) => i < 0 || i >= words.Count ? Edge : (ulong)words.Flags[i];

    private static ulong Pos(ReadOnlySpan<byte> upos, int i) => i < 0 || i >= upos.Length ? Edge : upos[i];

    private static ulong Cue(ReadOnlySpan<NerCue> cues, int i) => i < 0 || i >= cues.Length ? Edge : (ulong)cues[i];
}
