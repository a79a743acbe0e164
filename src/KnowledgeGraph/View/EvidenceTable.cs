using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.View;

/// <summary>The sentences a page quotes, each once, numbered in the order first cited.</summary>
internal sealed class EvidenceTable(GraphSnapshot snapshot)
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<ViewSentence> sentences = [];

    /// <summary>The sentences cited so far.</summary>
    public IReadOnlyList<ViewSentence> Sentences => sentences;

    /// <summary>The number of stored sentence <paramref name="sentenceId"/>, adding it on first use; -1 when the store lacks it.</summary>
    public int Cite(string sentenceId)
    {
        if (numbers.TryGetValue(sentenceId, out int number))
        {
            return number;
        }

        if (!snapshot.SentencesById.TryGetValue(sentenceId, out SentenceRecord? sent))
        {
            return -1;
        }

        number = sentences.Count;
        string? date = snapshot.ArticlesById.TryGetValue(sent.ArticleId, out ArticleRecord? article) ? article.Date : null;
        sentences.Add(new ViewSentence(sent.File, sent.Line, sent.Text, string.IsNullOrEmpty(date) ? null : date));
        numbers[sentenceId] = number;
        return number;
    }
}
