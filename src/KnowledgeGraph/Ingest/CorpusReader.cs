using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The Ingest stage's entry point. Reads files and folders (recursively, sorted by path) of .txt, .md, .html/.htm
/// and .jsonl and yields one <see cref="Document"/> per article, each as soon as it is complete: memory stays flat
/// as the corpus grows (only the current article and, unless <see cref="IngestOptions.MarkRepeats"/> is off, two sets
/// of 8-byte ids for repeats are held). Every file is
/// validated whole before any of its articles is yielded. Bad input is reported to the diagnostics (KG1xxx, naming
/// file and line) and skipped; the run goes on. Repeats are marked, never dropped (see <see cref="RepeatTracker"/>).
/// </summary>
internal sealed class CorpusReader
{
    private readonly IngestOptions options;
    private readonly LineClassifier classifier;

    /// <summary>Validates <paramref name="options"/> once (KG9002 on a bad one); null means the defaults.</summary>
    public CorpusReader(IngestOptions? options = null)
    {
        this.options = options ?? new IngestOptions();
        this.options.Validate();
        classifier = new LineClassifier(this.options.Cues);
    }

    /// <summary>Paths are files or folders; file names in locations are kept as given (relative stays relative).</summary>
    public IEnumerable<Document> Read(IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ReadFiles(paths, diagnostics);
    }

    private IEnumerable<Document> ReadFiles(IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        RepeatTracker? repeats = options.MarkRepeats ? new() : null;
        foreach (InputFile file in InputLister.List(paths, options, diagnostics))
        {
            foreach (Document doc in ArticleSources.For(file, options, classifier).Read(diagnostics))
            {
                repeats?.Mark(doc);
                yield return doc;
            }
        }
    }
}
