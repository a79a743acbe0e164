using KnowledgeGraph.Model;
using KnowledgeGraph.Build;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Tests.TestSupport;

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

    [Test]
    public void Extract_SureReference_CountsAsAMentionOfItsEntity()
    {
        const string line = "Offscreen, China's security footprint in Africa has been expanding quietly alongside its deepening economic interests across the continent. Experts disagree about whether China might, in the future, protect its interests through force. But they see its presence in Africa as a testing ground for a new kind of multilayered engagement around the world.";
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.References.Where(r => r.Sentence == 2).Select(r => (r.Entity.Id, r.IsSure)), Is.EqualTo(new[] { ("china", true) }), "precondition: \"its presence\" is surely China");

        List<CoMentionOccurrence> pairs = CoMentionExtractor.Extract(doc);

        Assert.That(pairs, Does.Contain(new CoMentionOccurrence("africa", "china", paragraph.Id, StoreIds.Sentence(paragraph, 2), false)));
    }

    [Test]
    public void Extract_ReferenceBelowSure_IsNoMention()
    {
        const string line = "Offscreen, China's security footprint in Africa has been expanding quietly alongside its deepening economic interests across the continent. Experts disagree about whether China might, in the future, protect its interests through force. But they see its presence in Africa as a testing ground for a new kind of multilayered engagement around the world.";
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Paragraph paragraph = doc.Paragraphs[0];
        Reference sure = paragraph.References.Single(r => r.Sentence == 2);
        paragraph.References[paragraph.References.IndexOf(sure)] = new Reference
        {
            Start = sure.Start, End = sure.End, TokenStart = sure.TokenStart, TokenEnd = sure.TokenEnd, Sentence = sure.Sentence,
            Kind = sure.Kind, Entity = sure.Entity, Antecedent = sure.Antecedent, AntecedentParagraph = sure.AntecedentParagraph, Confidence = 0.6f,
        };

        List<CoMentionOccurrence> pairs = CoMentionExtractor.Extract(doc);

        Assert.That(pairs.Where(p => p.SentenceId == StoreIds.Sentence(paragraph, 2)), Is.Empty);
    }

    private static Document Processed(params string[] body)
    {
        Document doc = TestDocuments.Article("a.txt", 1, "Untitled note", body);
        TestEntities.Pipeline().Process(doc);
        return doc;
    }
}
