namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A state-owned company described without its name, resolved to a company whose name writes its state, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class DescribedStateCompanyReaderTests
{
    // Development text (h48): "The state-owned company" is CNPC, whose name writes China, a state the article names.
    [Test]
    public void Read_StateOwnedDescriptionOfCompanyNamingItsState_PartOfState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Guo Jiakun, a spokesman for China's foreign ministry, told a regular briefing on Monday that Beijing \"firmly supports\" Kyrgyzstan and Tajikistan in settling their differences through friendly consultation. He did not mention the pipeline.",
            "China National Petroleum Corp (CNPC), which built and runs the three existing lines of the system, is ready to resume work on Line D once the transit countries agree on tariffs, according to a person familiar with the talks. The state-owned company has not commented publicly.");

        Assert.That(claims, Does.Contain("cnpc PART_OF china"));
    }

    // Development text (h48), with "The company" for "The state-owned company": a description without a state-owned word states no owner.
    [Test]
    public void Read_DescriptionWithoutStateOwnedWord_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Guo Jiakun, a spokesman for China's foreign ministry, told a regular briefing on Monday that Beijing \"firmly supports\" Kyrgyzstan and Tajikistan in settling their differences through friendly consultation. He did not mention the pipeline.",
            "China National Petroleum Corp (CNPC), which built and runs the three existing lines of the system, is ready to resume work on Line D once the transit countries agree on tariffs, according to a person familiar with the talks. The company has not commented publicly.");

        Assert.That(claims, Does.Not.Contain("cnpc PART_OF china"));
    }
}
