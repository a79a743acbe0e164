namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>What a nominal trigger's phrase is walked back over to its light verb, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class NounPhraseWalkerTests
{
    // Written development line (h66/a1): a sum with its conversion in brackets stands between the light verb and the noun.
    [Test]
    public void SkipAmount_BracketedConversionAfterSum_LightVerbSubjectGives()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"China will stand with the Afghan people in this difficult hour,\" Zhao said, adding that Beijing had pledged 50 million yuan ($6.9 million) in emergency assistance to Afghanistan through the China International Development Cooperation Agency (CIDCA).");

        Assert.That(claims, Does.Contain("china PROVIDES_AID_TO afghanistan"));
    }

    // Written development line (h52/a3): a percentage written with its sign stands between the light verb and the noun.
    [Test]
    public void SkipAmount_PercentSignAfterNumber_LightVerbSubjectInvests()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("GAIL holds a 5% stake in TAPI Pipeline Company Limited, the Turkmen-led consortium building the line, but it has not paid its share of the latest capital calls, according to two industry sources.");

        Assert.That(claims, Has.Some.Match("gail INVESTS_IN .*tapi-pipeline-company"));
    }
}
