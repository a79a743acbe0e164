using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>What a facility named by its owner's description states, through the shipped pipeline on VOA dev lines.</summary>
[TestFixture]
internal sealed class OwnedFacilityReaderTests
{
    [Test]
    public void Read_PossessiveDescriptionInNamedPlace_OwnerRunsItAndItIsThere()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("U.S. intelligence warned this past September (2017) that Beijing's first overseas military base, at Doraleh, in the east African nation of Djibouti, was likely to be the first of many.");

        Assert.That(claims, Has.Some.EqualTo("china BUILDS_OR_OPERATES djibouti-base"));
        Assert.That(claims, Has.Some.EqualTo("djibouti-base BASED_IN djibouti"));
    }

    [Test]
    public void Read_PlaceBeforeWhereClause_BaseBasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He focused on Chinese involvement in Djibouti, where Beijing has built its first overseas military base, and Zambia, where rumors have swirled since September that unsustainable debt will force the mineral-rich country to hand its state-owned power company, ZESCO, over to China.");

        Assert.That(claims, Has.Some.EqualTo("china BUILDS_OR_OPERATES djibouti-base"));
        Assert.That(claims, Has.Some.EqualTo("djibouti-base BASED_IN djibouti"));
    }

    [Test]
    public void Read_NegationOutsideTheDescription_ClaimsNotNegated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "In its response, China did not explain why the U.S. claims are untrue or directly deny that they have employed lasers in Djibouti, where China recently opened a new logistics and military base.");

        List<Claim> claims = [.. doc.Paragraphs.SelectMany(p => p.Claims).Where(c => c.Object.Id == "djibouti-base" || c.Subject.Id == "djibouti-base")];
        Assert.That(claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id} {c.Negated}"),
            Is.EquivalentTo(new[] { "china BUILDS_OR_OPERATES djibouti-base False", "djibouti-base BASED_IN djibouti False" }));
    }
}
