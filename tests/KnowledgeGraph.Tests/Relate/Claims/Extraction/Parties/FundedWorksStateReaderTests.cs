namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Works a funder pays for in a state its object names, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class FundedWorksStateReaderTests
{
    // Written: the state's demonym or possessive in the object of "financed" or "paid for" is where the money goes.
    [TestCase("China, which has financed a network of border posts on the Tajik side of the frontier since 2016, has tried to keep good relations with both neighbours.", "china FUNDS tajikistan")]
    [TestCase("He called for closer security cooperation with China, which has paid for a string of border posts on the Tajik side of the frontier.", "china FUNDS tajikistan")]
    [TestCase("Beijing, whose state banks financed much of Uzbekistan's existing rail network, has not committed money to the line.", "china FUNDS uzbekistan")]
    public void Read_StateInFundedObject_FunderFundsState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: past "against" the state is the other side, past "for" whom the works serve, not where the money goes.
    [TestCase("Russia financed the war against Ukrainian forces.", "^russia FUNDS ukraine")]
    [TestCase("Russian Deputy Prime Minister Alexei Overchuk visited Tashkent last month to open a branch of the Moscow Institute of Physics and Technology and said Russia would fund 1,000 additional university places for Uzbek students from September.", "^russia FUNDS uzbekistan")]
    public void Read_StateAfterStopWord_NoClaim(string sentence, string wrong)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Match(wrong));
    }
}
