using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Building;

/// <summary>The capital a destination names where the resolver read its state, through the shipped pipeline on development sentences.</summary>
[TestFixture]
internal sealed class DestinationPlacesTests
{
    // h42/a3.md (a development article): the second of two coordinated capitals, read as its state, is the city visited.
    [Test]
    public void Place_CoordinatedCapitalReadAsState_City()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Special envoy Yue Xiaoyong visited Kabul and Islamabad in December, and Foreign Minister Wang Yi urged both governments to show restraint in a phone call with Amir Khan Muttaqi, the Taliban's foreign minister, according to Chinese state media.");

        Assert.That(claims, Does.Contain("yue-xiaoyong VISITS islamabad").And.Contain("yue-xiaoyong VISITS kabul").And.Not.Contain("yue-xiaoyong VISITS pakistan"));
    }

    // h38/a3.md: a demonym before "capital" names the capital the minister visited, not the state.
    [Test]
    public void Place_DemonymCapital_City()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kyrgyzstan removed the Taliban from its list of banned organisations in 2024 and has since expanded trade with Kabul, and its foreign minister, Jeenbek Kulubaev, visited the Afghan capital in October.");

        Assert.That(claims, Does.Contain("jeenbek-kulubaev VISITS kabul").And.Not.Contain("jeenbek-kulubaev VISITS afghanistan"));
    }

    // h46/a1.md: the same for a delegation's destination.
    [Test]
    public void Place_DelegationToDemonymCapital_City()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The talks are due to resume in Tehran in June, when Mansoor is expected to lead a Taliban delegation to the Iranian capital, Iran's embassy in Kabul said on Tuesday.");

        Assert.That(claims, Does.Contain("taliban VISITS tehran").And.Not.Contain("taliban VISITS iran"));
    }

    // seeds/000:746: between states, outside a destination, a capital is still its country.
    [Test]
    public void Place_CapitalOutsideDestination_Unchanged()
    {
        Assert.That(ShippedClaims.Of("Some are concerned about Beijing’s closeness to Islamabad."), Does.Contain("china ALLIED_WITH pakistan"));
    }
}
