using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Tests.TestSupport;

/// <summary>Builds documents from real seed lines and runs them through a pipeline built on a small gazetteer.</summary>
internal static class Docs
{
    private static readonly Lazy<ExtractionPipeline> Small = new(() => Pipeline(SmallGazetteer.Yaml));

    /// <summary>A document whose paragraphs are <paramref name="lines"/> (body text), processed by the small-gazetteer pipeline.</summary>
    public static Document Extract(params string[] lines) => Process(Small.Value, lines);

    public static Document Process(ExtractionPipeline pipeline, params string[] lines)
    {
        Document doc = TestDocuments.Lines(lines);
        pipeline.Process(doc);
        return doc;
    }

    public static ExtractionPipeline Pipeline(string yaml)
    {
        string dir = Path.Combine(Path.GetTempPath(), "kg-test-gaz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "test.yaml"), yaml);
            return PipelineFactory.Create(GazetteerLoader.Load(dir), new PipelineOptions());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>"surface→entity-id:kind" for every mention, in text order: compact and exact to assert on.</summary>
    public static IReadOnlyList<string> Mentions(Document doc) =>
        doc.Paragraphs.SelectMany(p => p.Mentions.Select(m => $"{p.Text[m.Start..m.End]}→{m.Entity.Id}:{m.Kind.WireName()}")).ToList();

    /// <summary>Finds the repository root (the folder holding KnowledgeGraph.sln) from the test output folder.</summary>
    public static string RepoRoot() => RepoPaths.Root;

    /// <summary>One line (1-based) of a seed file, verbatim.</summary>
    public static string SeedLine(string file, int line) => File.ReadLines(Path.Combine(RepoRoot(), "seeds", file)).ElementAt(line - 1);
}
