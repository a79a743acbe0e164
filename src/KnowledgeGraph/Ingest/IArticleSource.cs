using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// A seam: something that yields articles (a text file, a blog dump, an HTML page, a JSONL file…).
/// Sources stream: an article is yielded as soon as it is complete, so memory stays flat as the corpus grows.
/// Bad input is reported to the diagnostics with the file (and line) and skipped; a source never throws for it.
/// </summary>
internal interface IArticleSource
{
    /// <summary>Display path of the input, relative to the working directory where possible.</summary>
    string Name { get; }

    IEnumerable<Document> Read(DiagnosticBag diagnostics);
}
