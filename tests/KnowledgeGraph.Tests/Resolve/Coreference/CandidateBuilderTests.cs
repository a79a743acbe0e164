using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// Names a sentence casts as no party to a relation between two, a route ("via Pakistan") or a mediator ("Qatar and
/// Turkey mediated a ceasefire"), are no antecedents of a description of two ("the two countries"). On the shipped
/// gazetteers and coreference.yaml, through the production pipeline.
/// </summary>
[TestFixture]
internal sealed class CandidateBuilderTests
{
    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    // h39 a3: the goods travel via Pakistan; the two countries whose border is in the Wakhan are China and Afghanistan.
    [Test]
    public void Add_CountryAfterVia_IsNoneOfTheTwoCountries()
    {
        Document doc = Process(
            "China's trade with Afghanistan reached about $1.6 billion last year, Chinese customs data show, with Afghan pine nuts and Chinese textiles and electronics making up much of it. Most goods travel via Pakistan, since the two countries' 92-km border in the Wakhan Corridor has no commercial road crossing.");

        Reference? two = At(doc, 0, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "china", "afghanistan" }));
    }

    // h61 a2: Qatar and Turkey mediated the ceasefire; the two countries that held talks since are Pakistan and Afghanistan.
    [Test]
    public void Add_PairThatMediated_IsNotTheTwoCountriesOfTheNextSentence()
    {
        Document doc = Process(
            "Pakistan's push for the road comes despite deep mistrust of the Taliban government, which Islamabad blames for a surge in TTP attacks on Pakistani security forces. The TTP, a separate militant group allied with the Afghan Taliban, is led by Noor Wali Mehsud, who Pakistan says lives in Afghanistan under Taliban protection.",
            "Clashes along the Afghanistan-Pakistan border in October 2025 killed dozens of soldiers on both sides and shut crossings for weeks, until Qatar and Turkey mediated a ceasefire in Doha. The two countries have since held several rounds of talks in Istanbul without reaching a lasting settlement.");

        Reference? two = At(doc, 1, "The two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "afghanistan", "pakistan" }));
    }

    // h61 a2: the claim the sentence states is between the two parties, not between the mediators.
    [Test]
    public void Add_PairThatMediated_TalksClaimNamesTheParties()
    {
        Document doc = Process(
            "Clashes along the Afghanistan-Pakistan border in October 2025 killed dozens of soldiers on both sides and shut crossings for weeks, until Qatar and Turkey mediated a ceasefire in Doha. The two countries have since held several rounds of talks in Istanbul without reaching a lasting settlement.");

        IReadOnlyList<string> claims = ShippedClaims.In(doc);
        Assert.That(claims.Any(c => c is "afghanistan NEGOTIATES_WITH pakistan" or "pakistan NEGOTIATES_WITH afghanistan"), Is.True);
        Assert.That(claims.Any(c => c is "qatar NEGOTIATES_WITH turkey" or "turkey NEGOTIATES_WITH qatar"), Is.False);
    }
}
