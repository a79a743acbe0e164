using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Plain text and markdown: one paragraph per line, blank lines between. A file may hold one article or many (a
/// blog dump): <see cref="BlogDumpSplitter"/> cuts it at intro blurbs and <see cref="ArticleLabeller"/> labels every
/// line. Optional YAML front matter fills the first article's metadata. Yields each article as soon as it is cut.
/// </summary>
/// <param name="path">The file, as given.</param>
/// <param name="options">Validated options.</param>
/// <param name="classifier">Shared classifier built from <c>options.Cues</c>; null builds one.</param>
internal sealed class TextArticleSource(string path, IngestOptions options, LineClassifier? classifier = null) : IArticleSource
{
    private readonly LineClassifier classifier = classifier ?? new LineClassifier(options.Cues);

    public string Name => path;

    public IEnumerable<Document> Read(DiagnosticBag diagnostics)
    {
        if (!FileValidator.Check(path, options, diagnostics))
        {
            yield break;
        }

        using IEnumerator<SourceLine> lines = LineSource.Read(path, diagnostics).GetEnumerator();
        ArticleMeta? frontMatter = FrontMatterReader.Read(lines, path, diagnostics, out List<SourceLine> unread);
        ArticleLabeller labeller = new(classifier);
        foreach (ArticleDraft draft in new BlogDumpSplitter(classifier).Split(Concat(unread, lines)))
        {
            List<LabelledLine> labelled = labeller.Label(draft);
            yield return DocumentFactory.Create(path, labelled, Meta(labelled, frontMatter));
            frontMatter = null;
        }
    }

    private ArticleMeta Meta(List<LabelledLine> labelled, ArticleMeta? frontMatter)
    {
        string? title = labelled.FirstOrDefault(l => l.Role == LineRole.Title).Line.Text;
        string? intro = labelled.FirstOrDefault(l => l.Role == LineRole.Intro).Line.Text;
        string? outlet = intro is null ? null : classifier.FindOutlet(intro);
        ArticleMeta meta = frontMatter ?? ArticleMeta.Empty;
        return meta with { Title = meta.Title ?? title, Outlet = meta.Outlet ?? outlet };
    }

    private static IEnumerable<SourceLine> Concat(List<SourceLine> first, IEnumerator<SourceLine> rest)
    {
        foreach (SourceLine line in first)
        {
            yield return line;
        }

        while (rest.MoveNext())
        {
            yield return rest.Current;
        }
    }
}
