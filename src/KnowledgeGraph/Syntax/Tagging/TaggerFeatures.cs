using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Syntax.Tagging;

/// <summary>
/// The tagger's feature templates for token i: the word, its affixes and shape, two words either side, the two tags
/// predicted before it, and the tag sets the treebank lexicon knows for the word and the two after it. Shared by
/// training and tagging, so both hash identical keys.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Most features one token produces.</summary>
    public const int Max = 44;

    private const ulong Start1 = 0x51A7, Start2 = 0x51A8, End1 = 0xE7D1, End2 = 0xE7D2;

    /// <summary>
    /// Writes the features of token <paramref name="i"/> into <paramref name="features"/> and returns how many.
    /// <paramref name="ambiguity"/> holds each token's tag-set hash (0 when the word is unknown); <paramref name="tags"/>
    /// the tags predicted so far (read for i-1 and i-2 only).
    /// </summary>
    public static int Extract(SentenceWords w, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<byte> tags, int i, Span<ulong> features)
    {
        int n = w.Count;
        ulong word = w.Lower[i];
        ulong prev1 = i >= 1 ? w.Lower[i - 1] : Start1;
        ulong prev2 = i >= 2 ? w.Lower[i - 2] : Start2;
        ulong next1 = i + 1 < n ? w.Lower[i + 1] : End1;
        ulong next2 = i + 2 < n ? w.Lower[i + 2] : End2;
        ulong tag1 = i >= 1 ? tags[i - 1] + 1UL : Start1;
        ulong tag2 = i >= 2 ? tags[i - 2] + 1UL : Start2;
        ulong amb = ambiguity[i];
        ulong ambNext1 = i + 1 < n ? ambiguity[i + 1] : End1;
        ulong ambNext2 = i + 2 < n ? ambiguity[i + 2] : End2;
        ulong ambPrev1 = i >= 1 ? ambiguity[i - 1] : Start1;
        ulong suffix3 = w.Suffixes[(i * 4) + 2];
        ulong flags = (ulong)w.Flags[i] | (i == 0 ? 0x100UL : 0UL);
        int k = 0;
        features[k++] = FeatureHash.Of(0, 1);
        features[k++] = FeatureHash.Of(1, word);
        features[k++] = FeatureHash.Of(2, w.Exact[i]);
        for (int s = 0; s < 4; s++)
        {
            features[k++] = FeatureHash.Of(3 + s, w.Suffixes[(i * 4) + s]);
        }

        for (int p = 0; p < 3; p++)
        {
            features[k++] = FeatureHash.Of(7 + p, w.Prefixes[(i * 3) + p]);
        }

        features[k++] = FeatureHash.Of(10, w.Shape[i]);
        features[k++] = FeatureHash.Of(11, flags);
        features[k++] = FeatureHash.Of(12, prev1);
        features[k++] = FeatureHash.Of(13, prev2);
        features[k++] = FeatureHash.Of(14, next1);
        features[k++] = FeatureHash.Of(15, next2);
        features[k++] = FeatureHash.Of(16, tag1);
        features[k++] = FeatureHash.Of(17, tag2);
        features[k++] = FeatureHash.Of(18, tag1, tag2);
        features[k++] = FeatureHash.Of(19, tag1, word);
        features[k++] = FeatureHash.Of(20, prev1, word);
        features[k++] = FeatureHash.Of(21, word, next1);
        features[k++] = FeatureHash.Of(22, i >= 1 ? w.Suffixes[((i - 1) * 4) + 2] : Start1);
        features[k++] = FeatureHash.Of(23, i + 1 < n ? w.Suffixes[((i + 1) * 4) + 2] : End1);
        features[k++] = FeatureHash.Of(24, amb);
        features[k++] = FeatureHash.Of(25, ambNext1);
        features[k++] = FeatureHash.Of(26, ambNext2);
        features[k++] = FeatureHash.Of(27, tag1, amb);
        features[k++] = FeatureHash.Of(28, amb, ambNext1);
        features[k++] = FeatureHash.Of(29, i + 1 < n ? w.Shape[i + 1] : End1);
        features[k++] = FeatureHash.Of(30, i >= 1 ? w.Shape[i - 1] : Start1);
        features[k++] = FeatureHash.Of(31, tag1, suffix3);
        features[k++] = FeatureHash.Of(32, word, ambNext1);
        features[k++] = FeatureHash.Of(33, tag1, ambNext1);
        features[k++] = FeatureHash.Of(34, ambPrev1, amb, ambNext1);
        features[k++] = FeatureHash.Of(35, flags, suffix3);
        features[k++] = FeatureHash.Of(36, tag1, tag2, amb);
        features[k++] = FeatureHash.Of(37, flags, tag1);
        features[k++] = FeatureHash.Of(38, i >= 1 ? (ulong)w.Flags[i - 1] : Start1, flags, i + 1 < n ? (ulong)w.Flags[i + 1] : End1);
        features[k++] = FeatureHash.Of(39, tag1, tag2, suffix3);
        return k;
    }
}
