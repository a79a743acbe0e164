using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Claims whose other party the gazetteer supplies, through the shipped pipeline on a seed sentence.</summary>
[TestFixture]
internal sealed class CuratedClaimReaderTests
{
    private const string Bolton = "This month, the US Department of Justice charged a member of Iran’s elite Revolutionary Guards with directing agents in the US to murder John Bolton, Trump’s national security adviser.";

    [Test]
    public void Read_TitleInApposition_EvidenceSpansNameAndTitle()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Bolton);

        Claim claim = doc.Paragraphs[0].Claims.Single(c => c.Subject.Id == "john-bolton" && c.Predicate == "HOLDS_ROLE_IN");

        Assert.That(Bolton[claim.Start..claim.End], Is.EqualTo("John Bolton, Trump’s national security adviser"));
        Assert.That(claim.Qualifier, Is.EqualTo("national security adviser"));
    }

    [Test]
    public void Read_ArticleAfterAnother_SourceIsItsOwnAuthor()
    {
        // The stage reuses its readers from article to article: the second article's claims name its own author.
        Document first = WithAuthor("Raffaello Pantucci");
        Document second = WithAuthor("Nike Ching");

        ShippedPipeline.Value.Process(first);
        ShippedPipeline.Value.Process(second);

        Claim claim = second.Paragraphs[0].Claims.Single(c => c.Subject.Id == "john-bolton" && c.Predicate == "HOLDS_ROLE_IN");
        Assert.That(claim.Source, Is.EqualTo("Nike Ching"));
    }

    private static Document WithAuthor(string author)
    {
        Document doc = TestDocuments.Lines(Bolton);
        return TestDocuments.WithParagraphs(doc.Id, new ArticleMeta { Author = author }, doc.Paragraphs[0]);
    }
}
