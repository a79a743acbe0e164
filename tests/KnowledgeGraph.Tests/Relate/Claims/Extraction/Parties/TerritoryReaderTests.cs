namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Ground taken from a party or lost to one states an attack on its holder, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class TerritoryReaderTests
{
    // CIA World Factbook, Nauru, Jordan and Syria (relation training set).
    [TestCase("Australian forces captured Nauru from Germany during World War I, and in 1919, it was placed under a joint Australian-British-New Zealand mandate with Australian administration.", "australia ATTACKS germany")]
    [TestCase("In 1967, Jordan lost the West Bank and East Jerusalem to Israel in the Six-Day War but retained administrative claims to the West Bank until 1988, when King Hussein permanently relinquished Jordanian claims to the West Bank in favor of the Palestine Liberation Organization (Plo).", "israel ATTACKS jordan")]
    [TestCase("In the 1967 Arab-Israeli War, Syria lost control of the Golan Heights region to Israel.", "israel ATTACKS syria")]
    // A written line on the project's subject: the holder after "from" is a demonym's forces.
    [TestCase("The Taliban captured Kunduz from Afghan forces in 2015.", "taliban ATTACKS afghanistan")]
    public void Read_GroundTakenOrLost_HolderAttacked(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines in the manner of coalition press releases (no corpus sentence drives a party out of a named place):
    // the party driven out, or the holder a place is liberated from, is attacked; the place liberated is not.
    [TestCase("The Iraqi Security Forces drove ISIL out of Ramadi in December 2015.", "iraqi-security-forces ATTACKS islamic-state")]
    [TestCase("Iraqi forces pushed ISIL from eastern Mosul.", "iraq ATTACKS islamic-state")]
    [TestCase("Iraqi forces liberated Mosul from ISIL in July 2017.", "iraq ATTACKS islamic-state")]
    public void Read_PartyDrivenOutOrLiberatedFrom_Attacked(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.EndsWith("ATTACKS mosul"));
    }

    // English Wikipedia (GUM, Paris Hilton) and Wikinews (GUM, the World Cup): a fortune or a match lost to a party is no
    // ground.
    [TestCase("Her mother had spoken out against Scientology on French television after her ex-husband and Paris's father, Albert Jaquier, committed suicide after he lost his fortune to Scientology.", "d:organisation:scientology ATTACKS")]
    [TestCase("Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England, with a late goal from English captain Harry Kane.", "england ATTACKS")]
    public void Read_NoGroundLost_NoAttackOnLoser(string sentence, string winner)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.StartsWith(winner));
    }

    // CIA World Factbook (Zambia): an office handed over by a company is no ground taken from it.
    [Test]
    public void Read_OfficeTakenOverFromCompany_NoAttack()
    {
        Assert.That(ShippedClaims.Of("The UK took over administrative control from the British South Africa Company in 1924."), Has.None.Contains("ATTACKS"));
    }
}
