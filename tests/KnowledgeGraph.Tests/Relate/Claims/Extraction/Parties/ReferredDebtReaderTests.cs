namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A lender's share of a debt whose borrower is "its" or "the country's", through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ReferredDebtReaderTests
{
    // Development text: the borrower is the country named before the share that is not the lender; a lender after
    // "much of it owed to" lends to it too.
    [TestCase("China is Kyrgyzstan's largest trading partner and holds more than a third of its external debt, much of it owed to the Export-Import Bank of China for roads and power lines built over the past 15 years.", "china FUNDS kyrgyzstan")]
    [TestCase("China is Kyrgyzstan's largest trading partner and holds more than a third of its external debt, much of it owed to the Export-Import Bank of China for roads and power lines built over the past 15 years.", "export-import-bank-of-china FUNDS kyrgyzstan")]
    [TestCase("China's state lenders had until now stayed out of the dam itself, although Chinese companies have built roads, tunnels and power lines across Tajikistan and Beijing holds about a third of the country's external debt.", "china FUNDS tajikistan")]
    [TestCase("China is also Tajikistan's largest creditor, holding about a third of the country's external debt, much of it owed to the Export-Import Bank of China.", "export-import-bank-of-china FUNDS tajikistan")]
    [TestCase("Beijing is already Kyrgyzstan's largest creditor, holding about 40 percent of the country's $6.4 billion external debt, most of it owed to the Export-Import Bank of China for roads and power projects built by Chinese firms.", "export-import-bank-of-china FUNDS kyrgyzstan")]
    public void Read_ShareOfReferredDebt_LenderFundsBorrower(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development text: a demonym is never the borrower "the country's" refers to.
    [Test]
    public void Read_DemonymBeforeShare_NotBorrower()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China's state lenders had until now stayed out of the dam itself, although Chinese companies have built roads, tunnels and power lines across Tajikistan and Beijing holds about a third of the country's external debt.");

        Assert.That(claims, Has.None.Match("FUNDS china$"));
    }
}
