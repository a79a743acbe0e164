namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Verbs of receiving that turn a money or support noun round, through the shipped pipeline on seed and VOA dev sentences.</summary>
[TestFixture]
internal sealed class RecipientReaderTests
{
    [Test]
    public void Read_ReceivingVerbAndDemonymNoun_DemonymInvestsInSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The other Central Asian powers engaged in the SCO were more welcoming of Chinese economic engagement – Kazakhstan embraced Chinese investment, while traditional aid recipient countries Kyrgyzstan and Tajikistan saw Beijing as simply another source of much-needed aid and investment.");

        Assert.That(claims, Does.Contain("china INVESTS_IN kazakhstan"));
    }

    [Test]
    public void Read_ReceivingSubjectIsNoName_NoAidClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In other cases, nations that accept Chinese assistance have been asked to ban visits from the Dalai Lama, whom Beijing considers a subversive force working to promote Tibetan independence.");

        Assert.That(claims, Has.None.Match("PROVIDES_AID_TO"));
    }
}
