namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Role nouns (trade partner, investor) relating the role-holder to the role's owner, through the shipped pipeline on VOA dev and seed sentences.</summary>
[TestFixture]
internal sealed class PartnerReaderTests
{
    [Test]
    public void Read_CopulaCoordinatedRolesWithOwner_BothPredicates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China is a major trade partner and investor in Africa, and many countries are encouraging their citizens to learn what is considered by many to be the language of the future.");

        Assert.That(claims, Has.Some.Match("africa TRADES_WITH china"));
        Assert.That(claims, Has.Some.Match("china INVESTS_IN africa"));
    }

    [Test]
    public void Read_PossessedRoleBeforeHolder_HolderRelatesToPossessor()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban remain a frustrating partner, while Pakistan continues to be a source of concern that struggles with security at home while cozying up toChina’s adversary the United States.");

        Assert.That(claims, Does.Contain("china COMPETES_WITH united-states"));
        Assert.That(claims, Has.None.Match("pakistan COMPETES_WITH"));
    }

    [Test]
    public void Read_PossessedRoleBeforeCommaAndHolder_HolderRelatesToPossessor()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Much of the recent, heated debate surrounding Zimbabwe's coming elections centers on the nation's largest foreign investor, China — and analysts say the conversation is distracting from the real election issue: Zimbabwe's failing economy.");

        Assert.That(claims, Does.Contain("china INVESTS_IN zimbabwe"));
    }

    [Test]
    public void Read_RoleOfMembersNamedOnlyAsQualifier_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Now, China is the world’s second-largest economy and a crucial trading partner for all SCO member states.");

        Assert.That(claims, Has.None.Match("TRADES_WITH"));
    }

    [Test]
    public void Read_PossessorOwnsRoleAndApposedNameHoldsIt_HolderSupportsOwner()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Not only did Beijing now share a border with a country ruled by a group considered a terrorist pariah by much of the world, but China was also the closest strategic ally of the Taliban’s principal supporter in the international arena, Pakistan.");

        Assert.That(claims, Does.Contain("pakistan SUPPORTS taliban"));
    }

    [Test]
    public void Read_PartnerWithAdverbBeforeOwner_Cooperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China had long been a frustrating partner economically for the Afghan Republic.");

        Assert.That(claims, Has.Some.Match("afghan-republic COOPERATES_WITH china"));
    }

    [Test]
    public void Read_NamedExamplesOfPluralRole_HoldItTowardsTheDemonym()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Even supposed Western allies like India and Turkey see value in showing up for the meetings to soak in a non-Western-led order that they can appreciate being involved in.");

        Assert.That(claims, Has.Some.Match("india ALLIED_WITH the-west"));
        Assert.That(claims, Has.Some.Match("the-west ALLIED_WITH turkey"));
    }

    [Test]
    public void Read_PluralRoleWithoutExamples_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("As the US and its Western partners push sanctions on Chinese firms, this will complicate the latter’s viability and the operating spaces they are in.");

        Assert.That(claims, Has.None.Match("COOPERATES_WITH"));
    }
}
