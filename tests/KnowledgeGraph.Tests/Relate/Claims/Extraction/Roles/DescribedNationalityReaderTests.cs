namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A company described by its country's demonym, resolved to the company named before, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class DescribedNationalityReaderTests
{
    // Development text (h39): "The Kazakh company" is the state railway company named in the paragraph before.
    [Test]
    public void Read_DemonymCompanyResolvedToCompany_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Further north, at Khorgos on the Chinese-Kazakh border, container volumes at the Khorgos Gateway dry port rose about a quarter last year, Kazakhstan's state railway company Kazakhstan Temir Zholy said. KTZ owns 51 percent of the dry port, in which COSCO Shipping and the port of Lianyungang hold the rest.",
            "The Kazakh company is building a second track to the crossing with Chinese financing, and President Kassym-Jomart Tokayev has said he wants transit freight through his country to triple by 2030.");

        Assert.That(claims, Does.Contain("kazakhstan-temir-zholy BASED_IN kazakhstan"));
    }

    // Development text (h70): an apposition keeps its demonym for the claim rules, which read the state-owned company as
    // part of India.
    [Test]
    public void Read_DemonymCompanyInApposition_LeftToNameRules()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("India Ports Global Limited (IPGL), the Indian state-owned company that has operated a terminal at Chabahar since 2018, signed a 10-year agreement with Iran's Ports and Maritime Organization in May 2024 to equip and run it.");

        Assert.That(claims, Does.Contain("india-ports-global PART_OF india"));
    }

    // Seed text: "the Kazakh company" is Kazakhtelecom, whose name writes Kazakhstan, not ZTE, the sentence's subject.
    [Test]
    public void Read_DemonymCompanyWithTwoCompaniesBefore_CompanyWhoseNameWritesTheCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("By 2002, ZTE was installing a wireless telephone system for Kazakhtelecom, while the Kazakh company chose to use Chinese cables to upgrade its Europe–China internet cabling systems.");

        Assert.Multiple(() =>
        {
            Assert.That(claims, Does.Contain("kazakhtelecom BASED_IN kazakhstan"));
            Assert.That(claims, Does.Not.Contain("zte BASED_IN kazakhstan"));
        });
    }
}
