namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Verbs of requesting state DEMANDS_FROM only before an object and a to-infinitive or "for" and what is asked, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RequestFilterTests
{
    [Test]
    public void KeepInfinitives_AskedObjectToVerb_DemandsFrom()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "At a news conference Thursday, Pentagon spokesperson Dana White said the U.S. is “confident” Chinese nationals are behind two recent incidents involving four-engine military transport planes making their landings.",
            "She added that the Pentagon had issued a formal complaint and asked China to conduct its own investigation.");

        Assert.That(claims, Does.Contain("us-department-of-defense DEMANDS_FROM china"));
    }

    [Test]
    public void KeepInfinitives_AskedWithoutInfinitive_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "At a news conference Thursday, Pentagon spokesperson Dana White said the U.S. is “confident” Chinese nationals are behind two recent incidents involving four-engine military transport planes making their landings.",
            "She added that the Pentagon had issued a formal complaint and asked China about its own investigation.");

        Assert.That(claims, Has.None.Match("DEMANDS_FROM"));
    }

    // Written in the wire form: the act a party is urged or called on to do is not asserted; the demand is.
    [TestCase("Beijing urged the Taliban to crack down on the East Turkestan Islamic Movement.", "taliban ATTACKS turkestan-islamic-party")]
    [TestCase("China urged Pakistan and Afghanistan to attack the TTP.", "afghanistan ATTACKS ttp")]
    [TestCase("China urged Pakistan and Afghanistan to attack the TTP.", "pakistan ATTACKS ttp")]
    [TestCase("China asked the Taliban to hand over Uyghur militants.", "taliban DETAINS uyghur-militants")]
    [TestCase("Beijing pressed Islamabad to crack down on the TTP.", "pakistan ATTACKS ttp")]
    public void DropAskedActs_ActOfUrgedParty_NotAsserted(string sentence, string act)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Not.Contain(act));
        Assert.That(claims, Has.Some.Contains("DEMANDS_FROM"));
    }

    // Written: a party helped to do something does it, so only demanding verbs drop the act.
    [Test]
    public void DropAskedActs_PartyHelpedTo_ActKept()
    {
        Assert.That(ShippedClaims.Of("China helped Pakistan to build Gwadar port."), Does.Contain("pakistan BUILDS_OR_OPERATES gwadar-port"));
    }

    // tests/eval/written/h33/a2.md:8 (an actor noun after the possessive object before "to"; the act asked is not asserted)
    [Test]
    public void KeepInfinitives_AskedStatesGovernmentTo_DemandOnlyNoAskedAct()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("DAMASCUS, January 27 (Reuters) - China has asked Syria's government to hand over senior commanders of the Turkestan Islamic Party, a Uyghur militant group whose fighters were folded into the new Syrian army last year, three Syrian officials familiar with the talks told Reuters.");

        Assert.That(claims, Does.Contain("china DEMANDS_FROM syria"));
        Assert.That(claims, Does.Not.Contain("syria DETAINS turkestan-islamic-party"));
    }

    // Wire reports (the thirty-fifth and thirty-eighth development sets): "for" and what is asked after the object state
    // the demand as an infinitive does.
    [TestCase("A senior Uzbek water official, speaking on condition of anonymity, said Tashkent had asked Kabul for the technical drawings of the pumping stations but had not received them.", "uzbekistan DEMANDS_FROM afghanistan")]
    [TestCase("Dushanbe has reinforced its posts along the river, diplomats say, and is reported to have asked Beijing for additional surveillance equipment.", "tajikistan DEMANDS_FROM china")]
    public void KeepInfinitives_AskedObjectForThing_DemandsFrom(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // tests/eval/written/h31/a2.md and h31/a3.md: the act asked may open a quotation, and a bridge of time may stand
    // between the object and "to".
    [TestCase("In Beijing, Foreign Ministry spokesperson Lin Jian condemned the attack \"in the strongest terms\" and said China had asked Pakistan to \"hunt down the perpetrators and punish them severely\".", "china DEMANDS_FROM pakistan")]
    [TestCase("Pakistan asked China last year to reschedule about $15 billion of energy debt it owes to Chinese lenders for power plants built under the China-Pakistan Economic Corridor (CPEC).", "pakistan DEMANDS_FROM china")]
    public void KeepInfinitives_QuotedActOrTimeBeforeTo_DemandsFrom(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a bridge of time before "to" still needs an infinitive after it.
    [Test]
    public void KeepInfinitives_TimeBridgeWithoutInfinitive_NoClaim()
    {
        Assert.That(ShippedClaims.Of("Pakistan asked China last year about its plans."), Has.None.Match("DEMANDS_FROM"));
    }

    // tests/eval/written/h30/a1.md:32, h49/a1.md:35 and h50/a2.md:12: a party expected to act by "to" and a verb is asked to.
    [TestCase("Pakistani Foreign Office spokesman Shafqat Ali Khan said Islamabad remained committed to the format but expected Kabul to \"take verifiable action\" against the TTP before then.", "pakistan DEMANDS_FROM afghanistan")]
    [TestCase("\"Beijing expects Dushanbe to guarantee the safety of its people, but the Tajik side does not control what happens on the Afghan bank,\" said Shodmon Karimov, a Dushanbe-based security analyst who advises the Tajik parliament's defence committee.", "china DEMANDS_FROM tajikistan")]
    [TestCase("Naqvi, who arrived in Beijing on Tuesday, also met Foreign Minister Wang Yi, who told him that China expected Pakistan to \"eliminate the terrorist threat at its root\" and to give the highest priority to the safety of Chinese citizens.", "china DEMANDS_FROM pakistan")]
    public void KeepInfinitives_ExpectedPartyToVerb_DemandsFrom(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // tests/eval/written/h28/a2.md:26 and h44/a1.md:18: what a project, or several parties together, are expected to do is
    // a forecast.
    [TestCase("Uzbek Transport Minister Ilkhom Makhkamov said in August that Tashkent expected the railway to carry up to 15 million tonnes of cargo a year, much of it Chinese goods bound for Iran and Turkey.", "")]
    [TestCase("\"China is our key partner on the eastern route, and this agreement shows that the partnership delivers,\" Vice Energy Minister Yerzhan Tulegenov told reporters at the signing ceremony in Astana.", "He said he expected the two countries to begin talks next year on new long-term supply contracts.")]
    public void KeepInfinitives_ExpectedProjectOrSeveralParties_NoDemand(string first, string second)
    {
        IReadOnlyList<string> claims = second.Length == 0 ? ShippedClaims.Of(first) : ShippedClaims.Of(first, second);

        Assert.That(claims, Has.None.Match("DEMANDS_FROM"));
    }

    // tests/eval/written/h28/a1.md:24 and h29/a3.md:28: a party lobbied to act is asked to.
    [TestCase("Russia's state-controlled Gazprom, which until 2016 bought large volumes of Turkmen gas, is now trying to sell more of its own gas to China, and Russian officials have lobbied Tashkent to join a gas union with Moscow and Astana, diplomats in the region say.", "russia DEMANDS_FROM uzbekistan")]
    [TestCase("Karimi has lobbied Chinese officials to upgrade ties, and the Taliban have asked China to release funds in the former Afghan embassy's bank accounts, which were frozen after the fall of the previous government, two people familiar with the matter said.", "d:person:karimi DEMANDS_FROM china")]
    public void KeepInfinitives_LobbiedPartyToVerb_DemandsFrom(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // VOA, 2018-12-19-debt-trap-rhetoric-china-africa.md:77: a request under a modal of advice is recommended, not made.
    [Test]
    public void KeepInfinitives_RequestUnderAdviceModal_NoDemand()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("For real influence, the West should not just lobby African governments to see Chinese loans as \u201cevil gifts,\u201d but provide appealing alternatives, she added.");

        Assert.That(claims, Has.None.Match("DEMANDS_FROM"));
    }
}
