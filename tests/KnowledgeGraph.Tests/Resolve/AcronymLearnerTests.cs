using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve;

[TestFixture]
internal sealed class AcronymLearnerTests
{
    [Test]
    public void Process_ParenthesisedAcronym_IsLearnedWithEvidenceAndApplied()
    {
        var doc = Docs.Extract(
            "In Afghanistan, the Islamic State of Khorasan Province (ISKP) has put out far more anti-Chinese propaganda than any other organization.",
            "While China’s mistreatment of Uyghurs is a topic that ISKP has highlighted, the group rarely attacks Chinese targets.");
        LearnedAlias learned = doc.LearnedAliases.Single();
        Assert.Multiple(() =>
        {
            Assert.That((learned.EntityId, learned.Alias), Is.EqualTo(("iskp", "ISKP")));
            Assert.That(doc.Paragraphs[0].Text[learned.Start..learned.End], Is.EqualTo("Islamic State of Khorasan Province (ISKP)"));
            Assert.That(learned.Location, Is.EqualTo(new SourceLocation("test.txt", 1)));
            Assert.That(Docs.Mentions(doc), Does.Contain("ISKP→iskp:learned"));
            Assert.That(doc.Paragraphs[1].Mentions.Count(m => m.Entity.Id == "iskp" && m.Kind == MentionKind.Learned), Is.EqualTo(1));
        });
    }

    [Test]
    public void Process_AppositiveAcronym_IsLearned()
    {
        var doc = Docs.Extract("…the links between Uyghur militants and the Taliban (something the U.S. government had sought to break by delisting the East Turkestan Islamic Movement, ETIM, as a terrorist organization in November 2020).");
        Assert.That(doc.LearnedAliases.Select(a => (a.EntityId, a.Alias)), Is.EqualTo(new[] { ("turkestan-islamic-party", "ETIM") }));
        Assert.That(Docs.Mentions(doc), Does.Contain("ETIM→turkestan-islamic-party:learned"));
    }

    [Test]
    public void Process_UndefinedAcronymSpellingANameOfTheArticle_IsThatName()
    {
        var doc = Docs.Extract(
            "Kenyan authorities have arrested seven officials for bribing investigators looking into corruption tied to the Standard Gauge Railway, a newspaper reported Sunday.",
            "The more than $3 billion SGR launched in May 2017 amid much fanfare, but has been tarnished by allegations of corruption and racism.");
        Mention sgr = doc.Paragraphs[1].Mentions.Single(m => doc.Paragraphs[1].Normalised[m.Start..m.End] == "SGR");
        Assert.That((sgr.Entity.Name, sgr.Kind), Is.EqualTo(("Standard Gauge Railway", MentionKind.Learned)));
    }

    [Test]
    public void Process_UndefinedAcronymOfNoNameInTheArticle_StaysUnlinked()
    {
        var doc = Docs.Extract("The more than $3 billion SGR launched in May 2017 amid much fanfare, but has been tarnished by allegations of corruption and racism.");
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Kind == MentionKind.Learned), Is.Empty);
    }

    [Test]
    public void Process_ParenthesisedYear_IsNotAnAcronym()
    {
        var doc = Docs.Extract("Islamic State Khorasan (2015) grew quickly.");
        Assert.That(doc.LearnedAliases, Is.Empty);
    }

    [TestCase("ISKP", "Islamic State of Khorasan Province", true)]
    [TestCase("ETIM", "East Turkestan Islamic Movement", true)]
    [TestCase("IS-K", "Islamic State Khorasan", true)]
    [TestCase("CPEC", "China-Pakistan EconomicCorridor", true)]
    [TestCase("NATO", "Islamic State Khorasan", false)]
    public void Abbreviates_Initials_MatchInOrder(string acronym, string name, bool expected)
    {
        Assert.That(AcronymDefinition.Abbreviates(acronym, name), Is.EqualTo(expected));
    }
}
