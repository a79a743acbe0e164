using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Eval;

[TestFixture]
internal sealed class ArticleClaimReaderTests
{
    private const string Seed = "seeds/000_b1cf9653562b7715.txt";
    private const string Both = "Both are SCO members, but they have different relationships with China.";

    private static ArticleRead Read(params ClaimEvalSentence[] sentences) =>
        ArticleClaimReader.Read(sentences, RepoPaths.Root, new IngestOptions { MarkRepeats = false }, ShippedPipeline.Value.Process);

    [Test]
    public void Read_PronounNamedInSentenceBefore_ArgumentResolvedInArticle()
    {
        var sentence = new ClaimEvalSentence(Seed, 326, Both, null, []);

        ArticleSentence found = Read(sentence).Sentences[sentence];

        Assert.That(found.Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("china COOPERATES_WITH russia"));
    }

    [Test]
    public void Read_ParagraphWithOtherClaims_KeepsOnlyEvidenceInsideSentence()
    {
        var sentence = new ClaimEvalSentence(Seed, 326, Both, null, []);
        string line = Docs.SeedLine("000_b1cf9653562b7715.txt", 326);
        int start = line.IndexOf(Both, StringComparison.Ordinal);

        ArticleSentence found = Read(sentence).Sentences[sentence];

        Assert.That(found.Claims, Is.Not.Empty);
        Assert.That(found.Claims, Has.All.Matches<Claim>(c => c.Start >= start && c.End <= start + Both.Length));
    }

    [Test]
    public void Read_TextNotOnItsLine_LeftOut()
    {
        var moved = new ClaimEvalSentence(Seed, 325, Both, null, []);

        Assert.That(Read(moved).Sentences, Is.Empty);
    }

    [Test]
    public void RootOf_SetUnderTestsEval_IsRepositoryRoot()
    {
        var sentence = new ClaimEvalSentence(Seed, 326, Both, null, []);

        string root = ArticleClaimReader.RootOf(RepoPaths.Of("tests/eval/claims-seeds.yaml"), [sentence]);

        Assert.That(Path.GetFullPath(root), Is.EqualTo(Path.GetFullPath(RepoPaths.Root)));
    }
}
