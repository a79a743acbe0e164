using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using static KnowledgeGraph.Tests.Relate.Claims.ClaimTestDocuments;

namespace KnowledgeGraph.Tests.Relate.Claims.Modality;

/// <summary>
/// Sources. The seeds attribute no covered relation to a named speaker, so rows are seed sentence 000:131 with an
/// attribution added; the default (author or null) uses it as written.
/// </summary>
[TestFixture]
internal sealed class SourceFinderTests
{
    private static readonly string[] Mentions =
        ["Beijing=china:metonym", "Taliban=taliban", "Mullah Baradar=abdul-ghani-baradar:partial", "Wang Yi=wang-yi", "Tianjin=tianjin"];

    [TestCase("According to the Taliban, Beijing even hosted top Taliban figure Mullah Baradar in Tianjin.", "Taliban")]
    [TestCase("Wang Yi said Beijing even hosted top Taliban figure Mullah Baradar in Tianjin.", "Wang Yi")]
    [TestCase("Beijing even hosted top Taliban figure Mullah Baradar in Tianjin, Wang Yi told reporters.", "Wang Yi")]
    [TestCase("Beijing even hosted top Taliban figure Mullah Baradar in Tianjin, according to diplomats in Kabul.", "diplomats in Kabul")]
    public void Process_Attribution_NamesSpeaker(string text, string source)
    {
        Claim hosts = Extract(text, Mentions).Single(c => c.Predicate == "HOSTS");

        Assert.That(hosts.Source, Is.EqualTo(source));
    }

    [Test]
    public void Process_NoAttribution_SourceIsArticleAuthor()
    {
        const string text = "Beijing even hosted top Taliban figure Mullah Baradar and a delegation in Tianjin, where they met with Foreign Minister Wang Yi, in July 2021.";
        Document doc = ClaimTestDocuments.Build(text, null, Mentions);
        Document withAuthor = TestDocuments.WithParagraphs(doc.Id, new ArticleMeta { Author = "Raffaello Pantucci" }, doc.Paragraphs[0]);

        new ClaimExtractor(ClaimTestDocuments.Lexicon).Process(withAuthor);

        Assert.That(withAuthor.Paragraphs[0].Claims.Single(c => c.Predicate == "HOSTS").Source, Is.EqualTo("Raffaello Pantucci"));
    }
}
