namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Debt relief as aid to the debtor, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class DebtReliefReaderTests
{
    // VOA dev (2018-09-06-china-debt-relief-africa.md:9): the debtor after "for some of", past a weekday between the
    // promise and its verb.
    [TestCase("Chinese President Xi Jinping promised Monday to cancel debt for some of Africa's least-developed countries.", "xi-jinping PROVIDES_AID_TO africa")]
    // Written wire-report lines: the debtor after "owed by" and "of", as a possessive, after the verb and before "from".
    [TestCase("China forgave $78 million in interest-free loans owed by Cameroon.", "china PROVIDES_AID_TO cameroon")]
    [TestCase("China has waived the debts of Ethiopia and Kenya.", "china PROVIDES_AID_TO kenya")]
    [TestCase("Beijing agreed to write off Pakistan's debt.", "china PROVIDES_AID_TO pakistan")]
    [TestCase("China exempted Ethiopia from interest-free loans that matured in 2018.", "china PROVIDES_AID_TO ethiopia")]
    public void Read_DebtRelieved_RelieverAidsDebtor(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a cancelled deal or contract relieves no debt; loans cancelled "to" a party are loans withheld, not forgiven.
    [TestCase("Pakistan cancelled the contracts of two Chinese firms.")]
    [TestCase("The World Bank cancelled its loans to Afghanistan after the Taliban takeover.")]
    public void Read_NoDebtRelieved_NoAid(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("PROVIDES_AID_TO"));
    }
}
