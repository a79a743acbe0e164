using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Verb triggers read by the token rules, through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class VerbReaderTests
{
    // A written wire-report line: warning against what a state's demonym marks is criticism of that state.
    [Test]
    public void Read_WarnAgainstDemonymNoun_CriticizesTheState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pompeo warned against Chinese loans during his visit to Nairobi.");

        Assert.That(claims, Does.Contain("mike-pompeo CRITICIZES china"));
    }

    [Test]
    public void Read_DirectVerbOfPrepositionalPredicate_TakesCoordinatedDirectObjects()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Zimbabwean President Emmerson Mnangagwa is courting both China and the West, saying that Zimbabwe, after decades of pariah status, is \"open for business.\"");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH d:person:emmerson-mnangagwa").And.Contain("d:person:emmerson-mnangagwa COOPERATES_WITH the-west"));
    }

    [Test]
    public void Read_TriggerEndingInItsPreposition_FindsObject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "\"There is a lot of economic activity, infrastructure development, medical, [you] name it, that China is working with Uganda,\" Baguma said.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("china COOPERATES_WITH uganda"));
    }

    [Test]
    public void Read_ParticipleChainBeforeAgent_EachParticipleTakesAgentAndApposedName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "One example is Kenya’s Standard Gauge Railway, a project financed, built and managed by China.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("china FUNDS d:project:standard-gauge-railway").And.Contain("china BUILDS_OR_OPERATES d:project:standard-gauge-railway"));
    }

    [Test]
    public void Read_TelephoneTalks_IsNegotiation()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "Both Beijing and Kabul worked closely together to keep the story out of the public domain, with then-Vice President (and former NDS chief) Amrullah Saleh tasked to manage the relationship by President Ashraf Ghani.",
            "Shortly before the Taliban’s visit, Chinese leaderXi Jinping spoke by telephone with Afghan President Ghani, likely in part to smooth relations.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("ashraf-ghani NEGOTIATES_WITH xi-jinping"));
    }

    [Test]
    public void Read_ControlAdjectiveBeforeVerb_BridgesToSubject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Taliban have long made it clear they are happy to work with China on certain issues (mostly around investment)—even during the previous Republic government’s time they would speak of protecting Chinese investments.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("china COOPERATES_WITH taliban"));
    }

    [Test]
    public void Read_PraiseOfPossessedThing_SupportsThePossessor()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "At a meeting on Kazakhstan’s future development, Tokayev praised China’s success.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("kassym-jomart-tokayev SUPPORTS china"));
    }

    [Test]
    public void Read_GerundFailingToInvite_NegatedHosting()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Russia failing to invite the Taliban to the Moscow format follows growing irritation in Kabul around the lack of Chinese investment, and growing concern in Iran about terrorist attacks on its territory.");

        Claim hosting = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => c.Predicate == "HOSTS");
        Assert.That((hosting.Subject.Id, hosting.Object.Id, hosting.Negated), Is.EqualTo(("russia", "taliban", true)));
    }


    [Test]
    public void Read_HelpWithNamedObject_Supports()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The SCO might finally be helping China to fulfil its economic ambitions and checkmate the activity of others in Central Asia.");

        Assert.That(claims, Does.Contain("sco SUPPORTS china"));
    }

    [Test]
    public void Read_FundedObjectThenPlace_FundsThePlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China has funded many large infrastructure projects in Uganda, including the 600-megawatt Karuma Hydro Power Project, with a price tag of $1.8 billion, and a highway between Kampala and Entebbe, which cost $350 million.");

        Assert.That(claims, Does.Contain("china FUNDS uganda"));
    }

    [Test]
    public void Read_SeemToWantBeforeSymmetricVerb_RelatesCoordinatedSubjects()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "China and India continue to seem to want to both confront and appear to engage at the same time.");

        Claim rivalry = doc.Paragraphs[0].Claims.Single(c => c.Predicate == "COMPETES_WITH");
        Assert.That((rivalry.Subject.Id, rivalry.Object.Id, rivalry.Hedged), Is.EqualTo(("china", "india", true)));
    }

    [Test]
    public void Read_CaptionStandsNextTo_Meets()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese Foreign Minister Wang Yi, right, stands next to Mullah Abdul Ghani Baradar, acting deputy prime minister of the Afghan Taliban’s caretaker government, in Kabul on Mar. 24: There is little trust in China on the Taliban side.");

        Assert.That(claims, Does.Contain("abdul-ghani-baradar MEETS wang-yi"));
    }

    [Test]
    public void Read_DegreePhraseBeforeSymmetricVerb_RelatesCoordinatedDemonyms()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("During the tenure of the previous Republic government, the Indian and Chinese governments actually even went so far as to cooperate on diplomatic training programmes of Afghan diplomats—an outcome from the successful summits between Narendra Modi and Xi Jinping in 2018 and 2019.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH india"));
    }

    [Test]
    public void Read_VerbFormAfterPossessive_IsANounNotATrigger()
    {
        // VOA (2018-07-15): "its base in Djibouti" is China's base, not China based in Djibouti; the base is there.
        IReadOnlyList<string> claims = ShippedClaims.Of("China considers its base in Djibouti, for example, a “logistics facility.”");

        Assert.That(claims, Is.EquivalentTo(new[] { "china BUILDS_OR_OPERATES djibouti-base", "djibouti-base BASED_IN djibouti" }));
    }

    [Test]
    public void Read_WarnedPartyAbout_IsNoThreat()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But in March, Waldhauser warned U.S. lawmakers about a potential Chinese takeover of a key port in Djibouti, which he called a “worst-case scenario.”");

        Assert.That(claims, Has.None.Contain("THREATENS"));
    }

    // Written: a place phrase between a passive participle and its agent
    [Test]
    public void Read_PassiveWithPlaceBeforeAgent_AgentIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban were hosted in Beijing by Wang Yi in July.");

        Assert.That(claims, Does.Contain("wang-yi HOSTS taliban"));
        Assert.That(claims, Has.None.Match("^taliban HOSTS"));
    }

    // Written: coordinated parties trading accusations do not trade with each other
    [Test]
    public void Read_CoordinatedSubjectsTradedAccusations_NoTradesWith()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamabad and Kabul traded accusations over the border clashes.");

        Assert.That(claims, Has.None.Match("TRADES_WITH"));
    }

    // Written: an exporter trades with the party after "to", past the goods and their value.
    [TestCase("Kazakhstan exports oil to China through the Atasu-Alashankou pipeline.", "china TRADES_WITH kazakhstan")]
    [TestCase("Afghanistan exported coal worth $100 million to Pakistan last year.", "afghanistan TRADES_WITH pakistan")]
    public void Read_ExportsTo_TradesWith(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written in the wire form: a participle with its preposition, set off by a comma, describes the name before the comma.
    [TestCase("Al-Shabaab, based in Somalia, claimed the attack.", "al-shabaab BASED_IN somalia")]
    [TestCase("The ISKP cell, based in Kunduz, planned attacks on Chinese targets. The group, based in Kunduz, was dismantled.", "iskp BASED_IN kunduz")]
    public void Read_ParticipleSetOffByComma_DescribesNameBeforeComma(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written in the wire form: armed fighting, war waged and a fight for a party.
    [TestCase("Pakistani troops battled Baloch separatists in Balochistan.", "pakistan ATTACKS baloch-separatists")]
    [TestCase("The Taliban waged a war against the United States for twenty years.", "taliban ATTACKS united-states")]
    [TestCase("The United States carried out a drone strike against Ayman al-Zawahiri in Kabul.", "united-states ATTACKS ayman-al-zawahiri")]
    [TestCase("The Taliban has fought against ISKP for years.", "taliban OPPOSES iskp")]
    [TestCase("Uyghur militants fought for the Taliban.", "taliban ALLIED_WITH uyghur-militants")]
    public void Read_FightingTriggers_StateConflictOrAlliance(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written in the wire form: a country's nationals, citizens, workers or engineers stand for it, as its officials do
    // (the seed annotation leaves "violence against Chinese nationals" without a claim only because no attacker is named).
    [TestCase("The TTP attacked Chinese workers in Dasu.", "ttp ATTACKS china")]
    [TestCase("The Baloch Liberation Army targeted Chinese engineers in Karachi.", "balochistan-liberation-army ATTACKS china")]
    [TestCase("Chinese workers built the Karakoram Highway.", "china BUILDS_OR_OPERATES karakoram-highway")]
    public void Read_DemonymBeforeNationalsOrWorkers_CountryIsTheParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_TriggerWordAfterArticleAndDemonym_IsNounNotVerb()
    {
        // English-EWT training text: "press" after "The Pakistani" is the newspapers, not a verb of demanding.
        IReadOnlyList<string> claims = ShippedClaims.Of("Aafia Siddiqui was detained in Karachi.", "The Pakistani press reported that she was nabbed in Karachi after being spotted at the airport in late March or early April 2003.");

        Assert.That(claims, Has.None.Contains("DEMANDS_FROM"));
    }

    // Written wire-report lines on China's lending in Africa: "lend" and "loan" are FUNDS verbs, an approximation before
    // a sum does not end the object's search, and lenders are actors. No corpus sentence is phrased so.
    [TestCase("China has lent more than $143 billion to Kenya.", "china FUNDS kenya")]
    [TestCase("China loaned Kenya $3.2 billion.", "china FUNDS kenya")]
    [TestCase("Chinese lenders have extended $10 billion in loans to Zambia.", "china FUNDS zambia")]
    [TestCase("China provided 90 percent of the funding for Kenya.", "china FUNDS kenya")]
    public void Read_LendingWithSum_LenderFundsBorrower(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }
    // CIA World Factbook, Togo and Lesotho: a person who rules a state leads it; a party does not (LEADS takes a person).
    [Test]
    public void Read_PersonRulesState_LeadsIt_PartyDoesNot()
    {
        IReadOnlyList<string> person = ShippedClaims.Of("Gen. Gnassingbe Eyadema, installed as military ruler in 1967, ruled Togo with a heavy hand for almost four decades.");
        IReadOnlyList<string> party = ShippedClaims.Of("Lesotho was granted independence in 1966. The Basotho National Party ruled the country during its first two decades.");

        Assert.That(person, Has.Some.Match("gnassingbe-eyadema LEADS togo"));
        Assert.That(party, Has.None.Contain(" LEADS "));
    }

    // VOA 2018-02-18 (a VOA dev article, outside the annotated set): "helping build" helps nobody; the verb after it takes
    // the object.
    [Test]
    public void Read_VerbRightAfterTrigger_NoClaimForTheFirst()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("At the end of the CCTV skit, the mother says that a Chinese doctor once saved her life, and now the Chinese are helping build Africa’s infrastructure and cultivating her daughter into a better person.");

        Assert.That(claims, Has.None.Contains("SUPPORTS"));
    }

    // CIA World Factbook, Armenia (relation training set): "engaged in" names an activity, not a partner.
    [Test]
    public void Read_EngagedIn_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Armenia and Azerbaijan engaged in a second military conflict over Nagorno-Karabakh in 2020; Armenia lost control over much of the territory it had previously captured, returning the southern part of Nagorno-Karabakh and the territories around it to Azerbaijan.");

        Assert.That(claims, Has.None.Contains("COOPERATES_WITH"));
    }

    // CIA World Factbook, Burma, Belgium and Iraq (relation training set): conquest and occupation are attacks, in the
    // active and the passive.
    [TestCase("Britain conquered Burma over a period extending from the 1820s to the 1880s and administered it as a province of India until 1937, when Burma became a self-governing colony.", "united-kingdom ATTACKS myanmar")]
    [TestCase("Belgium became independent from the Netherlands in 1830; it was occupied by Germany during World Wars I and II.", "germany ATTACKS belgium")]
    [TestCase("Formerly part of the Ottoman Empire, Iraq was occupied by the United Kingdom during World War I and was declared a League of Nations mandate under UK administration in 1920.", "united-kingdom ATTACKS iraq")]
    public void Read_ConquestOrOccupation_Attacks(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Chile, Japan's Pacific islands, Uganda and Equatorial Guinea (relation training set): defeating,
    // seizing and deposing a party are attacks.
    [TestCase("In the War of the Pacific (1879-83), Chile defeated Peru and Bolivia to win its current northernmost regions.", "chile ATTACKS peru")]
    [TestCase("In the War of the Pacific (1879-83), Chile defeated Peru and Bolivia to win its current northernmost regions.", "chile ATTACKS bolivia")]
    [TestCase("Japan seized Palau in 1914, was granted a League of Nations mandate to administer the islands in 1920, and made Koror the capital of its South Seas Mandate in 1922.", "japan ATTACKS palau")]
    [TestCase("In 1966, Prime Minister Milton Obote suspended the constitution and violently deposed President Edward Mutesa, who was also the king of Buganda.", "d:person:milton-obote ATTACKS d:person:edward-mutesa")]
    public void Read_DefeatSeizeDepose_Attacks(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // GUM news document on the 2018 World Cup and CIA World Factbook, Dominican Republic (relation training set): beating a
    // rival at a match or an election is a contest, not an attack (claim_cues `contest_verbs`, `contests`).
    [TestCase("Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England, with a late goal from English captain Harry Kane.", "south-korea COMPETES_WITH sweden")]
    [TestCase("In 1966, Joaquin Balaguer defeated BOSCH in the presidential election.", "d:organisation:bosch COMPETES_WITH d:person:joaquin-balaguer")]
    public void Read_DefeatInContest_CompetesNotAttacks(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.Contains("ATTACKS"));
    }

    // Written lines: what a verb of taking takes from a demonym's people is no attack on them (claim_cues
    // `name_object_verbs`); the named party is.
    [TestCase("The Taliban seized Afghan assets.", "")]
    [TestCase("The Taliban seized Kabul in August 2021.", "taliban ATTACKS afghanistan")]
    public void Read_SeizeDemonymObject_OnlyNamesAttacked(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence).Where(c => c.Contains("ATTACKS")).ToList();

        Assert.That(claims, expected.Length == 0 ? Is.Empty : Is.EqualTo(new[] { expected }));
    }

    // Written lines on the project's subject (no corpus sentence has a named party kill a state's soldiers or nationals):
    // killing them is an attack on the state, as the annotators read the nationals killed in a claimed bombing.
    [TestCase("The TTP killed 12 Pakistani soldiers in an ambush.", "ttp ATTACKS pakistan")]
    [TestCase("ISKP killed three Chinese nationals in Kabul.", "iskp ATTACKS china")]
    public void Read_KilledStatesSoldiersOrNationals_AttacksTheState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Greece (relation training set), and a written line on the Standard Gauge Railway (no corpus
    // sentence conjoins "financed by" and "built by"): a participle conjoined after an earlier one's agent shares its
    // patient, past a bracket and an adverb.
    [TestCase("In World War Ii, Greece was first invaded by Italy (1940) and subsequently occupied by Germany (1941-44); fighting endured in a protracted civil war between supporters of the king and other anti-communist and communist rebels.", "germany ATTACKS greece")]
    [TestCase("The Standard Gauge Railway was financed by China Exim Bank and built by China Road and Bridge Corporation.", "china-road-and-bridge-corporation BUILDS_OR_OPERATES d:project:standard-gauge-railway")]
    public void Read_ConjoinedPassiveWithOwnAgent_SharesThePatient(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h47/a1.md:28 and a written variant: a present verb conjoined after "and" shares the subject of the verb
    // its clause began with, past that verb's object and places.
    [TestCase("The dispute comes as Moscow works to shore up its own influence in a region where Russian remains the language of business and hundreds of thousands of Kyrgyz migrants work in Russian cities. Kyrgyzstan hosts a Russian air base at Kant, east of Bishkek, and belongs to both the Russian-led Collective Security Treaty Organization and the Shanghai Cooperation Organisation, in which China and Russia are the dominant powers.", "kyrgyzstan MEMBER_OF sco")]
    [TestCase("Pakistan hosts millions of Afghan refugees and accuses the Taliban of sheltering militants.", "pakistan CRITICIZES taliban")]
    public void Read_PresentVerbConjoinedAfterAnd_SharesTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Algeria (relation training set): a town captured by name is attacked, not detained; its state is
    // the party. A written line on the project's subject for "recapture" and "retake".
    [TestCase("Under the Turks, the Barbary pirates operated from North Africa and preyed on shipping, from about 1500 until the French captured Algiers in 1830.", "france ATTACKS algeria")]
    [TestCase("The Afghan army retook Kunduz from the Taliban.", "d:organisation:army-of-afghanistan ATTACKS kunduz")]
    public void Read_PlaceCaptured_Attacks(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.Contains("DETAINS"));
    }

    // Written lines on the project's subject and in the manner of coalition press releases (no corpus sentence names the
    // owner of a strike a patient died in, an attacker by "-led" or "led by", a siege, or the Assad regime): the strike's
    // owner kills; the leader of a coalition acts for it; "Assad" alone is Bashar al-Assad.
    [TestCase("Ayman al-Zawahiri was killed in a US drone strike in Kabul.", "united-states KILLS ayman-al-zawahiri")]
    [TestCase("The Saudi-led coalition has bombed the Houthis.", "saudi-arabia ATTACKS houthis")]
    [TestCase("US-led coalition forces attacked ISIS.", "united-states ATTACKS islamic-state")]
    [TestCase("Coalition forces led by the United States attacked ISIS.", "united-states ATTACKS islamic-state")]
    [TestCase("Kurdish forces besieged Raqqa in June.", "kurds ATTACKS raqqa")]
    [TestCase("Hizballah fighters are supporting the Assad regime in Syria.", "hezbollah SUPPORTS bashar-al-assad")]
    public void Read_StrikeOwnerOrCoalitionLeader_IsTheAgent(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Turkey (relation training set): a military intervention on an island state attacks it.
    [Test]
    public void Read_IntervenedMilitarilyOn_Attacks()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Turkey intervened militarily on Cyprus in 1974 to prevent a Greek takeover of the island and has since acted as patron state to the \"Turkish Republic of Northern Cyprus,\" which only Turkey recognizes.");

        Assert.That(claims, Does.Contain("turkey ATTACKS cyprus"));
    }

    // Seed article: pushing a rival out of a region is competition; "oust" is no attack verb.
    [Test]
    public void Read_OustFromRegion_NoAttack()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("There are always dark rumors that Beijing is trying to oust Moscow from the region and that heated competition behind the scenes could escalate.");

        Assert.That(claims, Has.None.Contains("ATTACKS"));
    }

    // CIA World Factbook, Azerbaijan (relation training set): parties that fought each other attack each other.
    [Test]
    public void Read_CoordinatedSubjectsFought_AttackEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beginning in 1988, Azerbaijan and Armenia fought over the Nagorno-Karabakh region, which was populated largely by ethnic Armenians but incorporated into Soviet Azerbaijan as an autonomous oblast in the early 1920s.");

        Assert.That(claims, Does.Contain("azerbaijan ATTACKS armenia").And.Contain("armenia ATTACKS azerbaijan"));
    }

    // CIA World Factbook, Saint Lucia and Gibraltar (relation training set): coordinated parties that contest or spar over
    // something compete with each other; what they contest, here a country, is no party.
    [TestCase("England and France contested Saint Lucia -- with its fine natural harbor at Castries and burgeoning sugar industry -- throughout the 17th and early 18th centuries, with possession changing 14 times; it was finally ceded to the UK in 1814 and became part of the British Windward Islands colony.", "england COMPETES_WITH france")]
    [TestCase("Spain and the UK continue to spar over the territory.", "spain COMPETES_WITH united-kingdom")]
    public void Read_CoordinatedSubjectsContest_CompeteEachOther(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.Contains("saint-lucia"));
    }

    // Development sentence (h32): a description that stands for two parties fought, so each attacked the other.
    [Test]
    public void Read_DescriptionOfTwoPartiesFought_AttackEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("India, the pipeline's intended final market, has sent no minister to TAPI meetings since the Taliban took power, and its relations with Pakistan have remained frozen since the two countries fought a brief war last May.");

        Assert.That(claims, Does.Contain("india ATTACKS pakistan").And.Contain("pakistan ATTACKS india"));
    }

    // Development sentence (h28): what a description of two parties agrees is no agreement between them.
    [Test]
    public void Read_DescriptionOfTwoPartiesAgreed_NoAgreement()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He thanked Chinese President Xi Jinping by name and said the two leaders had agreed in a telephone call last week to speed up work on the Kyrgyz section.");

        Assert.That(claims, Has.None.Contains("SIGNS_AGREEMENT_WITH"));
    }

    // Written lines (no corpus sentence has coordinated parties fighting on one side): parties that fought together or in
    // a war are allies, not foes.
    [TestCase("Britain and France fought together in Crimea.")]
    [TestCase("Britain and France fought in World War I.")]
    public void Read_FoughtOnOneSide_NoAttack(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("ATTACKS"));
    }

    // CIA World Factbook, Slovenia (relation training set): acceding to a body is joining it.
    [Test]
    public void Read_AccededTo_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Slovenia acceded to both NATO and the EU in the spring of 2004; it joined the euro zone and the Schengen Area in 2007.");

        Assert.That(claims, Does.Contain("slovenia MEMBER_OF nato").And.Contain("slovenia MEMBER_OF european-union"));
    }

    // CIA World Factbook, Vanuatu (relation training set): a state that stationed soldiers in a place is based there.
    [Test]
    public void Read_StationedSoldiersIn_BasedIn()
    {
        Assert.That(ShippedClaims.Of("During the war, the US stationed up to 50,000 soldiers in Vanuatu."), Does.Contain("united-states BASED_IN vanuatu"));
    }

    // CIA World Factbook, Yemen (relation training set): parties that agreed to act together made an agreement.
    [Test]
    public void Read_CoordinatedSubjectsAgreedTo_SignAgreement()
    {
        Assert.That(ShippedClaims.Of("In 2000, Saudi Arabia and Yemen agreed to delineate their border."), Does.Contain("saudi-arabia SIGNS_AGREEMENT_WITH yemen"));
    }

    // A seed sentence outside the annotated sets, and GUM's Chomsky interview (relation training set): agreeing with a
    // party, or that something is so, is sharing a view, not an agreement.
    [TestCase("Beijing started to agree with Islamabad and mutter about Indian support for terrorist groups using bases in Afghanistan to strike Chinese targets in Pakistan.")]
    [TestCase("And George Bush and James Baker, secretary of state, agreed that NATO would not expand one inch to the east.")]
    public void Read_AgreedWithOrThat_NoAgreement(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("SIGNS_AGREEMENT_WITH"));
    }

    // CIA World Factbook, Morocco (relation training set): recognising a state's sovereignty recognises the state.
    [Test]
    public void Read_RecognizedPossessorsSovereignty_RecognizesPossessor()
    {
        Assert.That(ShippedClaims.Of("In 2020, the US recognized Morocco's sovereignty over all of Western Sahara."), Does.Contain("united-states RECOGNIZES morocco"));
    }

    // CIA World Factbook, Senegal (relation training set): traders along a coast traded there, not with each other.
    [Test]
    public void Read_CoordinatedSubjectsTradedAlongPlace_NoTradeBetweenThem()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Starting in the 15th century, Portugal, the Netherlands, France, and Great Britain traded along the Senegalese coast.");

        Assert.That(claims, Has.None.Contains("TRADES_WITH"));
    }

    // GUM biography of Chao Yuen Ren and the CIA World Factbook, South Sudan (relation training set): going or returning
    // to a place is a visit.
    [TestCase("Born in Tianjin with ancestry in Changzhou, Jiangsu province, Chao went to the United States with a Boxer Indemnity Scholarship in 1910 to study mathematics and physics at Cornell University, where he was a classmate and lifelong friend of Hu Shih, the leader of the New Culture Movement.", "chao VISITS united-states")]
    [TestCase("The transitional government was formed in 2020, when MACHAR returned to Juba as first vice president.", "machar VISITS juba")]
    public void Read_WentOrReturnedTo_Visits(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.Some.EndsWith(expected));
    }

    // Written lines (no corpus sentence names both parties so): inviting a party to act is no hosting; inviting it to a
    // place is.
    [Test]
    public void Read_InvitedToAct_NoHosting()
    {
        IReadOnlyList<string> act = ShippedClaims.Of("The Taliban have invited Chinese firms to invest in Afghanistan.");
        IReadOnlyList<string> place = ShippedClaims.Of("China invited the Taliban to Beijing.");

        Assert.That(act, Does.Contain("china INVESTS_IN afghanistan").And.None.Contains("HOSTS"));
        Assert.That(place, Does.Contain("china HOSTS taliban"));
    }

    // Written lines (no corpus sentence puts "allied" after a copula): a symmetric participle with its party after "with"
    // or "to" states the relation; it is no passive waiting for an agent.
    [TestCase("The TTP is allied with the Afghan Taliban.", "taliban ALLIED_WITH ttp")]
    [TestCase("Hezbollah is closely allied to Iran.", "hezbollah ALLIED_WITH iran")]
    public void Read_SymmetricParticipleAfterCopula_StatesTheRelation(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line (the corpora shoot down no named party's aircraft): a demonym's warplane stands for its state.
    [Test]
    public void Read_ShotDownDemonymWarplane_AttacksTheState()
    {
        Assert.That(ShippedClaims.Of("Turkey shot down a Russian warplane near the Syrian border."), Does.Contain("turkey ATTACKS russia"));
    }

    // Written line (no corpus sentence telephones a named party): telephoning a party talks with it.
    [Test]
    public void Read_Telephoned_NegotiatesWith()
    {
        Assert.That(ShippedClaims.Of("Barack Obama telephoned Vladimir Putin on Friday."), Does.Contain("barack-obama NEGOTIATES_WITH vladimir-putin"));
    }

    // CIA World Factbook, Samoa (relation training set): a word in -ing right after "had" is no verb ("trading posts").
    [Test]
    public void Read_IngWordAfterHave_NoVerb()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("By the 1880s, Germany, the UK, and the US had trading posts and claimed parts of the kingdom.");

        Assert.That(claims, Has.None.Contains("TRADES_WITH"));
    }

    // Written lines (the issue's "a deal signed by X and Y"; no corpus sentence writes it): a symmetric verb's agents with
    // no named patient hold the relation together; a state of things they are agents of does not ("bordered by", CIA World
    // Factbook, Western Sahara).
    [Test]
    public void Read_SymmetricPassiveAgents_RelatedToEachOther()
    {
        Assert.That(ShippedClaims.Of("A deal signed by China and Pakistan expanded trade."), Does.Contain("china SIGNS_AGREEMENT_WITH pakistan"));
        Assert.That(ShippedClaims.Of("Western Sahara is a non-self-governing territory on the northwest coast of Africa bordered by Morocco, Mauritania, and Algeria."),
            Has.None.Contains("BORDERS"));
    }

    // Written lines: in a relative clause a transitive verb with nothing after it takes the name the pronoun stands for.
    [TestCase("The Taliban, whom Pakistan has long supported, took power in 2021.")]
    [TestCase("The Taliban, which Pakistan has long supported, took power in 2021.")]
    public void Read_RelativeClauseWithoutObject_AntecedentIsObject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("pakistan SUPPORTS taliban"));
    }

    // Written lines: concerns raised, expressed or voiced about a party, being critical of it and taking issue with it
    // are an expressed stance, as the guide reads "voiced complaints"; a possessive names the party criticised.
    [TestCase("India has voiced concerns over the China-Pakistan Economic Corridor.", "india CRITICIZES china-pakistan-economic-corridor")]
    [TestCase("Pakistan has expressed concern over the presence of TTP fighters in Afghanistan.", "pakistan CRITICIZES ttp")]
    [TestCase("Kazakhstan raised concerns about Russia's actions in Ukraine.", "kazakhstan CRITICIZES russia")]
    [TestCase("Pakistan has been critical of the Taliban.", "pakistan CRITICIZES taliban")]
    [TestCase("Zambian officials took issue with China's demands.", "zambia CRITICIZES china")]
    public void Read_ConcernsVoicedAboutParty_Criticizes(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a mediator between two parties negotiates with each.
    [Test]
    public void Read_MediatedBetweenParties_NegotiatesWithEach()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan mediated between the Taliban and the TTP.");

        Assert.That(claims, Does.Contain("pakistan NEGOTIATES_WITH taliban").And.Contain("pakistan NEGOTIATES_WITH ttp"));
    }

    // CIA World Factbook, Eritrea (relation training set, where the pair is not annotated as no name stands for it) and
    // written wire-report lines: a description that stands for two parties, alone in its sentence, signs or talks for both.
    [TestCase("More than a decade of a tense “no peace, no war” stalemate ended in 2018 when the newly elected Ethiopian prime minister accepted the EEBC’s 2007 ruling, and the two countries signed declarations of peace and friendship.", "eritrea SIGNS_AGREEMENT_WITH ethiopia", "Eritrea and Ethiopia fought a border war from 1998 to 2000.")]
    [TestCase("The two countries signed a trade agreement.", "china SIGNS_AGREEMENT_WITH kazakhstan", "Kazakhstan and China held talks in Astana.")]
    [TestCase("The two leaders held talks.", "kassym-jomart-tokayev NEGOTIATES_WITH xi-jinping", "Tokayev welcomed Xi Jinping at the airport.")]
    public void Read_DescriptionOfTwoParties_RelatesBoth(string sentence, string expected, string before)
    {
        Assert.That(ShippedClaims.Of(before + " " + sentence), Does.Contain(expected));
    }

    // Written development lines (h71, h61): a description that stands for three states met before agrees for every two
    // of them; a pair ("the two sides") or persons do not.
    [TestCase("In a joint statement, the three countries agreed to set up a secure channel to exchange information on ISKP fighters, including Central Asian recruits travelling through Iran and Turkey.",
        "The arrests came as senior security officials from Pakistan, China and Russia met in Islamabad on Wednesday to discuss intelligence sharing on ISKP, the first such trilateral meeting since the Taliban takeover.",
        new[] { "china SIGNS_AGREEMENT_WITH pakistan", "china SIGNS_AGREEMENT_WITH russia", "pakistan SIGNS_AGREEMENT_WITH russia" })]
    [TestCase("At the last round, held in Kabul in August 2025, the three governments agreed to extend CPEC into Afghanistan.",
        "Wang is expected to travel to Kabul later this year for the next round of the trilateral dialogue among the foreign ministers of China, Pakistan and Afghanistan, diplomats in Beijing said.",
        new[] { "china SIGNS_AGREEMENT_WITH pakistan", "afghanistan SIGNS_AGREEMENT_WITH china", "afghanistan SIGNS_AGREEMENT_WITH pakistan" })]
    public void Read_GroupOfThreeAgreed_SignsEachPair(string sentence, string before, string[] expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(before, sentence);

        Assert.That(claims, Is.SupersetOf(expected));
    }

    // Written development line (h40): "the two sides" after two persons' talks is left out, its pair being often not the two meant.
    [Test]
    public void Read_PairAgreed_NoAgreement()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Wang also held talks with Dar, and China's foreign ministry said the two sides had agreed to step up protection for Chinese personnel working on the China-Pakistan Economic Corridor.");

        Assert.That(claims, Has.None.Contains("SIGNS_AGREEMENT_WITH"));
    }

    // Written wire-report lines: the party a two-word verb is addressed to stands between its words; what follows the
    // preposition is the object, the addressee none.
    [TestCase("Tillerson warned African nations against taking Chinese loans.")]
    [TestCase("Tillerson warned African countries against Chinese loans.")]
    public void Read_AddresseeInsideTwoWordVerb_ObjectAfterPreposition(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain("rex-tillerson CRITICIZES china").And.None.Contains("CRITICIZES africa"));
    }

    // Written wire-report line: standing by a party is supporting it (an irregular past written out in predicates.yaml).
    [Test]
    public void Read_StoodBy_Supports()
    {
        Assert.That(ShippedClaims.Of("China has stood by Zimbabwe for decades."), Does.Contain("china SUPPORTS zimbabwe"));
    }

    // Written wire-report lines on the Mes Aynak mine: what is mined stands between a two-word verb's words, and the
    // subject of a verb of signing acts through the deal "to" mine (claim_cues resources, control_nouns, control_verbs).
    [TestCase("China Metallurgical Group mines copper in Mes Aynak.", "metallurgical-corporation-of-china BUILDS_OR_OPERATES mes-aynak")]
    [TestCase("Chinese companies signed deals to mine copper at Mes Aynak.", "china BUILDS_OR_OPERATES mes-aynak")]
    public void Read_ResourceInsideTwoWordVerb_BuildsOrOperates(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines: "each other" makes coordinated subjects, or a description that stands for two, each other's objects.
    [TestCase("Afghanistan and Pakistan accuse each other of sheltering militants.")]
    [TestCase("Afghanistan and Pakistan have clashed repeatedly along their border. The two neighbours blame each other for the violence.")]
    public void Read_EachOther_EachWay(string text)
    {
        Assert.That(ShippedClaims.Of(text), Is.SupersetOf(new[] { "afghanistan CRITICIZES pakistan", "pakistan CRITICIZES afghanistan" }));
    }

    // Written lines: the object of a relative clause is the name its noun describes, by apposition or a copula (past a
    // bracketed short form and a people's name).
    [TestCase("The Turkestan Islamic Party (TIP) is a Uyghur militant group that China blames for attacks in Xinjiang.", "china CRITICIZES turkestan-islamic-party")]
    [TestCase("Beijing has long pressed Kabul over the TTP, a militant group that Pakistan accuses of attacks.", "pakistan CRITICIZES ttp")]
    public void Read_ObjectRelativeAfterDescribedNoun_TheNamedObject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Seeds 000_b1cf9653562b7715.txt:151: a copula far before the noun says nothing of the relative's object.
    [Test]
    public void Read_ObjectRelativeAfterDistantCopula_NoClaim()
    {
        Assert.That(ShippedClaims.Of("They were also quick to rekindle the formats that Beijing had established between the Republic and Islamabad, as well as try to find ways of engaging with the Taliban through the many regional formats that have developed over the years around the country."),
            Has.None.StartsWith("china BUILDS_OR_OPERATES"));
    }

    // Written: "whom" stands for a person, not the place named right before it.
    [Test]
    public void Read_WhomAfterPlace_NoClaimOnThePlace()
    {
        Assert.That(ShippedClaims.Of("The sanctions target Chen Quanguo, the former Communist Party secretary of Xinjiang, whom U.S. officials accuse of overseeing mass detentions."),
            Has.None.Contains("CRITICIZES xinjiang"));
    }

    // Written wire-report lines: a short phrase of time or place between a participle and its "by" agent ("received at the
    // airport by", "signed on Tuesday by").
    [TestCase("Shehbaz Sharif was received at the airport by Li Qiang.", "li-qiang HOSTS shehbaz-sharif")]
    [TestCase("The deal was signed on Tuesday by China and Kyrgyzstan.", "china SIGNS_AGREEMENT_WITH kyrgyzstan")]
    public void Read_PassiveAgentAfterTimeOrPlacePhrase_AgentIsSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a place phrase and then a phrase of time between a participle and its "by" agent.
    [Test]
    public void Read_PassiveAgentAfterPlaceAndTimePhrases_AgentsSign()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The agreement was signed in Dushanbe on Monday by Tajik Interior Minister Ramazon Rahimzoda and China's Minister of Public Security, Wang Xiaohong, who arrived in the Tajik capital on Sunday for a two-day visit.");

        Assert.That(claims, Does.Contain("d:person:ramazon-rahimzoda SIGNS_AGREEMENT_WITH wang-xiaohong"));
    }

    // Written wire-report lines: forces that stage joint exercises cooperate.
    [TestCase("Chinese and Tajik special forces staged joint exercises near the Afghan border in October.", "china COOPERATES_WITH tajikistan")]
    [TestCase("China and Tajikistan staged joint exercises near the Afghan border in October.", "china COOPERATES_WITH tajikistan")]
    public void Read_JointExercisesReciprocal_Cooperate(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a relative clause's object is the name an apposition a people's name qualifies stands beside.
    [Test]
    public void Read_ObjectRelativeAfterPeopleQualifiedApposition_NameIsObject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing's main concern is the Turkistan Islamic Party, a Uyghur militant group that China blames for attacks in Xinjiang.");

        Assert.That(claims, Does.Contain("china CRITICIZES turkestan-islamic-party"));
    }

    // Written wire-report lines: border forces and guards act for their state, and "heavy" fire is exchanged each way.
    [TestCase("Pakistani and Afghan border forces exchanged heavy fire near Torkham on Sunday.")]
    [TestCase("Pakistani and Afghan border guards clashed near Torkham on Sunday.")]
    public void Read_CoordinatedDemonymBorderForcesReciprocal_AttackEachWay(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("pakistan ATTACKS afghanistan").And.Contain("afghanistan ATTACKS pakistan"));
    }

    // Written wire-report line: objecting to something opposes it.
    [Test]
    public void Read_ObjectedTo_Opposes()
    {
        Assert.That(ShippedClaims.Of("New Delhi has objected to CPEC since its launch."), Does.Contain("india OPPOSES china-pakistan-economic-corridor"));
    }

    // Written wire-report lines: discussing something with a party, or two parties discussing it together, is talks;
    // a name right after "discussed" is the topic ("discussed the Taliban with Putin" states no talks with the Taliban).
    [TestCase("China and Pakistan discussed security on Monday.", "china NEGOTIATES_WITH pakistan")]
    [TestCase("Wang Yi discussed the corridor with Ishaq Dar.", "ishaq-dar NEGOTIATES_WITH wang-yi")]
    public void Read_Discussed_NegotiatesWith(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_DiscussedNamedTopicWithParty_TopicIsNoParty()
    {
        Assert.That(ShippedClaims.Of("Xi Jinping discussed the Taliban with Vladimir Putin."), Has.None.Contains("NEGOTIATES_WITH taliban").And.None.Contains("taliban NEGOTIATES_WITH"));
    }

    // Written wire-report line: traders, exporters and buyers act for the state whose demonym they carry.
    [Test]
    public void Read_DemonymTradersSignWithDemonymBuyers_StatesSign()
    {
        Assert.That(ShippedClaims.Of("Afghan exporters had signed contracts worth more than $150 million with Chinese buyers."), Does.Contain("afghanistan SIGNS_AGREEMENT_WITH china"));
    }

    // Written wire-report lines: an object relative whose verb has only a label after it ("designated a terrorist
    // organisation") takes its antecedent as object, also after a bracketed short form and an apposition's noun.
    [TestCase("The BLA, which Washington designated a terrorist organisation in 2019, claimed the bombing.")]
    [TestCase("The Balochistan Liberation Army (BLA), a separatist group that Washington designated a terrorist organisation in 2019, claimed responsibility for the bombing.")]
    public void Read_ObjectRelativeWithLabelAfterVerb_AntecedentIsObject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("united-states DESIGNATES_OR_DELISTS balochistan-liberation-army"));
    }

    // Written: a participle before one of its predicate's prepositions after an apposition's noun (a demonym among its
    // modifiers) or after a comma describes the name.
    [TestCase("Dushanbe has reported clashes with Jamaat Ansarullah, a Tajik militant group allied with the Taliban.")]
    [TestCase("Jamaat Ansarullah, allied with the Taliban, attacked Tajik border posts.")]
    public void Read_ParticipleBeforePrepositionDescribingName_NameIsSubject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("jamaat-ansarullah ALLIED_WITH taliban"));
    }

    // Written: "working on" a named project builds it; the demonym before the actor noun is the builder.
    [TestCase("A suicide bomber killed five Chinese engineers working on the Dasu hydropower project.", "china BUILDS_OR_OPERATES dasu-hydropower-project")]
    [TestCase("Chinese firms have worked on the Karakoram Highway since the 1960s.", "china BUILDS_OR_OPERATES karakoram-highway")]
    public void Read_WorkingOnProject_BuildsIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: "working on" anything but a project builds nothing.
    [Test]
    public void Read_WorkingOnIssueWithParty_BuildsNothing()
    {
        Assert.That(ShippedClaims.Of("China is working on the issue with the Taliban."), Has.None.Contains("BUILDS_OR_OPERATES"));
    }

    // Written: "chosen to" bridges a subject to its verb.
    [Test]
    public void Read_ChosenToBridge_SubjectActs()
    {
        Assert.That(ShippedClaims.Of("Tashkent has chosen to negotiate with the Taliban rather than protest publicly."), Does.Contain("taliban NEGOTIATES_WITH uzbekistan"));
    }

    // Written wire-report line: an object relative whose verb has only "as" and a label after it.
    [Test]
    public void Read_ObjectRelativeWithAsLabel_AntecedentIsObject()
    {
        Assert.That(ShippedClaims.Of("The TIP, which the United Nations lists as an affiliate of al-Qaeda, fought in Syria."),
            Does.Contain("united-nations DESIGNATES_OR_DELISTS turkestan-islamic-party"));
    }

    // Written wire-report line: a form in -ing after "most" is an adjective ("the most pressing threat").
    [Test]
    public void Read_IngFormAfterMost_NoVerb()
    {
        Assert.That(ShippedClaims.Of("Inside Pakistan, the most pressing threat remains the Pakistani Taliban."), Has.None.Contains("DEMANDS_FROM"));
    }

    // Written wire-report lines: co-mediators are no parties to each other.
    [TestCase("Pakistani and Afghan officials met in Istanbul for talks mediated by Turkey and Qatar.")]
    [TestCase("Qatar and Turkey mediated the talks.")]
    public void Read_CoordinatedMediators_NoNegotiationBetweenThem(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("qatar NEGOTIATES_WITH turkey"));
    }

    // Written wire-report lines: a verb of leaving states membership negated; a negated one states it.
    [TestCase("Uzbekistan, which quit the CSTO in 2012, has taken a different path under President Shavkat Mirziyoyev.", "uzbekistan MEMBER_OF csto NEG")]
    [TestCase("Moscow leads the Collective Security Treaty Organization, while Uzbekistan left the bloc in 2012.", "uzbekistan MEMBER_OF csto NEG")]
    [TestCase("Kazakhstan has never left the CSTO.", "kazakhstan MEMBER_OF csto")]
    public void Read_VerbOfLeaving_MembershipNegated(string sentence, string expected)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}{(c.Negated ? " NEG" : "")}"), Does.Contain(expected));
    }

    // Written wire-report line: "belong to" a body is membership.
    [Test]
    public void Read_BelongTo_MemberOf()
    {
        Assert.That(ShippedClaims.Of("Kyrgyzstan and Tajikistan belong to the Moscow-led Collective Security Treaty Organization (CSTO)."), Does.Contain("tajikistan MEMBER_OF csto").And.Contain("kyrgyzstan MEMBER_OF csto"));
    }

    // Written wire-report line: a definite apposition's body noun and a participle rename the name before it, past its
    // bracketed short form.
    [Test]
    public void Read_ParticipleInDefiniteApposition_NameBeforeIsPatient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban have accused Tajikistan of sheltering the National Resistance Front (NRF), the anti-Taliban armed group led by Ahmad Massoud.");

        Assert.That(claims, Does.Contain("ahmad-massoud LEADS national-resistance-front"));
    }

    // Written wire-report line: a name glued after "anti-" is what the body is against, not the body.
    [Test]
    public void Read_AntiNameBeforeBodyNoun_NotThePatient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Tajikistan has sheltered the National Resistance Front, an anti-Taliban group led by Ahmad Massoud, since 2021.");

        Assert.That(claims, Does.Contain("ahmad-massoud LEADS national-resistance-front").And.None.Contains("LEADS taliban"));
    }

    // Factbook line: a fronted phrase's name before "the" and a noun that is no body's is renamed by nothing.
    [Test]
    public void Read_FrontedPhraseBeforeDefiniteNoun_NoPatient()
    {
        Assert.That(ShippedClaims.Of("During World War II, the islands were occupied by Japanese forces but were ejected by US amphibious assaults."), Has.None.Contains("world-war-ii"));
    }

    // Written wire-report line: coordinated parties that trade accusations criticise each other.
    [Test]
    public void Read_TradedAccusations_EachCriticizesTheOther()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan and Afghanistan traded accusations after the attack on the Torkham crossing.");

        Assert.That(claims, Does.Contain("pakistan CRITICIZES afghanistan").And.Contain("afghanistan CRITICIZES pakistan"));
    }

    // Written wire-report line: a project is no attacker (ATTACKS and KILLS take countries, persons, bodies and groups as subjects).
    [Test]
    public void Read_ProjectBeforeRelativeOfKilling_NoAttacker()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Yao, an Urdu-speaking diplomat who championed the first phase of the China-Pakistan Economic Corridor (CPEC) during that earlier stint, replaces Jiang Zaidong, ambassador since 2023, whose tenure was overshadowed by the March 2024 suicide bombing near the Dasu hydropower project that killed five Chinese engineers.");

        Assert.That(claims, Has.None.Match("^dasu-hydropower-project (ATTACKS|KILLS)"));
    }

    // Written wire-report lines: "whose" and an actor noun before the clause's subject make the antecedent the object.
    [TestCase("Kazakhstan, unlike Turkmenistan, remains a member of the Russian-led Collective Security Treaty Organization, whose troops Tokayev invited in January 2022 to help quell unrest in Almaty.", "kassym-jomart-tokayev HOSTS csto")]
    [TestCase("Moscow sent a delegation to Kabul, whose government Moscow recognised in 2025.", "russia RECOGNIZES afghanistan")]
    public void Read_WhoseActorBeforeSubject_AntecedentIsObject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_BuyFrom_Trades()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China will purchase 250 million tons of liquefied natural gas from Iran over the next 30 years, will develop the massive Yadavaran oil field in Iran, and will receive 150,000 barrels of oil per day from that field.");

        Assert.That(claims, Does.Contain("china TRADES_WITH iran"));
    }

    [Test]
    public void Read_ProjectAppositionAfterStateInPhrase_StateNoPatient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The European Union has also revived talks with Ashgabat on a Trans-Caspian pipeline to Azerbaijan, a project long opposed by Moscow and Tehran.");

        Assert.That(claims, Has.None.Contains("OPPOSES azerbaijan"));
    }

    [Test]
    public void Read_ThreatToDemonymsProjects_ThreatensTheState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The TTP, which Pakistan and the United States have designated a terrorist group, has also threatened Chinese projects, and Pakistani officials blamed it for a March attack on a bus carrying Chinese workers in the Khyber district.");

        Assert.That(claims, Does.Contain("ttp THREATENS china"));
    }

    [Test]
    public void Read_RevivedTalksWith_Negotiates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The European Union has also revived talks with Ashgabat on a Trans-Caspian pipeline to Azerbaijan, a project long opposed by Moscow and Tehran.");

        Assert.That(claims, Does.Contain("european-union NEGOTIATES_WITH turkmenistan"));
    }

    [Test]
    public void Read_HeldSecondRoundOfTalks_Negotiates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("PESHAWAR, May 6 — Pakistani and Afghan Taliban officials held a second round of talks in Urumqi on Wednesday under Chinese mediation, seeking to salvage a ceasefire frayed by Islamabad's demands that Kabul rein in Tehrik-e-Taliban Pakistan, or TTP.");

        Assert.That(claims, Does.Contain("pakistan NEGOTIATES_WITH taliban"));
    }

    [Test]
    public void Read_PersonLivesIn_BasedThere()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "TTP leader Noor Wali Mehsud, who is believed to live in Kabul, said in a video released on Sunday that the group would not lay down its arms and would keep fighting the Pakistani state.");
        Claim claim = doc.Paragraphs[0].Claims.Single(c => c.Predicate == "BASED_IN" && c.Subject.Id == "noor-wali-mehsud");

        Assert.That((claim.Object.Id, claim.Hedged), Is.EqualTo(("kabul", true)));
    }

    [Test]
    public void Read_DemonymsPeopleLiveIn_NoStatePresence()
    {
        // VOA (debt relief, 2018-09-06) "About 100 million Chinese live in poverty, Moore said", with a country for the poverty.
        IReadOnlyList<string> claims = ShippedClaims.Of("About 100 million Chinese live in Pakistan, Moore said.");

        Assert.That(claims, Does.Not.Contain("china BASED_IN pakistan"));
    }

    [Test]
    public void Read_ProposalApposedToBodyAfterPreposition_BodyNoPatient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing has also pushed for the Taliban to be given observer status at the Shanghai Cooperation Organisation, a proposal opposed by India and by Tajikistan, whose president, Emomali Rahmon, has refused to engage with the Taliban since 2021.");

        Assert.That(claims, Has.None.EndsWith("OPPOSES sco"));
    }

    [Test]
    public void Read_ReceivedCredentialsOf_Hosts()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China became the first country to accept a Taliban envoy as ambassador in January 2024, when Xi Jinping received the credentials of Bilal Karimi, a former spokesman for the group, although Beijing has stopped short of formal recognition.");

        Assert.That(claims, Does.Contain("xi-jinping HOSTS bilal-karimi"));
    }

    [Test]
    public void Read_SoldToInsideRelativeBeforeAnd_OneBuyer()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Analysts in Bishkek say Japarov is trying to balance Moscow and Beijing while courting Turkey, which has sold Bayraktar drones to the Kyrgyz military, and Qatar and the United Arab Emirates, whose state investors have pledged money for Kyrgyz hydropower.");

        Assert.That(claims, Does.Contain("kyrgyzstan TRADES_WITH turkey"));
        Assert.That(claims, Does.Not.Contain("qatar TRADES_WITH turkey"));
    }

    [Test]
    public void Read_CoordinatedBuyers_NoTradeBetweenThem()
    {
        // CIA World Factbook (models/claims/texts, Christmas Island).
        IReadOnlyList<string> claims = ShippedClaims.Of("After World War Ii, Australia and New Zealand bought the company mining the phosphate, and in 1958, the UK transferred sovereignty from Singapore to Australia in exchange for $20 million to compensate for the loss of future phosphate income.");

        Assert.That(claims, Does.Not.Contain("australia TRADES_WITH new-zealand"));
    }

    [Test]
    public void Read_VerbBeforeInfinitiveInRelative_InfinitiveTakesTheAntecedent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Gas from the Galkynysh field, which China National Petroleum Corporation (CNPC) helped to develop, travels through Uzbekistan and Kazakhstan along the three lines of the Central Asia-China gas pipeline, which together can carry about 55 billion cubic metres a year.");

        Assert.That(claims, Does.Contain("cnpc BUILDS_OR_OPERATES d:project:galkynysh-field"));
        Assert.That(claims, Does.Not.Contain("cnpc SUPPORTS d:project:galkynysh-field"));
    }

    [Test]
    public void Read_RemainedCommittedTo_Supports()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Ashgabat is also pushing ahead with the Turkmenistan-Afghanistan-Pakistan-India pipeline, known as TAPI, which would run 1,814 km from Galkynysh through Herat and Kandahar to the Indian border town of Fazilka.",
            "Pakistan's Petroleum Minister Ali Pervaiz Malik said Islamabad remained committed to the project, but Indian officials have said privately that New Delhi will not buy gas that crosses Pakistani territory while relations with Islamabad remain frozen.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("pakistan SUPPORTS tapi-pipeline"));
    }

    [Test]
    public void Read_ReturnedFrom_VisitedThere()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The attack came days after Prime Minister Shehbaz Sharif returned from Beijing, where he had promised President Xi Jinping that Pakistan would \"leave no stone unturned\" to protect Chinese workers.");

        Assert.That(claims, Does.Contain("shehbaz-sharif VISITS beijing"));
    }

    // Written wire-report lines and a CIA World Factbook line: an offer to act bridges subject and verb; a protest made to a
    // state criticises it; renegotiating is negotiating; hostility is opposition.
    [TestCase("China has offered to mediate between Tehran and Islamabad, foreign ministry spokesman Lin Jian said on Tuesday, adding that Beijing was \"ready to play a constructive role\" as a friend of both countries.", "china NEGOTIATES_WITH iran")]
    [TestCase("Bishkek protested to Moscow last month over raids in which Russian police detained hundreds of Kyrgyz workers, part of a crackdown on Central Asian migrants that followed the March 2024 attack on Crocus City Hall near Moscow by gunmen of Islamic State Khorasan Province.", "kyrgyzstan CRITICIZES russia")]
    [TestCase("In 2007, India and Bhutan renegotiated their treaty, eliminating the clause that stated that Bhutan would be \"guided by\" India in conducting its foreign policy, although Thimphu continues to coordinate closely with New Delhi.", "bhutan NEGOTIATES_WITH india")]
    [TestCase("Tajikistan, whose government remains hostile to the Taliban and is widely reported to shelter leaders of the anti-Taliban National Resistance Front, was not represented.", "tajikistan OPPOSES taliban")]
    public void Read_NewTriggerPhrases_Claim(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a state_owned cue between "which the" and the relative clause's subject.
    [Test]
    public void Read_RelativeClauseSubjectAfterStateOwned_ObjectIsAntecedent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The division, created in 2016 with about 15,000 troops, already has soldiers stationed at Gwadar port, which the state-owned China Overseas Ports Holding Company has run since 2013 under a 40-year lease.");

        Assert.That(claims, Does.Contain("china-overseas-ports-holding-company BUILDS_OR_OPERATES gwadar-port"));
    }

    // Written wire-report line: a welcomed offer is no hosting of the state whose demonym qualifies it.
    [Test]
    public void Read_WelcomedDemonymNoun_NoHosting()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Iran's ambassador in Islamabad, Reza Amiri Moghadam, welcomed the Chinese offer but said Tehran expected Pakistan to dismantle Jaish al-Adl's camps \"without delay.\"");

        Assert.That(claims, Has.None.Contains("HOSTS china"));
    }

    // Wire report (the twenty-ninth development set): a threat to strike a party threatens it.
    [TestCase("Islamic State Khorasan Province has threatened to target Chinese interests over Beijing's treatment of Uyghurs.", "iskp THREATENS china")]
    public void Read_ThreatenedToTarget_Threatens(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Wire report (the thirtieth development set): "the Islamic State's Khorasan branch" names ISKP (a gazetteer alias), which
    // threatens and is part of the Islamic State.
    [Test]
    public void Read_KhorasanBranchOfIslamicState_Iskp()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Islamic State's Khorasan branch, which has threatened Chinese targets in its propaganda, was not named in the statement.");

        Assert.That(claims, Does.Contain("iskp THREATENS china"));
        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state"));
    }

    // Written wire report (tests/eval/written/h29/a3.md): being greeted is meeting the one who greets.
    [Test]
    public void Read_GreetedBy_Meets()
    {
        Assert.That(ShippedClaims.Of("Afghanistan's acting commerce minister, Nooruddin Azizi, arrived in Beijing on Thursday at the head of a 40-member delegation of officials and businessmen, the latest in a string of Taliban ministers to visit China this year. He was greeted at the airport by Chinese Vice Minister of Commerce Gao Xiaomei and by Bilal Karimi, Afghanistan's ambassador to China."), Does.Contain("d:person:gao-xiaomei MEETS nooruddin-azizi"));
    }

    // h26/a3.md (a development article): a participle right after a body's name modifies it, after "including" too.
    [Test]
    public void Read_LedByAfterNameInAList_AgentLeadsTheName()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Rahmon has also hosted annual forums of Afghan opposition groups in Dushanbe, including the National Resistance Front led by Ahmad Massoud.");

        Assert.That(claims, Does.Contain("ahmad-massoud LEADS national-resistance-front"));
    }

    // h31/a1.md (a development article): a participle conjoined after an earlier one's agent and its year shares its patient.
    [Test]
    public void Read_SecondParticipleAfterAgentAndYear_SharesTheApposedPatient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Balochistan Liberation Army, a separatist group banned by Pakistan in 2006 and led by Bashir Zeb, accuses China of plundering the province's gas and minerals and has repeatedly targeted Chinese nationals in the region.");

        Assert.That(claims, Does.Contain("bashir-zeb LEADS balochistan-liberation-army"));
    }

    // tests/eval/written/h26/a2.md:30: a reciprocal verb of cooperation in quotation marks after coordinated subjects,
    // and the party "with" whom they coordinate.
    [Test]
    public void Read_CoordinatedSubjectsCoordinatingWith_CooperateEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russian and Tajik troops held joint exercises near the Afghan border in October, and Zamir Kabulov, the Kremlin's special envoy for Afghanistan, said last month that Moscow and Beijing were \"coordinating closely\" on border security with Dushanbe.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH russia").Or.Contain("russia COOPERATES_WITH china"));
        Assert.That(claims, Does.Contain("china COOPERATES_WITH tajikistan").Or.Contain("tajikistan COOPERATES_WITH china"));
    }

    // h27/a2.md:18 (a development article): a numbered compound, phrases of place and an adverb between the apposition's
    // noun, its participle and "by".
    [Test]
    public void Read_ApposedNounWithPlacesAndAdverbBeforeBy_AgentFundsName()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Dasu project, a 4,320-megawatt dam on the Indus River in Upper Kohistan financed largely by the World Bank, has been attacked twice: in July 2021, a bomb on a bus carrying its staff killed nine Chinese and four Pakistanis.");

        Assert.That(claims, Does.Contain("world-bank FUNDS d:project:dasu-project"));
    }

    // h26/a2.md:24 (a development article): a phrase of place after the participle's agent does not stop it.
    [Test]
    public void Read_ApposedNumberedNounBorderedBy_AgentBordersName()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Wakhan, a 350-km Afghan panhandle bordered by Tajikistan to the north and Pakistan to the south, touches China only at the remote Wakhjir Pass.");

        Assert.That(claims, Does.Contain("tajikistan BORDERS wakhan-corridor").Or.Contain("wakhan-corridor BORDERS tajikistan"));
    }

    // Written: a negation before "by" is no adverb of the agent.
    [Test]
    public void Read_NotBeforeBy_NoClaim()
    {
        Assert.That(ShippedClaims.Of("The Dasu project, financed not by China but by others, was attacked."), Has.None.Contains("china FUNDS"));
    }

    // Wire reports (the thirty-eighth development set): training a state's officers or units is aid to the state.
    [TestCase("Its special envoy for Afghanistan, Zamir Kabulov, said in September that Moscow would train Afghan counter-narcotics officers at Russian Interior Ministry academies.", "russia PROVIDES_AID_TO afghanistan")]
    [TestCase("Russia's FSB and Kyrgyzstan's State Committee for National Security run a joint task force on the Tajik border in Batken, and Russian instructors trained Kyrgyz sniffer-dog units last year.", "russia PROVIDES_AID_TO kyrgyzstan")]
    [TestCase("Beijing has paid for new posts for the Tajik border troops and a forensic laboratory for the Drug Control Agency, and last year China's Ministry of Public Security trained more than 200 Tajik narcotics officers, according to the Chinese embassy.", "ministry-of-public-security PROVIDES_AID_TO tajikistan")]
    public void Read_TrainedDemonymOfficers_ProvidesAid(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: training with no object ("to train in camps") gives no aid.
    [Test]
    public void Read_TrainWithoutObject_NoAid()
    {
        Assert.That(ShippedClaims.Of("Pakistan allowed the TTP to train in camps near Afghanistan."), Has.None.Contains("PROVIDES_AID_TO"));
    }

    // Wire reports (the thirty-seventh and forty-second development sets): standing with a party supports it.
    [TestCase("\"China stands with the Afghan people in difficult times,\" Zhao said at the ceremony.", "china SUPPORTS afghanistan")]
    [TestCase("\"China has stood with the Afghan people when others turned their backs on us,\" Badri said at the ceremony, adding that he would travel to Beijing next month to seek further investment.", "china SUPPORTS afghanistan")]
    public void Read_StandWith_Supports(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development sentence (h31): a label stands between the passive participle and its agent, and the name a participle
    // in apposition describes is the passive's subject, not that participle's agent.
    [Test]
    public void Read_PassiveWithLabelBeforeAgent_AgentActsOnSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The BLA, led by Bashir Zeb, was designated a terrorist organisation by the United States in 2019, and Washington added its Majeed Brigade to the list in August 2025.");

        Assert.That(claims, Does.Contain("united-states DESIGNATES_OR_DELISTS balochistan-liberation-army").And.None.Contains("DESIGNATES_OR_DELISTS bashir-zeb"));
    }

    // Development sentence (h34): a party struck off a list is delisted, not attacked.
    [Test]
    public void Read_StruckOffList_NoAttack()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kazakhstan and Kyrgyzstan had already struck the Taliban off their own lists of banned groups, in December 2023 and September 2024 respectively.");

        Assert.That(claims, Does.Contain("kazakhstan DESIGNATES_OR_DELISTS taliban").And.None.Contains("ATTACKS"));
    }

    // Written: pushing or lobbying for a named project supports it; "progress on" a project still reaches it.
    [TestCase("Turkmenistan, which holds the world's fourth-largest proven gas reserves, has pushed for Line D since 2013, when Chinese President Xi Jinping and then-President Gurbanguly Berdimuhamedov signed the original agreement in Ashgabat.", "turkmenistan SUPPORTS line-d")]
    [TestCase("Turkmenistan's President Serdar Berdimuhamedov, whose country supplies most of the natural gas China imports by pipeline, pushed for progress on Line D of the Central Asia-China gas pipeline.", "serdar-berdimuhamedov SUPPORTS line-d")]
    public void Read_PushedForProject_Supports(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: lobbying for something that is no named project (a route through a corridor) supports no party.
    [Test]
    public void Read_LobbiedForUnnamedThing_NoSupport()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing has also lobbied for a trade route through the Wakhan Corridor, which borders Xinjiang, and last year the Taliban completed a gravel road through the corridor to within a few kilometres of the Chinese frontier.");

        Assert.That(claims, Has.None.Contains("SUPPORTS"));
    }

    // A written wire-report line (h38): working alongside a party is working with it.
    [Test]
    public void Read_WorkAlongsideParty_Cooperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Investigators from China's Ministry of Public Security worked alongside Kyrgyz officers for five months, tracing payments made through WeChat accounts and cryptocurrency wallets, according to a ministry statement.");

        Assert.That(claims, Does.Contain("kyrgyzstan COOPERATES_WITH ministry-of-public-security"));
    }
}
