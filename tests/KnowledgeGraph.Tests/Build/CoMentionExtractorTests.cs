using KnowledgeGraph.Model;
using KnowledgeGraph.Build;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Build;

[TestFixture]
internal sealed class CoMentionExtractorTests
{
    [Test]
    public void Extract_TwoEntitiesInOneSentence_GivesOnlyASentenceOccurrence()
    {
        Document doc = Processed(SeedLines.Delegations);

        List<CoMentionOccurrence> pairs = CoMentionExtractor.Extract(doc);

        string paragraph = ContentHash.Of(SeedLines.Delegations);
        Assert.That(pairs, Is.EquivalentTo(new[]
        {
            new CoMentionOccurrence("russia", "taliban", paragraph, paragraph + ":0", false),
        }));
    }

    [Test]
    public void Extract_EntitiesInDifferentSentences_PairOnlyAtParagraphScope()
    {
        Document doc = Processed(SeedLines.MoscowFormat);

        List<CoMentionOccurrence> pairs = CoMentionExtractor.Extract(doc);

        Assert.That(pairs.Where(p => !p.IsSentenceScope).Select(p => p.A + "|" + p.B), Is.EquivalentTo(new[] { "afghanistan|china", "afghanistan|pakistan" }),
            "Afghanistan is in sentence 1 only, China and Pakistan in sentence 2 only");
        Assert.That(pairs.Where(p => p.IsSentenceScope).Select(p => p.A + "|" + p.B), Is.EquivalentTo(new[] { "afghanistan|russia", "china|pakistan", "china|russia", "pakistan|russia" }));
    }

    [Test]
    public void Extract_EntityNamedTwiceInASentence_NeverPairsWithItself()
    {
        Document doc = Processed(SeedLines.Spared);

        List<CoMentionOccurrence> pairs = CoMentionExtractor.Extract(doc);

        Assert.That(pairs, Has.None.Matches<CoMentionOccurrence>(p => p.A == p.B));
        Assert.That(pairs, Has.All.Matches<CoMentionOccurrence>(p => string.CompareOrdinal(p.A, p.B) < 0));
    }

    [TestCase(LineRole.Caption)]
    [TestCase(LineRole.Byline)]
    [TestCase(LineRole.Endnote)]
    [TestCase(LineRole.Subtitle)]
    public void Extract_MentionsInANonExtractionRole_CreateNoEdges(LineRole role)
    {
        Document doc = Processed(SeedLines.Delegations);
        doc.Paragraphs[1].Role = role;

        Assert.That(CoMentionExtractor.Extract(doc), Is.Empty);
    }

    [Test]
    public void Extract_SameParagraphTwiceInOneArticle_CountsOnce()
    {
        Document doc = Processed(SeedLines.Delegations, SeedLines.Delegations);

        Assert.That(CoMentionExtractor.Extract(doc), Has.Count.EqualTo(1));
    }

    [Test]
    public void Extract_SideNamedOnlyByADemonym_IsFlagged()
    {
        Document doc = Processed(SeedLines.Aid);

        List<CoMentionOccurrence> pairs = CoMentionExtractor.Extract(doc);

        string paragraph = ContentHash.Of(SeedLines.Aid);
        Assert.That(pairs.Single(p => p.SentenceId == paragraph + ":0").DemonymOnly, Is.False, "Beijing … Afghanistan");
        Assert.That(pairs.Single(p => p.SentenceId.Length > 0 && p.SentenceId != paragraph + ":0").DemonymOnly, Is.True, "The large Chinese … Afghanistan");
        Assert.That(pairs.Where(p => !p.IsSentenceScope), Is.Empty);
    }

    private static Document Processed(params string[] body)
    {
        Document doc = TestDocuments.Article("a.txt", 1, "Untitled note", body);
        TestEntities.Pipeline().Process(doc);
        return doc;
    }
}
