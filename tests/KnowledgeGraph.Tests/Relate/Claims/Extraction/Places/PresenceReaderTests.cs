namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>An armed or governing organisation placed by a verb of presence or as the authorities of a place, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class PresenceReaderTests
{
    // seeds/003:66 (a presence verb after the group's unit noun; each coordinated place)
    [Test]
    public void Read_ForcesAppearedInPlaces_BasedInEach()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The result has been a turn by Malian authorities towards mercenaries such as the Wagner Group, which has close links to the Russian GRU intelligence agency. This is not unique to Mali: Wagner forces have also appeared in Libya, Democratic Republic of Congo, Central African Republic and Mozambique.");

        Assert.That(claims, Does.Contain("wagner-group BASED_IN libya").And.Contain("wagner-group BASED_IN dr-congo")
            .And.Contain("wagner-group BASED_IN central-african-republic").And.Contain("wagner-group BASED_IN mozambique"));
        Assert.That(claims, Has.None.Match("BASED_IN mali"));
    }

    // seeds/003:56 (coordinated groups share the verb)
    [Test]
    public void Read_CoordinatedGroupsConverge_EachBasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("As al-Qaeda affiliates and Isis representatives converge in the Sahel region and across the continent, Moscow is increasingly bending terrorism to its advantage in the pursuit of political influence.");

        Assert.That(claims, Does.Contain("al-qaeda BASED_IN sahel").And.Contain("islamic-state BASED_IN sahel"));
    }

    // seeds/000:200 (described as those who govern the place)
    [Test]
    public void Read_TreatedAsAuthoritiesIn_BasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The format also agreed to treat the Taliban as the de facto authorities in Afghanistan (acknowledging without acknowledgement) and sought to put pressure on the United States to lift all sanctions against the regime.");

        Assert.That(claims, Does.Contain("taliban BASED_IN afghanistan"));
    }

    // seeds/000:147 (a state operating somewhere is no armed or governing organisation's base)
    [Test]
    public void Read_StateContinuesOperating_NoBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("For China, having long cultivated a relationship with the Taliban, it was easy for Beijing to continue operating in Kabul after they took over.");

        Assert.That(claims, Has.None.Match("BASED_IN kabul"));
    }

    // seeds/000:45 (a place, a comma and "where" the group governs)
    [Test]
    public void Read_PlaceWhereGroupRules_BasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A more clear and present danger can be found across the border in Afghanistan, where the Taliban continue to exert a weak grip on power.");

        Assert.That(claims, Does.Contain("taliban BASED_IN afghanistan"));
    }

    // Development article h38 a1: "where" places the clash, not the group that clashed.
    [Test]
    public void Read_PlaceWhereGroupActs_NotBasedThere()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The UNODC's latest survey, released in November, found that poppy cultivation in Afghanistan remained far below pre-ban levels but was creeping back in the northeast, particularly in Badakhshan, where Taliban eradication teams have clashed with farmers.");

        Assert.That(claims, Does.Not.Contain("taliban BASED_IN badakhshan"));
    }

    // Development article h41 a2: what the group says where it acts places nothing.
    [Test]
    public void Read_PlaceWhereGroupCastsChina_NotBasedThere()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistani officials fear that armed Chinese guards would themselves become targets and inflame separatist anger in Balochistan, where the Balochistan Liberation Army casts China as an occupying power.");

        Assert.That(claims, Does.Not.Contain("balochistan-liberation-army BASED_IN balochistan"));
    }

    // The annotation guide's example: a group operating from a country's soil
    [Test]
    public void Read_OperatesFromDemonymSoil_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamabad rejected Kabul’s accusations that the TTP operates from Pakistani soil.");

        Assert.That(claims, Does.Contain("ttp BASED_IN pakistan"));
    }

    // VOA dev: 2018-12-19-debt-trap-rhetoric-china-africa.md:13 (a state after "where" is no armed organisation)
    [Test]
    public void Read_PlaceWhereStateBuilt_NoBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He focused on Chinese involvement in Djibouti, where Beijing has built its first overseas military base, and Zambia, where rumors have swirled since September that unsustainable debt will force the mineral-rich country to hand its state-owned power company, ZESCO, over to China.");

        Assert.That(claims, Has.None.Match("^china BASED_IN"));
    }

    // Written wire lines: taking control of a place or holding power there is a base there.
    [TestCase("The Taliban took control of Kabul in August 2021.", "taliban BASED_IN kabul")]
    [TestCase("The Taliban have been in power in Afghanistan since August 2021.", "taliban BASED_IN afghanistan")]
    public void Read_TakingControlOrHoldingPowerInPlace_BasedIn(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h26/a1.md:20 and h27/a2.md:16: the place of a rise or return to power is where the event happened, which
    // the annotation does not read as a base.
    [TestCase("Tajik concern has sharpened since the Taliban returned to power in Kabul in August 2021.", "taliban BASED_IN kabul")]
    [TestCase("In neighbouring Khyber Pakhtunkhwa, the main threat comes from the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), whose fighters have stepped up attacks on Pakistani police and soldiers since the Taliban returned to power in Afghanistan in August 2021.", "taliban BASED_IN afghanistan")]
    public void Read_ReturnToPowerInPlace_NoBasedIn(string sentence, string absent)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Not.Contain(absent));
    }

    // Written in the wire form: a compass word between "in" and the place leaves the place the same, and an armed collective
    // of a people (groups.yaml subtype militants) is placed as an armed group is.
    [TestCase("ISKP militants are active in northern Afghanistan.", "iskp BASED_IN afghanistan")]
    [TestCase("Uyghur militants are operating in northern Afghanistan.", "uyghur-militants BASED_IN afghanistan")]
    [TestCase("The TTP has long sheltered in the restive Khost province.", "ttp BASED_IN khost")]
    [TestCase("ISKP fighters are gathering in Kunar.", "iskp BASED_IN kunar")]
    public void Read_PlaceAfterPlaceModifier_BasedInNamedPlace(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a people is no armed collective, so its presence in a place states no base.
    [Test]
    public void Read_PeopleOperatingInPlace_NoBasedIn()
    {
        Assert.That(ShippedClaims.Of("Uyghurs are active in northern Afghanistan."), Has.None.Contains("BASED_IN"));
    }

    // Written line (no corpus sentence is phrased so): a group operating from havens in a place is based there.
    [Test]
    public void Read_OperatesFromHavensIn_BasedInPlace()
    {
        Assert.That(ShippedClaims.Of("The TTP operates from safe havens in Afghanistan."), Does.Contain("ttp BASED_IN afghanistan"));
    }

    // An English-EWT training weblog (outside the annotated sets), and written lines (no corpus sentence has a group
    // controlling a portion of a place, or holding territory): control of a place, or of a portion of it, is a base there.
    [TestCase("The Taliban control of Afghanistan and the civil war there had nothing to do with Israel.", "taliban BASED_IN afghanistan")]
    [TestCase("ISIL took control of large swaths of Iraq and Syria.", "islamic-state BASED_IN syria")]
    [TestCase("The Taliban control most of Afghanistan.", "taliban BASED_IN afghanistan")]
    [TestCase("ISIL holds territory in eastern Syria.", "islamic-state BASED_IN syria")]
    public void Read_ControlOfPlaceOrPortion_BasedThere(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: the place a state's possessive names is where the group is, not the state.
    [Test]
    public void Read_GroupInStatesNamedPlace_BasedInThePlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China worries about the presence of TIP militants in Afghanistan's Badakhshan province.");

        Assert.That(claims, Does.Contain("turkestan-islamic-party BASED_IN badakhshan").And.Contain("badakhshan PART_OF afghanistan"));
        Assert.That(claims, Has.None.EqualTo("turkestan-islamic-party BASED_IN afghanistan"));
    }

    // Written dev h26/a1.md:22: an indefinite apposition between the group and its verb, and an -ly adverb after the verb.
    [TestCase("jamaat-ansarullah BASED_IN badakhshan")]
    [TestCase("jamaat-ansarullah BASED_IN takhar")]
    public void Read_ApposedGroupOperatingFreelyInPlace_BasedIn(string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban, for their part, accuse Dushanbe of sheltering their enemies, while Tajik officials say Jamaat Ansarullah, a militant group made up largely of Tajik nationals, operates freely in Afghanistan's Badakhshan and Takhar provinces.");

        Assert.That(claims, Does.Contain(expected));
    }

    // tests/eval/written/h30/a3.md:12 (a person apposed to a description takes refuge in a place)
    [Test]
    public void Read_ApposedPersonSheltering_BasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He said the group's leader, Noor Wali Mehsud, was still sheltering in Afghanistan.");

        Assert.That(claims, Does.Contain("noor-wali-mehsud BASED_IN afghanistan"));
    }

    // tests/eval/written/h30/a3.md:12 (an act directed "from" a territory, past the act's own target)
    [Test]
    public void Read_DirectingAttacksFromTerritory_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Dar told reporters that Pakistan had presented \"irrefutable evidence\" that TTP commanders were directing attacks on Pakistani soil from Afghan territory, and that Islamabad expected \"concrete and verifiable steps\" from Kabul.");

        Assert.That(claims, Does.Contain("ttp BASED_IN afghanistan"));
        Assert.That(claims, Has.None.Match("BASED_IN pakistan"));
    }

    // tests/eval/written/h30/a1.md (a long indefinite apposition; camps run in places; an act from soil joined by "and")
    [Test]
    public void Read_RunsCampsAndLaunchesAttacksFrom_BasedInEach()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamabad says the TTP, an umbrella of Pakistani militant factions that is separate from but allied to the Afghan Taliban, runs training camps in Kunar and Khost and launches attacks from Afghan soil.");

        Assert.That(claims, Does.Contain("ttp BASED_IN kunar").And.Contain("ttp BASED_IN khost").And.Contain("ttp BASED_IN afghanistan"));
    }

    // tests/eval/written/h34/a3.md:24 (another name between commas)
    [Test]
    public void Read_AliasBetweenCommasRanCamps_BasedInPlaces()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The U.N. Analytical Support and Sanctions Monitoring Team said in a report in July that the Taliban continued to give al Qaeda a \"permissive environment\" and that the Pakistani Taliban, or TTP, ran training camps in Kunar and Nangarhar provinces.");

        Assert.That(claims, Does.Contain("ttp BASED_IN kunar").And.Contain("ttp BASED_IN nangarhar"));
    }

    // tests/eval/written/h30/a2.md (coordinated groups, a quotation mark and "all" before the verb)
    [Test]
    public void Read_QuotedAllOperateFromSoil_EachBasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan's Interior Minister Mohsin Naqvi said ISKP, the TTP and the Baloch Liberation Army \"all operate from Afghan soil,\" and he accused the Taliban of failing to act against them.");

        Assert.That(claims, Does.Contain("iskp BASED_IN afghanistan").And.Contain("ttp BASED_IN afghanistan").And.Contain("balochistan-liberation-army BASED_IN afghanistan"));
    }

    // tests/eval/written/h27/a3.md (a reporting clause inside the relative clause; bases a few words before "in")
    [Test]
    public void Read_WhichTheySayOperatesFromBasesIn_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistani investigators blamed the Dasu attack on the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), which they say operates from bases across the border in Afghanistan.");

        Assert.That(claims, Does.Contain("ttp BASED_IN afghanistan"));
    }

    // A person's other presence states no base
    [Test]
    public void Read_PersonAppearedIn_NoBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese President Xi Jinping appeared in Samarkand for the summit.");

        Assert.That(claims, Has.None.Match("xi-jinping BASED_IN"));
    }

    // Written dev h35/a2.md:34: after "where", the body a government's possessive holds is the subject, not the government.
    [Test]
    public void Read_WherePossessiveBody_GovernmentNotPlaced()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Work on the third phase is due to begin in April, the ministry said, and Tianshan expects to bring about 300 Chinese engineers and technicians to sites in Jowzjan and Faryab, where the Taliban's interior ministry, headed by Sirajuddin Haqqani, will provide security for the company.");

        Assert.That(claims, Does.Not.Contain("taliban BASED_IN faryab"));
    }

    // Written dev h49/a3.md:21: a relative after the apposition's noun of a body says where the group shelters.
    [Test]
    public void Read_ApposedBodyNounThenRelativeRefuge_BasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Tajik officials say the trade also finances Jamaat Ansarullah, a Tajik militant group that shelters in Badakhshan, and Islamic State Khorasan Province (ISKP), the Islamic State's regional affiliate, which has recruited heavily among Central Asians.");

        Assert.That(claims, Does.Contain("jamaat-ansarullah BASED_IN badakhshan"));
    }

    // tests/eval/written/h50/a3.md: a group operating from bases "inside" a state.
    [Test]
    public void Read_OperatesFromBasesInsideState_BasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Iran says Jaish al-Adl operates from bases inside Pakistan, a charge Islamabad denies, while Pakistani officials accuse Tehran of tolerating BLA camps on Iranian soil.");

        Assert.That(claims, Does.Contain("jaish-al-adl BASED_IN pakistan"));
    }
}
