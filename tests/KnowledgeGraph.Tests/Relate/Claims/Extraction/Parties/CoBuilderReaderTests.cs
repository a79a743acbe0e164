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
}
