namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>The owners named after a company's apposed joint-venture noun, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class VentureOwnerReaderTests
{
    // Development text: each owner of the venture the apposition describes invests in the company, a possessive before an
    // owner only describing it and a demonym before an actor noun standing for its state.
    [TestCase("The line is run by Kazakhstan China Pipeline LLC, a 50-50 joint venture of KazMunayGas's pipeline unit KazTransOil and CNPC.", "cnpc INVESTS_IN kazakhstan-china-pipeline")]
    [TestCase("The largest creditors include Huaneng Shandong Ruyi (Pakistan) Energy, which operates the 1,320-megawatt coal plant at Sahiwal in Punjab province, and Port Qasim Electric Power Company, a joint venture of PowerChina and Qatar's Al-Mirqab Capital that runs a plant of the same size at Port Qasim in Karachi.", "powerchina INVESTS_IN port-qasim-electric-power-company")]
    [TestCase("Sindh Engro Coal Mining Company, a joint venture of the provincial government, Engro Corporation and Chinese investors, operates the neighbouring Block II and supplies the 660-megawatt Engro Powergen Thar plant, which was built by China Machinery Engineering Corporation.", "engro INVESTS_IN sindh-engro-coal-mining-company")]
    [TestCase("Sindh Engro Coal Mining Company, a joint venture of the provincial government, Engro Corporation and Chinese investors, operates the neighbouring Block II and supplies the 660-megawatt Engro Powergen Thar plant, which was built by China Machinery Engineering Corporation.", "china INVESTS_IN sindh-engro-coal-mining-company")]
    [TestCase("The 1,320-megawatt plant, commissioned in 2018, is operated by Port Qasim Electric Power Company, a joint venture between the state-owned Power Construction Corporation of China (PowerChina) and Qatar's Al Mirqab Capital.", "powerchina INVESTS_IN port-qasim-electric-power-company")]
    public void Read_ApposedJointVentureOfOwners_OwnersInvestInCompany(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development text: the state whose possessive describes an owner, and the owner's parent before its unit, own nothing here.
    [Test]
    public void Read_PossessiveBeforeOwner_PossessorOwnsNothing()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The line is run by Kazakhstan China Pipeline LLC, a 50-50 joint venture of KazMunayGas's pipeline unit KazTransOil and CNPC.");

        Assert.That(claims, Has.None.Match("^kazmunaygas INVESTS_IN"));
    }
}
