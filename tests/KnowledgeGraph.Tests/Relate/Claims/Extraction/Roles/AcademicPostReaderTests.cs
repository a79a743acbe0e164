namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A person's relative clause of academic work at an organisation, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AcademicPostReaderTests
{
    // h29/a3.md (a development article): who studies a field at a university holds a role in it.
    [Test]
    public void Read_WhoStudiesFieldAtUniversity_HoldsRoleIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"China treats Afghanistan as a security buffer first and a market second,\" said Chen Haoran, who studies South Asia at Renmin University in Beijing.");

        Assert.That(claims, Does.Contain("d:person:chen-haoran HOLDS_ROLE_IN renmin-university"));
    }

    // Written line after the h29/a3.md sentence: who once studied at a university was its student, not its scholar.
    [Test]
    public void Read_WhoStudiedAtUniversity_NoRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"China treats Afghanistan as a security buffer first,\" said Chen Haoran, who studied engineering at Renmin University in Beijing.");

        Assert.That(claims, Has.None.Contains("HOLDS_ROLE_IN renmin-university"));
    }
}
