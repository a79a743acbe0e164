using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise.Ner;

/// <summary>The shipped model's recogniser inside the pipeline: model-only names become typed discovered entities; curated matches win.</summary>
[TestFixture]
internal sealed class LearnedRecogniserTests
{
    [Test]
    public void Process_UnknownScholarQuotedByName_IsDiscoveredPersonWithCalibratedConfidence()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Beijing wants to help African nations develop, said Deborah Brautigam, who directs research on China and Africa.");
        Mention person = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Deborah Brautigam");
        Assert.That(person.Entity.Type, Is.EqualTo(EntityType.Person));
        Assert.That(person.Kind, Is.EqualTo(MentionKind.Discovered));
        Assert.That(person.Confidence, Is.InRange(0.5f, 1f));
    }

    [Test]
    public void Process_CuratedNames_StayCurated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Chinese Foreign Minister Wang Yi met Pakistan's army chief in Islamabad.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Contain("wang-yi").And.Contain("islamabad"));
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.IsDiscovered).Select(m => m.Entity.Name), Has.None.Contains("Wang"));
    }

    [TestCase("You could say that Iranian attacks on water treatment plants in Israelh are a potential attack by a nation-state designed to instill terror.", "Israelh")]
    [TestCase("In the wake of the COVID-19 pandemic, what is your assessment of the CBRN terror threat?", "CBRN")]
    public void Process_GluedFootnoteLetterOrAttributiveAcronym_IsNoNewName(string sentence, string word)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.IsDiscovered).Select(m => m.Entity.Name), Has.None.EqualTo(word));
    }
}
