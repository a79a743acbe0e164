using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// A description of two after "between" and a noun no verb governs ("the deadliest fighting between the two countries'
/// forces") names the parties of that noun's relation, its clause's subject among them; after a verb ("brokered a
/// ceasefire between") it does not. On the shipped gazetteers and coreference.yaml, through the production pipeline.
/// </summary>
[TestFixture]
internal sealed class RelationPartiesTests
{
    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    // h46 a2: the fighting is between Afghanistan and Pakistan, the two the sentence names, not Iran of the paragraph before.
    [Test]
    public void Between_FightingBetweenTheTwoCountries_TheSentencesTwoWithTheSubject()
    {
        Document doc = Process(
            "Iran's ambassador to India, Iraj Elahi, who attended the session, said Tehran and Kabul had agreed to cut transit fees for Indian cargo bound for Afghanistan.",
            "Afghan trucks have been stranded since Pakistan shut the Torkham and Chaman crossings in October after the deadliest fighting between the two countries' forces in decades.");

        Reference? two = At(doc, 1, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "afghanistan", "pakistan" }));
    }

    // h40 a1: the trade is Kazakhstan's with China; the Kazakh president's country is no third party.
    [Test]
    public void Between_TradeBetweenAfterSaid_IncludesTheSubjectsCountry()
    {
        Document doc = Process(
            "Xi told the leaders that China and Central Asia had built \"a community with a shared future\" over three decades of cooperation. He announced 1.5 billion yuan ($209 million) in grants to the five countries this year for livelihood and development projects, according to a transcript carried by Xinhua, the state news agency.",
            "Kazakh President Kassym-Jomart Tokayev, who hosted the summit, called China \"a reliable friend and partner\" and said trade between the two countries had reached a record of more than $43 billion last year.");

        Reference? two = At(doc, 1, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "kazakhstan", "china" }));
    }

    // h40 a2: Qatar and Turkey brokered the ceasefire; they are not the two governments it was between.
    [Test]
    public void Between_VerbBeforeTheNoun_LeavesTheSubjectOut()
    {
        Document doc = Process(
            "Dozens of soldiers and civilians were killed on both sides before Qatar and Turkey brokered a ceasefire between the two governments in Doha.");

        Reference? two = At(doc, 0, "the two governments");
        Assert.That(two is null || !Meant(two).Contains("qatar"), Is.True);
    }
}
