using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Support;

/// <summary>A stage with a bug: it throws on the article titled <paramref name="title"/> and leaves the others alone.</summary>
internal sealed class FailingStage(string title) : IDocumentStage
{
    public string Name => "failing";

    public void Process(Document doc)
    {
        if (doc.Title == title)
        {
            throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
        }
    }

    /// <summary>The test pipeline (same fingerprint) with this stage after it.</summary>
    public static KnowledgeGraph.Pipeline.ExtractionPipeline After(string title) =>
        new([new DictionaryStage(TestEntities.Base), new FailingStage(title)], "base");
}
