using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Tagging;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// What the tagger takes from its training data besides weights: the XPOS tag set (most frequent first), each
/// frequent word's set of tags (a 64-bit mask keyed by the word's hash, for the ambiguity-class features), and the
/// UPOS tags each XPOS may go with.
/// </summary>
internal sealed class TaggerLexicon
{
    /// <summary>A word's tags are listed when it occurs at least this often.</summary>
    public const int MinWordCount = 3;

    /// <summary>A word is tagged without scoring when seen this often…</summary>
    public const int MinSureCount = 20;

    /// <summary>…with one XPOS and UPOS in at least this share of its occurrences.</summary>
    public const double MinSureShare = 0.99;

    private TaggerLexicon(TagSet tags, HashMap64 words, uint[] allowedUpos, HashMap64 sure)
    {
        Tags = tags;
        Words = words;
        AllowedUpos = allowedUpos;
        Sure = sure;
    }

    public TagSet Tags { get; }
    public HashMap64 Words { get; }
    public uint[] AllowedUpos { get; }

    /// <summary>Frequent unambiguous words (by exact form) and their tags: <see cref="PosTagger.SureTags"/>.</summary>
    public HashMap64 Sure { get; }

    /// <summary>Builds the lexicon and sets every sentence's <see cref="TreebankSentence.XposClasses"/>.</summary>
    public static TaggerLexicon Build(IReadOnlyList<TreebankSentence> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var tagCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TreebankSentence sent in train)
        {
            foreach (string tag in sent.Xpos)
            {
                tagCounts[tag] = tagCounts.GetValueOrDefault(tag) + 1;
            }
        }

        if (tagCounts.Count > TagSet.Max)
        {
            throw new InvalidOperationException($"the training data has {tagCounts.Count} XPOS tags; at most {TagSet.Max} are supported");
        }

        var tags = new TagSet([.. tagCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)]);
        var wordTags = new Dictionary<ulong, (int Count, int[] PerTag)>();
        var exactTags = new Dictionary<ulong, Dictionary<int, int>>();
        var pairs = new int[tags.Count, UposTags.Count];
        var perTag = new int[tags.Count];
        foreach (TreebankSentence sent in train)
        {
            sent.XposClasses = [.. sent.Xpos.Select(x => (byte)tags.IndexOf(x))];
            for (int i = 0; i < sent.Count; i++)
            {
                ulong key = FeatureHash.Lower(sent.Form(i));
                if (!wordTags.TryGetValue(key, out var entry))
                {
                    entry = (0, new int[tags.Count]);
                }

                entry.PerTag[sent.XposClasses[i]]++;
                wordTags[key] = (entry.Count + 1, entry.PerTag);
                pairs[sent.XposClasses[i], (int)sent.Upos[i]]++;
                ulong exact = FeatureHash.Exact(sent.Form(i));
                if (!exactTags.TryGetValue(exact, out Dictionary<int, int>? tagPairs))
                {
                    exactTags[exact] = tagPairs = [];
                }

                int pair = PosTagger.SureValue(sent.XposClasses[i], sent.Upos[i]);
                tagPairs[pair] = tagPairs.GetValueOrDefault(pair) + 1;
                perTag[sent.XposClasses[i]]++;
            }
        }

        var words = new Dictionary<ulong, ulong>();
        foreach ((ulong key, (int count, int[] counts)) in wordTags)
        {
            if (count < MinWordCount)
            {
                continue;
            }

            ulong mask = 0;
            for (int t = 0; t < counts.Length; t++)
            {
                if (counts[t] >= 2 || counts[t] * 10 >= count)
                {
                    mask |= 1UL << t;
                }
            }

            words[key] = mask;
        }

        var allowed = new uint[tags.Count];
        for (int t = 0; t < tags.Count; t++)
        {
            for (int u = 0; u < UposTags.Count; u++)
            {
                if (pairs[t, u] >= 2 || (pairs[t, u] > 0 && pairs[t, u] * 100 >= perTag[t]))
                {
                    allowed[t] |= 1u << u;
                }
            }
        }

        var sure = new Dictionary<ulong, ulong>();
        foreach ((ulong exact, Dictionary<int, int> tagPairs) in exactTags)
        {
            int total = tagPairs.Values.Sum();
            (int pair, int count) = tagPairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)).First();
            if (total >= MinSureCount && count >= total * MinSureShare)
            {
                sure[exact] = (ulong)pair;
            }
        }

        return new TaggerLexicon(tags, new HashMap64(words), allowed, new HashMap64(sure));
    }

    /// <summary>Sets <see cref="TreebankSentence.XposClasses"/> of sentences outside the training data (unknown tags become class 0).</summary>
    public void Assign(IEnumerable<TreebankSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (TreebankSentence sent in sentences)
        {
            sent.AssignClasses(Tags);
        }
    }
}
