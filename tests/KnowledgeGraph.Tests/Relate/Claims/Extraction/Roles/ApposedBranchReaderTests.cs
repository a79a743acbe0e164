namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>An organisation described in apposition as another's branch, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ApposedBranchReaderTests
{
    // tests/eval/written/h32/a1.md:24 (a demonym before the branch noun places the branch)
    [Test]
    public void Read_NameCommaDemonymBranchOf_PartOfWholeAndBasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamic State Khorasan Province, the Afghan branch of Islamic State, has attacked Taliban officials in Balkh province, through which the railway would pass, and Pakistan's Kurram district has been scarred by years of sectarian violence.");

        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state").And.Contain("iskp BASED_IN afghanistan"));
        Assert.That(claims, Has.None.Match("islamic-state BASED_IN"));
    }

    // tests/eval/written/h30/a2.md:10 (a short form in brackets and a modifier before the noun)
    [Test]
    public void Read_ShortFormThenRegionalAffiliateOf_PartOfWhole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Islamic State Khorasan Province (ISKP), the regional affiliate of the Islamic State group, claimed responsibility in a statement carried by the Amaq news agency, saying its fighters had targeted \"the Chinese oppressors of the Uyghur Muslims.\"");

        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state"));
    }

    // tests/eval/written/h33/a1.md:26 (the apposition after an object)
    [Test]
    public void Read_ObjectCommaDemonymAffiliateOf_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbek officials said Azizov and Wang also discussed the Islamic State Khorasan Province (ISKP), the Afghan affiliate of the Islamic State, which has recruited Central Asians and threatened Chinese targets in its propaganda.");

        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state").And.Contain("iskp BASED_IN afghanistan"));
        Assert.That(claims, Has.None.Match("BASED_IN uzbekistan"));
    }

    // tests/eval/written/h43/a2.md:11 (the whole's possessive after the apposition's article, past the name's short form)
    [Test]
    public void Read_NameCommaPossessiveWholeBranch_PartOfWhole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The fighting began late on Sunday when Afghan border guards opened fire on Frontier Corps troops who were repairing the fence near Killi Luqman, a Pakistani village, according to Inter-Services Public Relations (ISPR), the Pakistani military's media wing.");

        Assert.That(claims, Does.Contain("inter-services-public-relations PART_OF pakistan-army"));
    }

    // tests/eval/written/h41/a3.md:8 and 12 (the apposition before the name, its whole a reference: "the military")
    [Test]
    public void Read_PossessiveWholeBranchCommaName_PartOfWhole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "PESHAWAR, March 5 (Reuters) - Pakistan's army said on Thursday it had killed 11 Pakistani Taliban fighters, including the commander it blamed for last month's ambush on a convoy of Chinese workers at the Dasu Hydropower Project, and accused the group's leaders of directing the attack from Afghanistan.",
            "In a statement, the military's media wing, Inter-Services Public Relations (ISPR), said troops of the Special Security Division and the Frontier Corps had raided a hideout in Lakki Marwat district of Khyber Pakhtunkhwa overnight, killing 11 militants including Qari Zarak Khan, a TTP commander it described as the mastermind of the ambush.");

        Assert.That(claims, Does.Contain("inter-services-public-relations PART_OF pakistan-army"));
    }

    // tests/eval/written/h32/a1.md:20 (modifiers between "of the" and the whole's name)
    [Test]
    public void Read_UnitOfStateOwnedWhole_PartOfWhole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing, whose state banks financed much of Uzbekistan's existing rail network, has not committed money to the line, although China Railway Tunnel Group, a unit of the state-owned China Railway Group, is understood to be in talks with the new venture about digging the line's longest tunnels, according to two people familiar with the tenders.");

        Assert.That(claims, Does.Contain("china-railway-tunnel-group PART_OF china-railway-group"));
    }

    // tests/eval/written/h52/a2.md:12 (a project's branch, its whole after a country's possessive)
    [Test]
    public void Read_ProjectCommaDemonymArmOfPossessedProject_PartOfProjectAndBasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"We have told our Chinese friends that TAPI and CPEC complement each other,\" one of the officials said, referring to the China-Pakistan Economic Corridor, the Pakistani arm of Beijing's Belt and Road Initiative.");

        Assert.That(claims, Does.Contain("china-pakistan-economic-corridor PART_OF belt-and-road-initiative").And.Contain("china-pakistan-economic-corridor BASED_IN pakistan"));
        Assert.That(claims, Has.None.Match("PART_OF china$"));
    }
}
