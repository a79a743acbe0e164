using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Pipeline;

[TestFixture]
internal sealed class PipelineRunnerTests
{
    [TestCase(1)]
    [TestCase(3)]
    public void Run_StageThrowsOnOneArticle_NamesItsFileAndYieldsTheOthersInOrder(int degree)
    {
        Document[] docs =
        [
            TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, SeedLines.Spared, SeedLines.Aid),
            TestDocuments.Article("a.txt", 7, SeedLines.TitleOutlook, SeedLines.MoscowFormat, SeedLines.Optics),
            TestDocuments.Article("b.txt", 1, SeedLines.TitleTalibanTalks, SeedLines.Delegations, SeedLines.Aid),
        ];
        var diagnostics = new DiagnosticBag();

        List<Document> done = PipelineRunner.Run(docs, FailingStage.After(SeedLines.TitleOutlook), degree, diagnostics).ToList();

        Assert.That(done.Select(d => d.Title), Is.EqualTo(new[] { SeedLines.TitleVoid, SeedLines.TitleTalibanTalks }));
        Assert.That(done.SelectMany(d => d.Paragraphs).SelectMany(p => p.Mentions), Is.Not.Empty, "the others were processed");
        Diagnostic failure = diagnostics.Items.Single();
        Assert.That(failure.ToString(), Does.StartWith("a.txt:7: error KG9998: internal error while extracting the article \"2023 outlook")
            .And.Contain("IndexOutOfRangeException"));
    }
}
