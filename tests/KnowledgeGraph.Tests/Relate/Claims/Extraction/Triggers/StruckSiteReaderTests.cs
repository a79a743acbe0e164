using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Unnamed sites struck in a named place, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class StruckSiteReaderTests
{
    // tests/eval/written/h30/a1.md:18 (a capital stands for its country), h37/a2.md, h43/a2.md (a past form conjoined
    // with "fired first" shares its subject).
    [TestCase("In October, Pakistani jets struck targets in Kabul and Paktika in an apparent attempt to kill Mehsud, prompting Taliban retaliation against border posts from Chaman to Torkham.", "pakistan ATTACKS afghanistan")]
    [TestCase("Pakistan's defence minister, Khawaja Asif, has repeatedly warned that Islamabad could again strike militant hideouts in Afghanistan.", "pakistan ATTACKS afghanistan")]
    [TestCase("He said Pakistani forces had fired first and shelled homes in Spin Boldak, killing four members of one family, and he accused Islamabad of violating the ceasefire agreed in Doha in October.", "pakistan ATTACKS spin-boldak")]
    public void Read_SitesStruckInPlace_SubjectAttacksPlace(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // tests/eval/written/h43/a2.md:33: the places after "the Afghan provinces of" are struck, and the group the hideouts
    // belong to stays the verb's object.
    // h27 (a1): strikes named by a noun trigger whose preposition opens the sites, the striker the subject of the verb of
    // carrying out before it; written variants: a one-word noun trigger, a demonym before the noun.
    [TestCase("Pakistan has carried out air strikes on suspected TTP hideouts in Afghanistan's Khost and Paktika provinces, drawing condemnation from Kabul.", "pakistan ATTACKS afghanistan")]
    [TestCase("Pakistan carried out raids on militant hideouts in Afghanistan's Khost province.", "pakistan ATTACKS afghanistan")]
    [TestCase("Pakistani air strikes on suspected TTP hideouts in Afghanistan's Khost province killed 20 people.", "pakistan ATTACKS afghanistan")]
    public void Read_StrikesOnSitesInPlace_StrikerAttacksPlace(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h30 (a1): the act a party is accused of, on sites in a place, is an alleged attack by the accused on the place.
    [Test]
    public void Read_AccusedOfStrikingSitesInPlace_AccusedAttacksPlaceHedged()
    {
        var doc = Docs.Process(ShippedPipeline.Value, "Zabihullah Mujahid, the Taliban's chief spokesman, rejected that account and accused Islamabad of shelling homes in Afghanistan's Paktia province.");
        var attack = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => c.Predicate == "ATTACKS");
        Assert.Multiple(() =>
        {
            Assert.That($"{attack.Subject.Id} {attack.Predicate} {attack.Object.Id}", Is.EqualTo("pakistan ATTACKS afghanistan"));
            Assert.That(attack.Hedged, Is.True);
        });
    }

    [Test]
    public void Read_DemonymProvincesOfPlaces_EachPlaceAttacked()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Since the October fighting, the Pakistan Air Force has struck suspected TTP hideouts in the Afghan provinces of Khost and Paktika several times, raids the Taliban have condemned as violations of Afghan sovereignty.");

        Assert.That(claims, Does.Contain("pakistan-air-force ATTACKS khost"));
        Assert.That(claims, Does.Contain("pakistan-air-force ATTACKS paktika"));
        Assert.That(claims, Does.Contain("pakistan-air-force ATTACKS ttp"));
    }

    // tests/eval/written/h41/a3.md: a raid inside the raiders' own state is on the hideout, not on the district.
    [Test]
    public void Read_RaidInOwnState_NoAttackOnPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In a statement, the military's media wing, Inter-Services Public Relations (ISPR), said troops of the Special Security Division and the Frontier Corps had raided a hideout in Lakki Marwat district of Khyber Pakhtunkhwa overnight, killing 11 militants including Qari Zarak Khan, a TTP commander it described as the mastermind of the ambush.");

        Assert.That(claims, Has.None.Contains("ATTACKS lakki-marwat-pk"));
    }

    // Written: a verb of ATTACKS before a noun that is no site ("struck a deal") and a site without such a verb attack no place.
    [TestCase("China struck a deal with Pakistan to build bases in Gwadar.")]
    [TestCase("China has built military bases in Djibouti.")]
    public void Read_NoStruckSite_NoAttackOnPlace(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("ATTACKS"));
    }
}
