using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// A description of two after a preposition whose noun phrase a name possesses ("India's disputed borders with both
/// neighbours") leaves the possessor out, on the shipped gazetteers and coreference.yaml, through the production pipeline.
/// </summary>
[TestFixture]
internal sealed class RelationPossessorTests
{
    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    // h36 a3: India possesses the borders "with both neighbours", which are China and Pakistan.
    [Test]
    public void Find_BothNeighboursAfterPossessedNoun_NotThePossessor()
    {
        Document doc = Process(
            "NEW DELHI, February 12 (Reuters) - India will spend an extra 180 billion rupees ($2 billion) on air defence systems and long-range missiles in the coming year, Defence Minister Rajnath Singh said on Thursday, citing what he called growing military \"collusion\" between China and Pakistan.",
            "Addressing parliament, Singh said Pakistan had relied on Chinese satellite data and on Chinese-made jets, drones and missiles during four days of fighting with India last May, and he accused Beijing of treating the conflict as a \"live laboratory\" for its weapons.",
            "\"We no longer face two fronts, we face one front with two faces,\" he told lawmakers, referring to India's disputed borders with both neighbours.");

        Reference? both = At(doc, 2, "both neighbours");
        Assert.That(both, Is.Not.Null);
        Assert.That(Meant(both!), Is.EquivalentTo(new[] { "china", "pakistan" }));
    }
}
