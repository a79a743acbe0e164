namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A government body whose name writes its state, through the shipped pipeline on seed and VOA sentences.</summary>
[TestFixture]
internal sealed class StateNamedBodyReaderTests
{
    [Test]
    public void Read_DemonymInBodyName_PartOfState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The 2020 coup in Mali, which led to the eventual breakdown in relations between Paris and Bamako, was led by forces built up by the French army over the previous seven years under Opération Barkhane.");

        Assert.That(claims, Does.Contain("french-army PART_OF france"));
    }

    [Test]
    public void Read_StateNamedInAnotherSentence_PartOfState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Following the collapse of the Republic government, the level of activity at an official level has stayed similar, though changed to adapt to the new authorities who had long been in contact with China.",
            "The Chinese embassy in Kabul has avoided these negative stories, and instead championed positive ones – like the multi-modal train and truck route that was opened up between Afghanistan and Zhejiang.");

        Assert.That(claims, Does.Contain("chinese-embassy-kabul PART_OF china"));
    }

    [Test]
    public void Read_BodyNameBeforeTitle_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In a moment of nearly perfect public narrative, the death of al-Qaeda leader Ayman al-Zawahiri was almost entirely overshadowed by the visit of US House Speaker Nancy Pelosi to Taiwan.");

        Assert.That(claims, Does.Not.Contain("us-house-of-representatives PART_OF united-states"));
    }

    [Test]
    public void Read_BodyNameModifiesNoun_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Gen. Waldhauser described the Chinese military base at Doraleh as, “right outside our gates.” China denies it.");

        Assert.That(claims, Does.Not.Contain("peoples-liberation-army PART_OF china"));
    }

    [Test]
    public void Read_StateOwnedOrganisationWritingItsState_PartOfState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese Spring Festival Gala, broadcast on the state-owned China Central Television network to millions of households across China, is different.");

        Assert.That(claims, Does.Contain("cctv PART_OF china"));
    }
}
