namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>A verb trigger written with "that" whose object is the party its that-clause is about, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ClauseObjectReaderTests
{
    // Wire reports (the forty-first, forty-sixth and fifty-third development sets): complaining that a party (its
    // possessive, a name inside a compound, coordinated names after "in") does something criticises it; a list after the
    // complainers ("Russian officials, including …,") does not hide them.
    [TestCase("Chinese officials have privately complained that Pakistan's security forces are stretched thin and that police escorts are poorly trained, according to two diplomats in Islamabad.", "china CRITICIZES pakistan")]
    [TestCase("Tehran has complained that a second Taliban-backed dam on the Harirud, at Pashdan, will starve the holy city of Mashhad of water.", "iran CRITICIZES taliban")]
    [TestCase("Russian officials, including Industry and Trade Minister Anton Alikhanov, have complained that assembly plants in Uzbekistan and Kazakhstan serve as a back door for Chinese brands, a charge Tashkent rejects.", "russia CRITICIZES uzbekistan")]
    [TestCase("Russian officials, including Industry and Trade Minister Anton Alikhanov, have complained that assembly plants in Uzbekistan and Kazakhstan serve as a back door for Chinese brands, a charge Tashkent rejects.", "russia CRITICIZES kazakhstan")]
    public void Read_ComplainedThatClause_ComplainerCriticizesClauseParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written (the forty-fifth development set): a demonym before a noun that names no actor ("Chinese cargo") is no
    // party of the clause, and the complainer's own state further on is none either.
    [Test]
    public void Read_DemonymBeforeGoods_NoClaim()
    {
        Assert.That(ShippedClaims.Of("Kyrgyz officials have complained that the new road could divert Chinese cargo from Kyrgyzstan's Irkeshtam crossing, the busiest link between Kashgar and Central Asia."),
            Has.None.Contains("CRITICIZES"));
    }
}
