namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A person who takes power leads the one state the sentence names, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PowerTakingReaderTests
{
    // CIA World Factbook, Central African Republic, Kenya and Brazil (relation training set).
    [TestCase("CAR’s political history has since been marred by a series of coups, the first of which brought Jean-Bedel Bokassa to power in 1966.", "d:person:jean-bedel-bokassa LEADS central-african-republic")]
    [TestCase("Jomo Kenyatta, the founding president and an icon of the liberation struggle, led Kenya from independence in 1963 until his death in 1978, when Vice President Daniel Arap Moi took power in a constitutional succession.", "d:person:daniel-arap-moi LEADS kenya")]
    [TestCase("Brazilian coffee exporters politically dominated the country until populist leader Getúlio Vargas rose to power in 1930.", "d:person:getúlio-vargas LEADS brazil")]
    public void Read_PersonTakesPower_LeadsTheOneStateNamed(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // A written line: with two states named, which one the person took power in is not read.
    [Test]
    public void Read_TwoStatesNamed_NoLeads()
    {
        Assert.That(ShippedClaims.Of("Assimi Goita seized power in Mali with help from Russia."), Has.None.Contains("LEADS"));
    }
}
