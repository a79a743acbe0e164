namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Co-builders named after "with" a building verb and its project, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class CoBuilderReaderTests
{
    // Written: each party after "with" builds the project with the subject.
    [TestCase("Uzbekistan, which has hosted Muttaqi several times, is building the Trans-Afghan Railway with Kabul and Islamabad.", "afghanistan BUILDS_OR_OPERATES trans-afghan-railway")]
    [TestCase("Uzbekistan, which has hosted Muttaqi several times, is building the Trans-Afghan Railway with Kabul and Islamabad.", "pakistan BUILDS_OR_OPERATES trans-afghan-railway")]
    [TestCase("QazaqGaz operates the Kazakhstan-China oil pipeline with CNPC.", "cnpc BUILDS_OR_OPERATES kazakhstan-china-oil-pipeline")]
    [TestCase("The Taliban are developing the TAPI pipeline together with Turkmenistan.", "turkmenistan BUILDS_OR_OPERATES tapi-pipeline")]
    public void Read_BuildingVerbProjectWithParty_PartyBuildsProject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a demonym after "with" names money or labour, not a builder.
    [Test]
    public void Read_WithDemonymNoun_NoCoBuilder()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China built the Karakoram Highway with Pakistani labour.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES karakoram-highway"));
        Assert.That(claims, Has.None.Match("^pakistan BUILDS_OR_OPERATES"));
    }

    // Written: the project is the antecedent of the relative clause the building verb ends, the parties after "with" build it.
    [TestCase("Kyrgyz President Sadyr Japarov received Wang separately on Wednesday, and the two discussed the China-Kyrgyzstan-Uzbekistan railway, which Chinese state firms are building with Kyrgyz and Uzbek partners.", "kyrgyzstan BUILDS_OR_OPERATES china-kyrgyzstan-uzbekistan-railway")]
    [TestCase("Kyrgyz President Sadyr Japarov received Wang separately on Wednesday, and the two discussed the China-Kyrgyzstan-Uzbekistan railway, which Chinese state firms are building with Kyrgyz and Uzbek partners.", "uzbekistan BUILDS_OR_OPERATES china-kyrgyzstan-uzbekistan-railway")]
    [TestCase("Russia, which in July became the first country to recognise the Taliban government, has described the proposed Trans-Afghan railway as a possible eastern branch of the International North-South Transport Corridor, a trade route it is building with Iran and India.", "iran BUILDS_OR_OPERATES international-north-south-transport-corridor")]
    [TestCase("Russia, which in July became the first country to recognise the Taliban government, has described the proposed Trans-Afghan railway as a possible eastern branch of the International North-South Transport Corridor, a trade route it is building with Iran and India.", "india BUILDS_OR_OPERATES international-north-south-transport-corridor")]
    public void Read_RelativeClauseBuiltWithParty_PartyBuildsAntecedent(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: the party "with whom" the clause's subject develops a project builds it too.
    [Test]
    public void Read_WithWhomDevelopingProject_AntecedentBuildsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Ashgabat has generally avoided public disputes with the Taliban, with whom it is developing the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline and a power line to Herat.");

        Assert.That(claims, Does.Contain("taliban BUILDS_OR_OPERATES tapi-pipeline"));
    }
}
