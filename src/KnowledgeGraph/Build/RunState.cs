using KnowledgeGraph.Model;

namespace KnowledgeGraph.Build;

/// <summary>
/// What one build has read so far. Article ids and content hashes, every article and paragraph location seen and the
/// first place of each new article go to the store's run ledger (<see cref="IRunLedger"/>) a slice at a time, so the
/// build holds at most <see cref="SliceArticles"/> articles' worth of them, whatever the corpus; only the files read
/// (one entry per input file, like the input plan) stay in memory.
/// </summary>
internal sealed class RunState(IRunLedger ledger)
{
    /// <summary>Articles recorded in memory before the slice goes to the ledger.</summary>
    public const int SliceArticles = 256;

    private readonly RunSlice slice = new();

    public HashSet<string> FilesRead { get; } = new(StringComparer.Ordinal);

    /// <summary>The article id <paramref name="contentHash"/> was read under in this run, or null.</summary>
    public string? IdOf(string contentHash) =>
        slice.IdByHash.TryGetValue(contentHash, out string? id) ? id : ledger.IdOf(contentHash);

    /// <summary>True when <paramref name="articleId"/> was given to an article earlier in this run.</summary>
    public bool HasId(string articleId) => slice.Ids.Contains(articleId) || ledger.HasId(articleId);

    /// <summary>Gives <paramref name="articleId"/> to the text with <paramref name="contentHash"/>.</summary>
    public void Name(string articleId, string contentHash)
    {
        slice.Ids.Add(articleId);
        slice.IdByHash[contentHash] = articleId;
    }

    /// <summary>Notes the first location of an article new to the store (the first noted for a place wins).</summary>
    public void NewAt(string file, int line, string articleId)
    {
        if (!slice.NewArticlesAt.ContainsKey((file, line)))
        {
            slice.NewArticlesAt[(file, line)] = articleId;
        }
    }

    /// <summary>Records where <paramref name="doc"/> (or a repeat of it) was read, under article <paramref name="articleId"/>.</summary>
    public void See(string articleId, Document doc)
    {
        foreach (SourceLocation location in doc.Locations)
        {
            slice.ArticleLocations.Add((articleId, location.File, location.Line));
            FilesRead.Add(location.File);
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (SourceLocation location in paragraph.Locations)
            {
                slice.ParagraphLocations.Add((articleId, paragraph.Index, paragraph.Id, location.File, location.Line));
                FilesRead.Add(location.File);
            }
        }

        if (++slice.Articles >= SliceArticles)
        {
            Spill();
        }
    }

    /// <summary>Hands what is held in memory to the ledger (between batches, and before the build finishes).</summary>
    public void Spill()
    {
        if (!slice.IsEmpty)
        {
            ledger.Append(slice);
            slice.Clear();
        }
    }
}
