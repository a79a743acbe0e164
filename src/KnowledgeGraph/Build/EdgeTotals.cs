namespace KnowledgeGraph.Build;

/// <summary>
/// Accumulates one co-mention edge from its occurrences, fed in (paragraph, sentence) order: distinct sentences and
/// paragraphs (a paragraph read in two articles or two files counts once), distinct articles, first and last article
/// date, and demonym-only when every occurrence at the edge's strongest scope (its sentences if any, else its
/// paragraphs) is. The corpus-level half of the co-mention rules; <see cref="CoMentionExtractor"/> is the per-article half.
/// </summary>
internal sealed class EdgeTotals
{
    private readonly HashSet<long> articles = [];
    private long lastParagraph;
    private long lastSentence = long.MinValue;
    private bool any;
    private bool sentenceDemonymOnly = true;
    private bool paragraphDemonymOnly = true;

    public int Sentences { get; private set; }
    public int Paragraphs { get; private set; }
    public int Articles => articles.Count;
    public string? First { get; private set; }
    public string? Last { get; private set; }

    /// <summary>Demonym-only at the strongest scope the edge has.</summary>
    public bool DemonymOnly => Sentences > 0 ? sentenceDemonymOnly : paragraphDemonymOnly;

    /// <summary>Adds one occurrence; <paramref name="sentence"/> is the sentence's start, or negative at paragraph scope.</summary>
    public void Add(long paragraph, long sentence, long article, bool demonymOnly, string? date)
    {
        bool newParagraph = !any || paragraph != lastParagraph;
        if (newParagraph)
        {
            Paragraphs++;
            lastSentence = long.MinValue;
        }

        if (sentence >= 0)
        {
            Sentences += sentence != lastSentence ? 1 : 0;
            sentenceDemonymOnly &= demonymOnly;
        }

        paragraphDemonymOnly &= demonymOnly;
        (lastParagraph, lastSentence, any) = (paragraph, sentence, true);
        articles.Add(article);
        if (date is not null)
        {
            First = First is null || string.CompareOrdinal(date, First) < 0 ? date : First;
            Last = Last is null || string.CompareOrdinal(date, Last) > 0 ? date : Last;
        }
    }
}
