namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A state under a person, through the shipped pipeline on a seed sentence.</summary>
[TestFixture]
internal sealed class RuledUnderReaderTests
{
    [Test]
    public void Read_StateUnderPerson_PersonLeads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia was worried about losing influence and markets that it had traditionally controlled, while Uzbekistan under Islam Karimov was a deeply inward-looking power, sceptical of Chinese and Russian initiatives.");

        Assert.That(claims, Does.Contain("islam-karimov LEADS uzbekistan"));
    }

    [Test]
    public void Read_PersonWhoseOfficesAreElsewhere_LeadsNoOtherState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Washington, which has stepped up counter-terrorism cooperation with Islamabad under President Donald Trump, has kept its distance from the corridor but is in talks with Pakistan over access to critical minerals in Balochistan.");

        Assert.That(claims, Does.Not.Contain("donald-trump LEADS pakistan"));
        Assert.That(claims, Does.Contain("donald-trump LEADS united-states"));
    }
}
