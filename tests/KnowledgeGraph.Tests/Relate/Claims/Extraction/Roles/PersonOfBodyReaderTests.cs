namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A person named with their body after "of", through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PersonOfBodyReaderTests
{
    // GUM interview_cocktail (a training document): a body after "of" employs the person.
    [Test]
    public void Read_PersonOfOrganisation_HoldsRoleIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Troy Patterson of Slate Magazine ventured over to Pacific Standard to sample the new santorum cocktail at the bar.");

        Assert.That(claims, Does.Contain("d:person:troy-patterson HOLDS_ROLE_IN d:organisation:slate-magazine"));
    }

    // CIA World Factbook, Sri Lanka (relation training set): a party after "of" has the person as a member.
    [Test]
    public void Read_PersonOfParty_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In 2015, a new coalition government headed by President Maithripala Sirisena of the Sri Lanka Freedom Party and Prime Minister Ranil Wickremesinghe of the United National Party came to power with pledges to advance economic, political, and judicial reforms.");

        Assert.That(claims, Does.Contain("d:person:maithripala-sirisena MEMBER_OF d:organisation:sri-lanka-freedom-party")
            .And.Contain("d:person:ranil-wickremesinghe MEMBER_OF d:organisation:united-national-party"));
    }

    // GUM bio_enfant (a training document): a country after "of" is no body the person works in.
    [Test]
    public void Read_PersonOfCountry_NoRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("L'Enfant was born in Paris, France on August 2, 1754, the third child and second son of Pierre L'Enfant (1704 – 1787), a painter with a good reputation in the service of King Louis XV of France, (1710 - 1774, reigned 1715 - 1774), and Marie L'Enfant, the daughter of a minor official at court.");

        Assert.That(claims, Has.None.Contains("HOLDS_ROLE_IN").And.None.Contains("MEMBER_OF"));
    }
}
