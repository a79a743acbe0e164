using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Pipeline;

[TestFixture]
internal sealed class PipelineFactoryTests
{
    [Test]
    public void Create_Fingerprint_NamesTheExtractionCodeAndStaysStable()
    {
        var options = new PipelineOptions { GazetteerDirectory = Path.Combine(Docs.RepoRoot(), "gazetteers") };

        string first = PipelineFactory.Create(options, new DiagnosticBag()).Fingerprint;
        string second = PipelineFactory.Create(options, new DiagnosticBag()).Fingerprint;

        // A store built by another version of the program is re-resolved by the next build, as after a gazetteer edit.
        string library = typeof(PipelineFactory).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        Assert.That(first, Is.EqualTo(second));
        Assert.That(first, Does.EndWith("+" + library[..16]));
    }
}
