namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>The project works named by common nouns are built or paid for under, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ProgrammeObjectTests
{
    // tests/eval/written/h30/a1.md:24 (a list of works after "building", the project after "under")
    [Test]
    public void Find_ListOfWorksUnderProject_BuildsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese companies are building roads, power plants and a port under the China-Pakistan Economic Corridor, the flagship of President Xi Jinping's Belt and Road Initiative, and Pakistan's army has raised a Special Security Division to guard them.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES china-pakistan-economic-corridor"));
    }

    // tests/eval/written/h56/a1.md:35 (a relative clause: the place the works stand in before "under"; no state is built)
    [Test]
    public void Find_WorksBuiltInPlaceUnderProject_BuildsProjectNotPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Officials in Kabul say the park is modelled on the special economic zones China has built in Pakistan under the China-Pakistan Economic Corridor, the flagship of Xi Jinping's Belt and Road Initiative.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES china-pakistan-economic-corridor"));
        Assert.That(claims, Has.None.Match("BUILDS_OR_OPERATES pakistan"));
    }

    // tests/eval/written/h55/a3.md:18 (a sum "of" works after "financed", an approximation before it)
    [Test]
    public void Find_SumOfWorksUnderProject_FundsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China has financed about $21 billion of power projects under the China-Pakistan Economic Corridor, most of it through loans from China Development Bank and the Export-Import Bank of China insured by Sinosure.");

        Assert.That(claims, Does.Contain("china FUNDS china-pakistan-economic-corridor"));
    }

    // tests/eval/written/h52/a2.md:14 (a name among the works is what is financed; the project after "under" is not)
    [Test]
    public void Find_NamedWorkBeforeUnder_FundsNamedWorkOnly()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China is already Pakistan's largest bilateral lender and has financed power plants, motorways and the port of Gwadar under CPEC.");

        Assert.That(claims, Does.Contain("china FUNDS gwadar-port"));
        Assert.That(claims, Has.None.Match("FUNDS china-pakistan-economic-corridor"));
    }
}
