using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// Two mentions of one discovered name are one antecedent, not two rivals, on the shipped gazetteers and
/// coreference.yaml, through the production pipeline (each line one paragraph).
/// </summary>
[TestFixture]
internal sealed class SameEntityTests
{
    // GUM biography of Daniel Bernoulli (relation model training text), two paragraphs: "Daniel" is discovered anew at each
    // mention; "He later gave in" continues the subject of the sentence before, and the pronouns of the next paragraph
    // stay with Daniel, not with Leonhard Euler.
    private const string Schooling = "Around schooling age, his father, Johann, encouraged him to study business, there being poor rewards awaiting a mathematician. However, Daniel refused, because he wanted to study mathematics. He later gave in to his father's wish and studied business. His father then asked him to study in medicine, and Daniel agreed under the condition that his father would teach him mathematics privately, which they continued for some time. Daniel studied medicine at Basel, Heidelberg, and Strasbourg, and earned a PhD in anatomy and botany in 1721.";
    private const string StPetersburg = "He was a contemporary and close friend of Leonhard Euler. He went to St. Petersburg in 1724 as professor of mathematics, but was very unhappy there, and a temporary illness in 1733 gave him an excuse for leaving St. Petersburg. He returned to the University of Basel, where he successively held the chairs of medicine, metaphysics, and natural philosophy until his death.";

    [Test]
    public void Process_PronounsAfterRepeatedDiscoveredPerson_StayWithThatPerson()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Schooling, StPetersburg);
        Paragraph schooling = doc.Paragraphs[0];
        Paragraph later = doc.Paragraphs[1];
        Reference? gaveIn = schooling.References.FirstOrDefault(r => r.Start == schooling.Text.IndexOf("He later", StringComparison.Ordinal));
        Reference? returned = later.References.FirstOrDefault(r => r.Start == later.Text.IndexOf("He returned", StringComparison.Ordinal));
        Reference? held = later.References.FirstOrDefault(r => r.Start == later.Text.IndexOf("he successively", StringComparison.Ordinal));

        Assert.That(gaveIn?.Entity.Id, Is.EqualTo("d:person:daniel"));
        Assert.That(gaveIn!.IsSure, Is.True);
        Assert.That(returned?.Entity.Id, Is.EqualTo("d:person:daniel"));
        Assert.That(held?.Entity.Id, Is.Not.EqualTo("d:person:leonhard-euler"));
    }
}
