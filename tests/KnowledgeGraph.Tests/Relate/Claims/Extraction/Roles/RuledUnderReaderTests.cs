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

}
