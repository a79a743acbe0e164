namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Curated links a name states in its own words, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class NamedLinkReaderTests
{
    [Test]
    public void Read_NameWritesItsPlace_BasedInThatPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese embassy in Kabul has avoided these negative stories, and instead championed positive ones – like the multi-modal train and truck route that was opened up between Afghanistan and Zhejiang.");

        Assert.That(claims, Does.Contain("chinese-embassy-kabul BASED_IN kabul"));
    }

    // Written development lines (h38, h39, h47): the academy's curated name ends in the city it is based in, and the
    // gazetteer links it there, so the name itself states the place.
    [TestCase("\"China and Russia are both helping Kyrgyzstan, but they are not coordinating with each other, and the traffickers exploit the gaps,\" said Bakyt Osmonaliev, a security analyst at the OSCE Academy in Bishkek.")]
    [TestCase("\"Bishkek needs Chinese money, but it cannot be seen siding with a foreign company against its own voters,\" said Anara Tokombaeva, a researcher at the OSCE Academy in Bishkek.")]
    [TestCase("\"Moscow and Beijing are competing for the same young people, but neither will say so in public,\" said Aida Musaeva, a researcher at the OSCE Academy in Bishkek.")]
    public void Read_CuratedNameEndingInItsCity_BasedInThatCity(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("osce-academy BASED_IN bishkek"));
    }

    // Written development lines (h33, h40, h67): the Security Council's possessive before a body linked to it, the body
    // named as the articles write it (lower-case common words, "U.N." for "UN").
    [TestCase("But a report by the U.N. Security Council's sanctions monitoring team in July said the TIP had several hundred fighters in Afghanistan and maintained close ties with the Taliban.",
        "un-monitoring-team PART_OF un-security-council")]
    [TestCase("Muttaqi, who is subject to a U.N. travel ban and asset freeze, was able to make the trip after the U.N. Security Council's 1988 sanctions committee granted him an exemption.",
        "un-1988-sanctions-committee PART_OF un-security-council")]
    [TestCase("Washington also asked the UN Security Council's 1988 sanctions committee, which oversees measures against the Afghan Taliban, to list the six dealers, a move diplomats said China and Russia were likely to block.",
        "un-1988-sanctions-committee PART_OF un-security-council")]
    public void Read_BodyWrittenInArticleSpelling_PartOfPossessiveParent(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written development lines (h47, h31, h27): a place's name opening a body's proper name is a word of the name and
    // places the body nowhere; the place the sentence gives ("in Astana") is stated by other words.
    [TestCase("\"Beijing is learning from Moscow that soft power here runs through language and television,\" said Asel Nurgaliyeva, a media researcher at the Kazakhstan Institute for Strategic Studies in Astana.",
        "kazakhstan-institute-for-strategic-studies BASED_IN kazakhstan")]
    [TestCase("The deep-sea port next door, operated since 2013 by the state-owned China Overseas Ports Holding Company, handled fewer than 20 commercial ships in the first nine months of the year, according to figures from the Gwadar Port Authority.",
        "gwadar-port-authority BASED_IN gwadar")]
    [TestCase("Its suicide squad, the Majeed Brigade, carried out the 2022 bombing at Karachi University that killed three Chinese teachers of the university's Confucius Institute.",
        "karachi-university BASED_IN karachi")]
    public void Read_PlaceOpeningBodysProperName_NoBasedIn(string sentence, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Not.Contain(wrong));
    }

    [Test]
    public void Read_LinkNotWrittenInTheName_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese embassy in Kabul has avoided these negative stories, and instead championed positive ones – like the multi-modal train and truck route that was opened up between Afghanistan and Zhejiang.");

        Assert.That(claims, Does.Not.Contain("chinese-embassy-kabul PART_OF china-ministry-of-foreign-affairs"));
    }

    [Test]
    public void Read_FactionOfItsWhole_PartOfWhole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Where it does seem to be finding more acceptance is amongst the Haqqani faction of the Taliban government in Kabul.");

        Assert.That(claims, Does.Contain("haqqani-network PART_OF taliban"));
    }

    [Test]
    public void Read_ParentNameInsideAffiliateName_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This has particular repercussions for Central Asia, due to the continuing threat of Islamic State Khorasan as it broadcasts threats in regional languages and seeks recruits from its outposts in Afghanistan.");

        Assert.That(claims, Does.Not.Contain("iskp PART_OF islamic-state"));
    }

    // Written wire-report line: a parent organisation's name opening its part's own name is a brand the sentence does not
    // state as a relation (the parent is not named).
    [Test]
    public void Read_ParentNameOpeningPartsName_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Temur Umarov, a fellow at the Carnegie Russia Eurasia Center in Berlin, said so.");

        Assert.That(claims, Does.Contain("carnegie-russia-eurasia-center BASED_IN berlin"));
        Assert.That(claims, Has.None.Contains("PART_OF carnegie-endowment"));
    }

    // Written wire-report line: a faction's name opening with its parent's possessive acronym states the link.
    [Test]
    public void Read_FactionNameOpeningWithParentsPossessive_PartOfParent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Two Chinese nationals and four Pakistani soldiers were killed in the attack, which the BLA's Majeed Brigade claimed in a statement.");

        Assert.That(claims, Does.Contain("majeed-brigade PART_OF balochistan-liberation-army"));
    }

    // Written dev h27/a2.md:24 and h27/a3.md:22: "the army's" describes the Pakistan Army by its name's head noun.
    [TestCase("Under current rules, foreign security companies cannot bear arms in Pakistan, and Chinese nationals are guarded by the army's Special Security Division, a force of some 15,000 troops, and by provincial police units.")]
    [TestCase("The army's Special Security Division, created in 2016 to protect CPEC projects, has since been expanded, and officials say the Frontier Corps and provincial police now deploy thousands more personnel to escort Chinese convoys.")]
    public void Read_ParentDescribedByHeadNounPossessive_PartOfParent(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("special-security-division PART_OF pakistan-army"));
    }

    // Written dev h27/a3.md:22 (the whole paragraph): the link is stated when "the army" is resolved to the parent too.
    [Test]
    public void Read_ParentDescribedAndResolved_PartOfParent()
    {
        Assert.That(ShippedClaims.Of("Pakistan's military, which has ruled the country for nearly half of its history and dominates its security policy, is wary of armed foreign guards on its soil. The army's Special Security Division, created in 2016 to protect CPEC projects, has since been expanded, and officials say the Frontier Corps and provincial police now deploy thousands more personnel to escort Chinese convoys. Lieutenant General Ahmed Sharif Chaudhry, the director general of ISPR, the military's media wing, told reporters in Rawalpindi last month that no foreign force would be allowed to operate in Pakistan and that the army was \"fully capable\" of protecting its Chinese friends."), Does.Contain("special-security-division PART_OF pakistan-army"));
    }

    // Written variant: a possessive description that is not the parent's head noun states no link.
    [Test]
    public void Read_OtherDescriptionPossessive_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The country's Special Security Division guards Chinese engineers in Pakistan.");

        Assert.That(claims, Does.Not.Contain("special-security-division PART_OF pakistan-army"));
    }

    // Written dev h37/a1.md:25: the parent's mention written right before the part's reads as one name with it.
    [Test]
    public void Read_ParentMentionRightBeforePart_PartOfParent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The U.N. Office for the Coordination of Humanitarian Affairs says the returns have outstripped aid agencies' resources.");

        Assert.That(claims, Does.Contain("ocha PART_OF united-nations"));
    }

    // Written variant: the parent coordinated with the part is no name of the two read as one.
    [Test]
    public void Read_ParentAndPartCoordinated_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Officials from the U.N. and the Office for the Coordination of Humanitarian Affairs met in Kabul.");

        Assert.That(claims, Does.Not.Contain("ocha PART_OF united-nations"));
    }

    // Written dev h26/a1.md:28, h40/a3.md:28, h54/a3.md:10 and h41/a1.md:14 (the whole paragraph): the linked entity's
    // possessive, or a possessive pronoun resolved to it, right before the part's name states the curated link.
    [TestCase("Tajik diplomats have pushed for the SCO's Regional Anti-Terrorist Structure, headquartered in Tashkent, to take a larger role in monitoring the Afghan border.", "sco-rats PART_OF sco")]
    [TestCase("The ministers also approved a plan to turn the SCO's Regional Anti-Terrorist Structure, which is based in Tashkent, into a broader centre for countering security threats, including drug trafficking from Afghanistan.", "sco-rats PART_OF sco")]
    [TestCase("The attack, on a stretch of highway between the river port of Hairatan and the provincial capital, was claimed on Monday by Islamic State Khorasan Province through the Islamic State's Amaq news agency, which said the group had targeted \"the caravans of the Chinese oppressors and their Taliban guards\".", "amaq PART_OF islamic-state")]
    [TestCase("The outlawed Balochistan Liberation Army (BLA), a separatist group that has repeatedly targeted Chinese interests in Pakistan, claimed responsibility in a statement sent to journalists. It said the bombing had been carried out by its Majeed Brigade and warned that Chinese nationals would remain \"legitimate targets\" as long as Beijing continued what it called the plunder of Balochistan's gold, copper and gas.", "majeed-brigade PART_OF balochistan-liberation-army")]
    public void Read_ParentsPossessiveRightBeforePart_PartOfParent(string sentence, string claim)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(claim));
    }

    // Written dev h46/a3.md:18 (the whole paragraph): a name glued by a hyphen to the next word only modifies what the
    // possessive owns; the railway, not Chabahar, is Iran's.
    [Test]
    public void Read_PossessedNameInHyphenCompound_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The link also fits into a 25-year cooperation agreement that China and Iran signed in 2021, under which Beijing pledged to invest in Iranian ports, railways and energy. Tehran has lobbied for Chinese money to finish its Chabahar-Zahedan railway and to build a branch line to the Afghan border at Milak.");

        Assert.That(claims, Does.Not.Contain("chabahar PART_OF iran"));
    }

    // Written variant: the parent's possessive before another noun owns no name after it.
    [Test]
    public void Read_ParentsPossessiveBeforeOtherNoun_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The SCO's members met the Regional Anti-Terrorist Structure in Tashkent.");

        Assert.That(claims, Does.Not.Contain("sco-rats PART_OF sco"));
    }
}
