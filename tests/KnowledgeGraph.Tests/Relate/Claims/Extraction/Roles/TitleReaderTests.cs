using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.Relate.Claims.ClaimTestDocuments;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Roles from titles before a name and from appositions, on real seed sentences.</summary>
[TestFixture]
internal sealed class TitleReaderTests
{
    // seeds/000:716
    [TestCase("Chinese Foreign Minister Wang Yi, right, stands next to Mullah Abdul Ghani Baradar, acting deputy prime minister of the Afghan Taliban’s caretaker government, in Kabul on Mar. 24: There is little trust in China on the Taliban side.",
        new[] { "Chinese=china:demonym", "Wang Yi=wang-yi", "Abdul Ghani Baradar=abdul-ghani-baradar", "Afghan=afghanistan:demonym", "Taliban=taliban", "Kabul=kabul", "China=china" },
        "wang-yi HOLDS_ROLE_IN china = Foreign Minister;abdul-ghani-baradar HOLDS_ROLE_IN taliban = acting deputy prime minister;abdul-ghani-baradar MEETS wang-yi = ")]
    // seeds/000:173
    [TestCase("In a demonstration perhaps of how comfortable he was in Afghanistan, Abdul Haq, the leader of the Turkestan Islamic Party (TIP, the name the Uyghur militant group often referred to as ETIM gives itself) released a video of himself talking to a large crowd of followers and their children celebrating Eid 2022 in Afghanistan.",
        new[] { "Afghanistan=afghanistan", "Abdul Haq=abdul-haq", "Turkestan Islamic Party=tip", "TIP=tip:acronym" },
        "abdul-haq LEADS tip = leader")]
    // seeds/003:517 (a copula joins holder and title)
    [TestCase("Robert Hannigan was Director of GCHQ, the United Kingdom’s largest intelligence and security agency and NSA equivalent, between 2014 and 2017.",
        new[] { "Robert Hannigan=robert-hannigan", "GCHQ=gchq" },
        "robert-hannigan LEADS gchq = Director")]
    // seeds/000:206 (a non-person apposition: PART_OF)
    [TestCase("The ISKP, an affiliate of the Islamic State militant group, has lashed out in its neighbourhood with little evidence of an effective Taliban response.",
        new[] { "ISKP=iskp:acronym", "Islamic State=islamic-state", "Taliban=taliban" },
        "iskp PART_OF islamic-state = affiliate")]
    // seeds/000:682 (lower-case title between organisation and name)
    [TestCase("Veteran al-Qaeda leader Ayman al-Zawahiri was killed by a drone strike on a safe house in Kabul",
        new[] { "al-Qaeda=al-qaeda", "Ayman al-Zawahiri=ayman-al-zawahiri", "Kabul=kabul" },
        "ayman-al-zawahiri LEADS al-qaeda = leader")]
    // seeds/000:216 (a title with a capitalised tail before the name; "hosted", conjoined with "sent", takes its subject)
    [TestCase("Russia has sent delegations of officials to Kabul and hosted Taliban interim Minister of Industry and Commerce Nooruddin Azizi.",
        new[] { "Russia=russia", "Kabul=kabul", "Taliban=taliban", "Nooruddin Azizi=nooruddin-azizi" },
        "nooruddin-azizi HOLDS_ROLE_IN taliban = interim Minister;russia HOSTS nooruddin-azizi = ;russia VISITS kabul = ")]
    // seeds/000:69 (two titles in one sentence; a preposition before the demonym does not block the role)
    [TestCase("Chinese President Xi Jinping (left) walks alongside Uzbek President Shavkat Mirziyoyev at the Shanghai Cooperation Organization summit in Uzbekistan on September 16.",
        new[] { "Chinese=china:demonym", "Xi Jinping=xi-jinping", "Uzbek=uzbekistan:demonym", "Shavkat Mirziyoyev=shavkat-mirziyoyev", "Uzbekistan=uzbekistan" },
        "xi-jinping LEADS china = President;shavkat-mirziyoyev LEADS uzbekistan = President;shavkat-mirziyoyev MEETS xi-jinping = ")]
    // seeds/003 (a host country inside the title)
    [TestCase("By November 2022, Chinese Ambassador to Afghanistan Wang Yu highlighted how his country had given “300 million RMB in emergency aid to Afghanistan and continued to complete 1 billion RMB in bilateral aid.”",
        new[] { "Chinese=china:demonym", "Afghanistan=afghanistan", "Wang Yu=wang-yu" },
        "wang-yu HOLDS_ROLE_IN china = Ambassador")]
    // VOA dev (an editor's bracket closes the title)
    [TestCase("\"[Chinese leader] Xi Jinping is carving out an increasingly assertive role for China on the world stage,\" Fabricius told VOA.",
        new[] { "Chinese=china:demonym", "Xi Jinping=xi-jinping", "China=china" },
        "xi-jinping LEADS china = leader")]
    public void Read_SeedSentence_RoleWithQualifier(string text, string[] mentions, string expected)
    {
        IReadOnlyList<Claim> claims = Extract(text, mentions);

        string[] found = [.. claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id} = {c.Qualifier}")];
        Assert.That(found, Is.EquivalentTo(expected.Split(';')));
    }

    // Written wire-report lines: a possessive title with its posting after "for", then the person in apposition, also
    // before a second apposed title; a foreign office spokesman holds a role in the state's foreign ministry.
    [TestCase("The meeting was attended by Pakistan's special representative for Afghanistan, Mohammad Sadiq.", "mohammad-sadiq HOLDS_ROLE_IN pakistan")]
    [TestCase("The meeting was attended by Pakistan's special representative for Afghanistan, Mohammad Sadiq, and the Taliban's deputy interior minister, Mohammad Nabi Omari.", "mohammad-sadiq HOLDS_ROLE_IN pakistan")]
    [TestCase("Pakistan's foreign office spokesman, Shafqat Ali Khan, told reporters that talks would resume.", "shafqat-ali-khan HOLDS_ROLE_IN pakistan-ministry-of-foreign-affairs")]
    public void Read_PossessiveTitleThenApposedPerson_HolderHoldsRole(string text, string expected)
    {
        Assert.That(ShippedClaims.Of(text), Does.Contain(expected));
    }

    [Test]
    public void Read_AdjectiveBeforeTitleInApposition_HolderHoldsRole()
    {
        // English-EWT (Juan Cole's weblog): "political" stands between the article and the title.
        IReadOnlyList<string> claims = ShippedClaims.Of("The front-runner for the 2000 Republican presidential nomination faltered Thursday in an international affairs pop quiz posed by Andy Hiller, a political reporter for WHDH-TV in Boston.");

        Assert.That(claims, Has.Some.Match("andy-hiller HOLDS_ROLE_IN"));
    }

    [Test]
    public void Read_AdjectiveBeforeMemberAfterCopula_MemberOf()
    {
        // English-EWT (a news-group post): "permanent" stands between the article and the role noun.
        IReadOnlyList<string> claims = ShippedClaims.Of("China's strong hand in this even extends to the diplomatic realm; China is a permanent member of the United Nations Security Council, and could veto any actions against Iran proposed by the United States.");

        Assert.That(claims, Does.Contain("china MEMBER_OF un-security-council"));
    }

    [Test]
    public void Read_CuratedFormerPresidentWithTitle_LeadsTheUnitedStates()
    {
        // English-EWT (Juan Cole's weblog): the title names no state; Bill Clinton's curated role does.
        IReadOnlyList<string> claims = ShippedClaims.Of("WASHINGTON (CNN) -- Texas Gov. George W. Bush is enduring sharp criticism for being unable to name the leaders of four current world hot spots, but President Bill Clinton says Bush \"should, and probably will, pick up\" those names.");

        Assert.That(claims, Does.Contain("bill-clinton LEADS united-states"));
    }

    [Test]
    public void Read_HyphenatedVicePresident_HoldsRoleNotLeads()
    {
        // English-EWT (a news-group post): "Vice-President" is the vice president's title, not "President".
        IReadOnlyList<string> claims = ShippedClaims.Of("0 - Number of minutes that President Bush, Vice-President Dick Cheney, the Defence Secretary, Donald Rumsfeld, the assistant Defence Secretary, Paul Wolfowitz, the former chairman of the Defence Policy Board, Richard Perle, and the White House Chief of Staff, Karl Rove - the main proponents of the war in Iraq -served in combat (combined).");

        Assert.That(claims, Does.Contain("dick-cheney HOLDS_ROLE_IN united-states").And.Not.Contain("dick-cheney LEADS united-states"));
    }

    [Test]
    public void Read_TitleWithoutOrganisation_NoClaim()
    {
        // seeds/000:9: "presidents" has no organisation and "Vladimir Putin met with other presidents" names one party only.
        IReadOnlyList<Claim> claims = Extract(
            "Vladimir Putin met with other presidents at the Central Asia-Russia summit in Astana on Oct. 14: Central Asia will continue to find Moscow a complicated partner.",
            "Vladimir Putin=vladimir-putin", "Central Asia=central-asia", "Moscow=russia:metonym");

        // The caption's second clause does state a partner role ("find Moscow a complicated partner"); no title claim.
        Assert.That(claims.Where(c => c.Predicate is "LEADS" or "HOLDS_ROLE_IN" or "MEETS"), Is.Empty);
    }

    [Test]
    public void Read_AdjectiveBeforeBodyAfterOf_Leads()
    {
        // VOA dev, shipped pipeline: the tags say "national" is an adjective between "of the" and the body's name.
        IReadOnlyList<string> claims = ShippedClaims.Of("The decision was driven by ties between the countries, says Grace Baguma, director of the national Curriculum Development Center.");

        Assert.That(claims, Has.Some.Match("grace-baguma LEADS .*curriculum-development-center"));
    }

    [Test]
    public void Read_PronounAfterTitle_NotTheHolder()
    {
        // seeds/000:218, shipped pipeline: "his" (resolved to an earlier person) does not hold "the CIA chief".
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Veteran al-Qaeda leader Ayman al-Zawahiri was killed by a drone strike on a safe house in Kabul",
            "The US has also provided at least US$327 million in aid, and has opened direct lines of communication with the Taliban through meetings in Kabul and Doha attended by the CIA chief and his deputy, respectively.");

        Assert.That(claims, Does.Not.Contain("ayman-al-zawahiri LEADS cia"));
    }

    // seeds/000:264 (a singular title names only the first of two coordinated names)
    [Test]
    public void Read_SingularTitleBeforeCoordinatedNames_OnlyTheFirstHolder()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This was largely pushed through by Russia in direct talks between President Vladimir Putin and Xi, with no consultation from the other EAEU members.");

        Assert.That(claims, Has.None.Match("^xi-jinping (LEADS|HOLDS_ROLE_IN)"));
    }

    [Test]
    public void Read_TitleOverBodyOfAPossessor_LeadsThatBody()
    {
        // VOA dev: the director of "the Russian Foreign Ministry's Africa Department" heads the department, not the ministry.
        IReadOnlyList<string> claims = ShippedClaims.Of("“African countries view the development of cooperation in the military and technical sphere as an instrument of ensuring their sovereignty, independence and countering the pressure of Western countries,” Andrei Kemarksy, director of the Russian Foreign Ministry’s Africa Department told the Tass news agency last month.");

        Assert.That(claims, Does.Contain("d:person:andrei-kemarksy LEADS d:organisation:africa-department"));
        Assert.That(claims, Has.None.EndsWith("LEADS russia-ministry-of-foreign-affairs"));
    }

    // The annotation guide's example: a body's title, a comma and the person in apposition
    [Test]
    public void Read_PossessorTitleCommaPerson_PersonHoldsTitle()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban delegation arrived in Islamabad on Monday. It later met Pakistan’s army chief, Asim Munir.");

        Assert.That(claims, Does.Contain("asim-munir LEADS pakistan-army"));
    }

    [Test]
    public void Read_PortfolioWordBeforeTitle_BelongsToTheTitle()
    {
        // Written wire-report line: no corpus sentence writes a demonym, a portfolio and "Minister" before a name.
        IReadOnlyList<string> claims = ShippedClaims.Of("Kenyan Transport Minister James Macharia inspected the line.");

        Assert.That(claims, Does.Contain("d:person:james-macharia HOLDS_ROLE_IN kenya"));
    }
    // English-EWT training text (a news-group post): no body after "as president"; the electors' demonym is the state,
    // and the title before the name keeps its own body.
    [Test]
    public void Read_PersonTheElectorsChooseAsTitle_LeadsTheirState()
    {
        IReadOnlyList<Claim> claims = Extract("Bolivians elected Movement Toward Socialism leader Evo Morales as president -- by the widest margin of any leader since 1982 -- after he ran on a promise to change the country's traditional political class and empower the poor and indigenous majority.",
            "Bolivians=bolivia:demonym", "Movement Toward Socialism=movement-toward-socialism", "Evo Morales=evo-morales");

        Assert.That(claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id} = {c.Qualifier}"),
            Is.EquivalentTo(new[] { "evo-morales LEADS bolivia = president", "evo-morales LEADS movement-toward-socialism = leader" }));
    }

    // CIA World Factbook, Burundi and Guyana (relation training set): a head's title taken with no body named is the office
    // of the state the article names most, when that is the only state the sentence names ("the country" resolves to it),
    // after "as" or right after a passive office-taking verb.
    [TestCase("Burundi’s second democratic elections were held in 2005, resulting in the election of Pierre Nkurunziza as president.", "d:person:pierre-nkurunziza LEADS burundi")]
    public void Read_OfficeTakenWithoutBody_ArticleStatesOffice(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_ElectedTitleWithoutBody_ArticleStatesOffice()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Originally a Dutch colony in the 17th century, by 1815 Guyana had become a British possession.",
            "Guyana achieved independence from the UK in 1966, and since then primarily socialist-oriented governments have ruled the country.",
            "In 1992, Cheddi Jagan was elected president in what is considered the country's first free and fair election since independence.");

        Assert.That(claims, Does.Contain("d:person:cheddi-jagan LEADS guyana"));
    }

    // CIA World Factbook, Equatorial Guinea: the state before "and elected" is named after "from", so no elector is named.
    [Test]
    public void Read_AsTitleAfterAStateNamedByPreposition_NotThatState()
    {
        IReadOnlyList<Claim> claims = Extract("In 1968, Equatorial Guinea was granted independence from Spain and elected Francisco Macias Nguema as its first president.",
            "Spain=spain", "Francisco Macias Nguema=francisco-macias-nguema");

        Assert.That(Triples(claims), Is.Empty);
    }

    // GUM, the biography of Charles J. Fillmore: a verb of serving and "as" join holder and title like a copula.
    [Test]
    public void Read_ServedAsTitleOfBody_LeadsTheBody()
    {
        IReadOnlyList<Claim> claims = Extract("Fillmore served as President of the Linguistic Society of America in 1991 and was awarded an honorary doctorate from the University of Chicago in 2000.",
            "Fillmore=charles-fillmore", "Linguistic Society of America=linguistic-society-of-america");

        Assert.That(Triples(claims), Is.EqualTo(new[] { "charles-fillmore LEADS linguistic-society-of-america" }));
    }

    // seeds/000:644, through the shipped pipeline: "his" resolves to Xi Jinping, whose term of office "as" joins to the title.
    [Test]
    public void Read_PossessivePronounTermAsTitle_HolderLeadsBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This year’s summit is attracting more interest than previously as Chinese President Xi Jinping is set to attend as he makes his first international trip since the beginning of the COVID pandemic. The fact that he has chosen Central Asia and an SCO heads of state summit to do this, even before confirmation of his third term as Communist Party leader at the party’s congress next month, is a reflection of the importance of the SCO to Beijing.");

        Assert.That(claims, Does.Contain("xi-jinping LEADS chinese-communist-party"));
    }

    // Written lines: a name's possessive before a term or tenure (past a length) holds the title after "as"; a term with
    // no possessive person before it, or a possessive that is not a person, holds nothing.
    [TestCase("Shavkat Mirziyoyev's term as president of Uzbekistan began in 2016.", new[] { "Shavkat Mirziyoyev=shavkat-mirziyoyev", "Uzbekistan=uzbekistan" }, "shavkat-mirziyoyev LEADS uzbekistan")]
    [TestCase("Hamid Karzai's second five-year term as president of Afghanistan began in 2009.", new[] { "Hamid Karzai=hamid-karzai", "Afghanistan=afghanistan" }, "hamid-karzai LEADS afghanistan")]
    [TestCase("The term as president of Afghanistan is five years.", new[] { "Afghanistan=afghanistan" }, "")]
    [TestCase("Pakistan's term as chair of the SCO ended in 2020.", new[] { "Pakistan=pakistan", "SCO=sco" }, "")]
    public void Read_PossessiveTenureAsTitle_OnlyPersonHoldsIt(string text, string[] mentions, string expected)
    {
        IReadOnlyList<Claim> claims = Extract(text, mentions);

        Assert.That(Triples(claims), Is.EqualTo(expected.Length == 0 ? [] : new[] { expected }));
    }

    // seeds/000:125 and a written line, through the shipped pipeline: an aside in brackets between a title and the name
    // is stepped over, and a title inside the aside is the name's too.
    [TestCase("Both Beijing and Kabul worked closely together to keep the story out of the public domain, with then-Vice President (and former NDS chief) Amrullah Saleh tasked to manage the relationship by President Ashraf Ghani.", "amrullah-saleh LEADS nds")]
    [TestCase("Pakistan's army chief (and former ISI director) Asim Munir met Wang Yi.", "asim-munir LEADS pakistan-army")]
    [TestCase("Pakistan's army chief (and former ISI director) Asim Munir met Wang Yi.", "asim-munir LEADS inter-services-intelligence")]
    public void Read_AsideInBracketsBeforeHolder_HolderHoldsBothTitles(string text, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(text);

        Assert.That(claims, Does.Contain(expected));
    }

    // CIA World Factbook, Afghanistan: "democratically elected" stands between "first" and the title.
    [Test]
    public void Read_FirstDemocraticallyElectedPresidentOfState_Leads()
    {
        IReadOnlyList<Claim> claims = Extract("In 2004, Hamid Karzai became the first democratically elected president of Afghanistan, and he was reelected in 2009.",
            "Hamid Karzai=hamid-karzai", "Afghanistan=afghanistan");

        Assert.That(Triples(claims), Is.EqualTo(new[] { "hamid-karzai LEADS afghanistan" }));
    }

    // The English-EWT sentence with another verb before the person: "as" alone joins nothing.
    [Test]
    public void Read_AsTitleWithoutWordsOfTakingOffice_NoClaim()
    {
        IReadOnlyList<Claim> claims = Extract("Bolivians welcomed Evo Morales as president.", "Bolivians=bolivia:demonym", "Evo Morales=evo-morales");

        Assert.That(Triples(claims), Is.Empty);
    }

    // GUM interview_chomsky, news_afghan, news_clock and EWT weblog (training documents), through the shipped pipeline: a
    // body after the title's "of" with the holder in apposition; a posting after "to the"; a title qualifying another;
    // "co-founder".
    [TestCase("And the head of NATO, Hoop Scheffer, he has explained that NATO must take on responsibility for ensuring the security of pipelines and sea lanes, that is NATO must be a guarantor of energy supplies for the West.", "d:person:hoop-scheffer LEADS nato")]
    [TestCase("According to Afghan Ambassador to the United States Hamdullah Mohib, the participation of this team in this science competition shows progress in Afghanistan's response to nearly two decades of military conflict.", "hamdullah-mohib HOLDS_ROLE_IN afghanistan")]
    [TestCase("Amnesty chief spokesman Mike Blakemore said: \"It's unbelievable that no one can account for 200,000 assault rifles.", "d:person:mike-blakemore HOLDS_ROLE_IN amnesty-international")]
    [TestCase("Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to come and tour the company.", "d:person:mark-zuckerberg LEADS meta-platforms")]
    public void Read_TitleWrittenAroundItsBody_StatesRole(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // An EWT newsgroup document (training): "Chief of Staff" is an office, not the head "chief".
    [Test]
    public void Read_ChiefOfStaff_HoldsRoleNotLeads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("0 - Number of minutes that President Bush, Vice-President Dick Cheney, the Defence Secretary, Donald Rumsfeld, the assistant Defence Secretary, Paul Wolfowitz, the former chairman of the Defence Policy Board, Richard Perle, and the White House Chief of Staff, Karl Rove - the main proponents of the war in Iraq -served in combat (combined).");

        Assert.That(claims, Does.Contain("d:person:karl-rove HOLDS_ROLE_IN united-states").And.None.StartsWith("d:person:karl-rove LEADS"));
    }

    // CIA World Factbook, Austria (relation training set): a member of a body the possessor owns is no member of the possessor.
    [Test]
    public void Read_MemberOfPossessorsUnnamedBody_NoMembership()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Austria joined the EU in 1995, but the obligation to remain neutral kept it from joining NATO, although the country became a member of NATO's Partnership for Peace program in 1995.");

        Assert.That(claims, Does.Contain("austria MEMBER_OF european-union").And.No.Contain("austria MEMBER_OF nato"));
    }

    // CIA World Factbook, Finland, and GUM news "taxes" (relation training set): a title phrase opening the sentence is
    // said of the name after the comma that closes it.
    [TestCase("A member of the EU since 1995, Finland was the only Nordic state to join the euro single currency at its initiation in January 1999.", "finland MEMBER_OF european-union")]
    [TestCase("The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the sentence \"dangerous\" ((it)) and \"ideological\" ((it)):", "nunzio-galantino LEADS")]
    public void Read_TitleOpeningSentence_NameAfterCommaHoldsIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.Some.Contain(expected));
    }

    // CIA World Factbook, Kyrgyzstan and Cyprus, and a seed sentence (relation training set): a state's colony,
    // protectorate or republic, named by the state's demonym, is part of it; after a copula, in a fronted apposition and
    // before the name.
    [TestCase("Kyrgyzstan became a Soviet republic in 1926 and achieved independence in 1991 when the USSR dissolved.", "kyrgyzstan PART_OF soviet-union")]
    [TestCase("A former British colony, Cyprus became independent in 1960 after years of resistance to British rule.", "cyprus PART_OF united-kingdom")]
    [TestCase("The biggest question that still hangs in the balance is what will happen next in fellow former Soviet republic Ukraine.", "ukraine PART_OF soviet-union")]
    public void Read_DemonymColonyOrRepublic_PartOfState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line (no corpus sentence is phrased so): an ordinal before a title is one of its modifiers.
    [Test]
    public void Read_OrdinalBeforeTitle_StillTheTitle()
    {
        Assert.That(ShippedClaims.Of("Iran became the ninth member of the SCO in 2023."), Does.Contain("iran MEMBER_OF sco"));
    }

    // Written lines (no corpus sentence writes a group's faction or wing by its name before the noun): a faction or
    // wing is part of the group, after a copula and in an apposition.
    [TestCase("The Haqqani Network is a Taliban faction.", "haqqani-network PART_OF taliban")]
    [TestCase("The Haqqani Network, a Taliban faction, attacked the Indian embassy.", "haqqani-network PART_OF taliban")]
    public void Read_GroupFactionAfterCopulaOrComma_PartOfGroup(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line on the project's subject: a verb between a sentence-opening title and a comma ends the fronted phrase,
    // so the name after the comma holds the second title, not the first.
    [Test]
    public void Read_VerbBetweenOpeningTitleAndApposedName_NotAFrontedTitle()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese ambassador met the Taliban's foreign minister, Amir Khan Muttaqi, in Kabul.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi HOLDS_ROLE_IN taliban"));
        Assert.That(claims, Does.Not.Contain("amir-khan-muttaqi HOLDS_ROLE_IN china"));
    }

    // English-EWT training weblog: a state's name before a common noun after "head of the" qualifies that noun; the
    // person heads a survey group, not the state.
    [Test]
    public void Read_NameQualifyingNounAfterTitle_NotTheBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Two top Iraqi scientists, code named Charlie and Alpha, are helping the coalition to learn more about Iraqi's anthrax program, according to Dr. David Kay, head of the Iraq survey group in charge of the hunt for WMD.");

        Assert.That(claims, Has.None.Contains("LEADS iraq"));
    }

    // Written line after VOA (2018-12-19), whose sentence adds a second title: the director of a programme at a body holds
    // a role in the body; she leads neither the programme's country nor the body.
    [Test]
    public void Read_HeadOfProgrammeAtBody_RoleInTheBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Yun Sun, the director of the China program at the Stimson Center, told VOA.");

        Assert.That(claims, Does.Contain("yun-sun HOLDS_ROLE_IN stimson-center"));
        Assert.That(claims, Has.None.Contains(" LEADS "));
    }

    // Written wire-report lines: a head's title right before another title only qualifies that office ("chief
    // spokesman" is a spokesman, not the group's chief); "army chief" before a comma still heads the army.
    [TestCase("Zabihullah Mujahid, the Taliban's chief spokesman, said Afghanistan wanted good relations with its neighbours.", "zabihullah-mujahid HOLDS_ROLE_IN taliban", "zabihullah-mujahid LEADS")]
    [TestCase("The Taliban's chief negotiator, Abdul Ghani Baradar, arrived in Doha.", "abdul-ghani-baradar HOLDS_ROLE_IN taliban", "abdul-ghani-baradar LEADS")]
    public void Read_HeadTitleBeforeAnotherTitle_OnlyTheLaterOffice(string sentence, string expected, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.StartsWith(wrong));
    }

    [Test]
    public void Read_HeadTitleBeforeComma_Leads()
    {
        Assert.That(ShippedClaims.Of("Pakistan's army chief, General Asim Munir, visited Beijing."), Does.Contain("asim-munir LEADS pakistan-army"));
    }

    // Written wire-report line: a body whose name ends the title's first word ("U.S. Treasury") and "Secretary" before
    // the person: the person holds a role in the body.
    [Test]
    public void Read_BodyThenSecretaryBeforePerson_HoldsRoleInBody()
    {
        Assert.That(ShippedClaims.Of("U.S. Treasury Secretary Janet Yellen visited Lusaka."), Does.Contain("d:person:janet-yellen HOLDS_ROLE_IN us-department-of-the-treasury"));
    }

    // Written lines: a head's title after a body and a field ("human rights", "policy") heads a part of the body: a role
    // in it, not its lead; the top of the body still leads it ("China's President Xi Jinping").
    [TestCase("Volker Türk, the UN human rights chief, urged Beijing to act.", "volker-turk HOLDS_ROLE_IN united-nations", "volker-turk LEADS united-nations")]
    public void Read_HeadTitleAfterField_HoldsRole(string sentence, string expected, string unexpected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected).And.No.Contain(unexpected));
    }

    // Written lines: special rapporteur and high commissioner are offices.
    [TestCase("The UN special rapporteur on Afghanistan, Richard Bennett, condemned the ban.", "richard-bennett HOLDS_ROLE_IN united-nations")]
    public void Read_RapporteurTitle_HoldsRole(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a verb of leading after a copula is no title after a field; the passive's agent leads the body.
    [Test]
    public void Read_LedByAfterCopula_Leads()
    {
        Assert.That(ShippedClaims.Of("The TTP is led by Noor Wali Mehsud."), Does.Contain("noor-wali-mehsud LEADS ttp"));
    }

    // Written wire-report lines: ministers of other portfolios are state offices too ("power minister", "Minister of
    // Public Security").
    [TestCase("Pakistan's power minister, Awais Leghari, said the plants would be paid.", "d:person:awais-leghari HOLDS_ROLE_IN pakistan")]
    [TestCase("Rahmon met China's Minister of Public Security, Wang Xiaohong, in Dushanbe.", "wang-xiaohong HOLDS_ROLE_IN china")]
    [TestCase("Rahmon met China's Minister of Public Security, Wang Xiaohong, in Dushanbe.", "emomali-rahmon MEETS wang-xiaohong")]
    public void Read_PortfolioMinister_HoldsRoleInState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a country's demonym before a profession is nationality, not an office in the state.
    [Test]
    public void Read_DemonymBeforeProfession_NoRoleInState()
    {
        Assert.That(ShippedClaims.Of("Beijing sanctioned the German scholar Adrian Zenz."), Has.None.Contains("adrian-zenz HOLDS_ROLE_IN germany"));
    }

    // Written wire-report lines: a demonym before a branch's noun says where the branch is, not its whole (token rules
    // and tree alike); a title modifier such as "veteran" keeps a head's title a head's.
    [Test]
    public void Read_DemonymBeforeBranchOfBody_PartOfTheBodyOnly()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("ISKP, the Afghan affiliate of Islamic State, stormed a hotel.");

        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state"));
        Assert.That(claims, Has.None.EqualTo("iskp PART_OF afghanistan"));
    }

    [Test]
    public void Read_VeteranLeader_Leads()
    {
        Assert.That(ShippedClaims.Of("Abdul Haq al-Turkistani, the Turkestan Islamic Party's veteran leader, lives in Kabul."),
            Does.Contain("abdul-haq-al-turkistani LEADS turkestan-islamic-party"));
    }

    // Written: a city glued to "-based" before the employer only modifies it.
    [Test]
    public void Read_TitleAtCityBasedBody_RoleInTheBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The remark was made by Nargiza Umarova, a researcher at the Tashkent-based Institute for Strategic and Regional Studies.");

        Assert.That(claims, Does.Contain("d:person:nargiza-umarova HOLDS_ROLE_IN institute-for-strategic-and-regional-studies"));
        Assert.That(claims, Has.None.Contains("HOLDS_ROLE_IN tashkent"));
    }

    // Written wire-report lines: a title after "whose" and the person a copula or a comma names hold the antecedent's office.
    [TestCase("At the Shanghai Cooperation Organisation, whose secretary-general is the Kazakh diplomat Nurlan Yermekbayev, China has pushed members to fold Afghan border security into the bloc's counterterrorism structure.", "nurlan-yermekbayev LEADS sco")]
    [TestCase("The TTP, whose leader, Noor Wali Mehsud, is believed to live in Kunar, denied the claim.", "noor-wali-mehsud LEADS ttp")]
    [TestCase("The Haqqani network, whose leader Sirajuddin Haqqani is the Taliban's interior minister, denied the report.", "sirajuddin-haqqani LEADS haqqani-network")]
    public void Read_TitleAfterWhose_PersonNamedAfterHoldsIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a deputy leader holds an office in the body, as the guide's deputies do; he does not lead it.
    [Test]
    public void Read_DeputyLeader_HoldsRoleNotLeads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Taliban deputy leader Sirajuddin Haqqani met Wang Yi in Kabul.");

        Assert.That(claims, Does.Contain("sirajuddin-haqqani HOLDS_ROLE_IN taliban").And.None.Contains("LEADS taliban"));
    }

    // Written wire-report lines: a counterpart's nationality before the title is the state the person serves.
    [TestCase("Wang Yi met his Turkish counterpart, Hakan Fidan, in Ankara on Tuesday.", "d:person:hakan-fidan HOLDS_ROLE_IN turkey")]
    [TestCase("China hosted Pakistan's foreign minister, Ishaq Dar, and his Taliban counterpart, Amir Khan Muttaqi, in Beijing in May 2025.", "amir-khan-muttaqi HOLDS_ROLE_IN taliban")]
    public void Read_CounterpartAfterBody_HoldsRoleIn(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report lines: a chief minister heads the province's government (LEADS, a place as its object).
    [TestCase("Chinese Ambassador Jiang Zaidong met Balochistan's chief minister, Sarfraz Bugti, in Quetta on Monday.", "sarfraz-bugti LEADS balochistan")]
    [TestCase("In a statement after meeting Sindh Chief Minister Murad Ali Shah on Monday, Chinese Ambassador Jiang Zaidong said Beijing wanted visible results.", "murad-ali-shah LEADS sindh")]
    public void Read_ChiefMinisterOfProvince_LeadsIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected).And.None.Match("^(sarfraz-bugti|murad-ali-shah) HOLDS_ROLE_IN"));
    }

    // Factbook line and written wire-report line: a stance glued to pro- is no body, and a party's state office is no
    // office of the party.
    [TestCase("Pro-West President Petro Poroshenko took office later that year; Volodymyr Zelenskyy succeeded him in 2019.", "the-west")]
    [TestCase("Khyber Pakhtunkhwa is governed by the PTI, whose chief minister, Sohail Afridi, has criticised the army's operations in the province's tribal districts.", "LEADS pakistan-tehreek-e-insaf")]
    public void Read_StanceOrPartyBeforeStateTitle_NoOfficeInIt(string sentence, string unwanted)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains(unwanted));
    }

    [Test]
    public void Read_CredentialsOfPersonAsTitle_HoldsTheRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing, by contrast, kept its embassy in Kabul open after the takeover, and in January 2024 Chinese President Xi Jinping accepted the credentials of Bilal Karimi as the Taliban's ambassador, though China has not formally recognised the Taliban government.");

        Assert.That(claims, Does.Contain("bilal-karimi HOLDS_ROLE_IN taliban"));
    }

    // Written wire-report line: in a list, a person right after the title's comma holds the possessor's office; the
    // person before the title does not.
    [Test]
    public void Read_TitleBeforeListedPerson_PersonAfterHoldsIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The agreement, signed in Tashkent by Uzbek Foreign Minister Bakhtiyor Saidov, the Taliban's acting foreign minister, Amir Khan Muttaqi, and Pakistan's Deputy Prime Minister Ishaq Dar, sets out a timetable for surveys and creates a joint company to manage construction.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi HOLDS_ROLE_IN taliban"));
        Assert.That(claims, Does.Not.Contain("bakhtiyor-saidov HOLDS_ROLE_IN taliban"));
    }

    // Wire reports (the thirtieth development set, VOA dev): a spokesperson of a state's ministry holds a role in the
    // ministry; the annotations state no second role in the state.
    [TestCase("Lin Jian, a spokesperson for the Chinese Foreign Ministry, called on Islamabad and Kabul to resolve their differences through dialogue and said China was ready to \"play a constructive role\" within the trilateral framework.", "lin-jian")]
    [TestCase("Pakistani Foreign Office spokesman Shafqat Ali Khan said Islamabad remained committed to the format but expected Kabul to \"take verifiable action\" against the TTP before then.", "shafqat-ali-khan")]
    public void Read_SpokespersonOfStateMinistry_RoleInMinistryOnly(string sentence, string person)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Has.Some.StartsWith($"{person} HOLDS_ROLE_IN ").And.Contains("ministry"));
        Assert.That(claims, Has.None.Matches($"^{person} HOLDS_ROLE_IN (china|pakistan)$"));
    }

    // Wire report (the thirtieth development set): "the Taliban administration's" is the Taliban's.
    [Test]
    public void Read_TitleOfTalibanAdministration_RoleInTaliban()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese Foreign Minister Wang Yi, who is also a member of the Communist Party's Politburo, met Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and Amir Khan Muttaqi, the Taliban administration's acting foreign minister, at the Diaoyutai State Guesthouse before the three held a joint session.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi HOLDS_ROLE_IN taliban"));
    }

    // h29/a3.md, h29/a2.md and h30/a1.md (development articles): a province's office whose holder follows an honorific the
    // name's mention leaves out, or after another name's "-appointed" (a governor heads the province, as three of the
    // four written sets that name one annotate; a deputy governor holds an office in it); a provincial portfolio's
    // official in the province.
    [TestCase("Workers from the Taliban's defence ministry finished a gravel track to within 20 kilometres of the border last year, Badakhshan's deputy governor, Mawlawi Abdul Rahman Haseeb, said in a telephone interview.", "d:person:abdul-rahman-haseeb HOLDS_ROLE_IN badakhshan")]
    [TestCase("Balkh's Taliban-appointed governor, Mawlawi Nasrullah Mudabir, who attended the opening with Chinese consular officials, said Chinese investment had created more than 600 jobs in the province.", "d:person:nasrullah-mudabir LEADS balkh")]
    [TestCase("At least nine civilians were killed on the Afghan side, according to Naqibullah Rahmani, a provincial health official in Paktia, while a Pakistani security official said two soldiers of the Frontier Corps died when a mortar round hit their post.", "d:person:naqibullah-rahmani HOLDS_ROLE_IN paktia")]
    public void Read_ProvincialOffice_HoldsRoleInProvince(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h29/a2.md: who appointed the governor is not the body of the office.
    [Test]
    public void Read_AppointerBeforeTitle_NoRoleInAppointer()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Balkh's Taliban-appointed governor, Mawlawi Nasrullah Mudabir, who attended the opening with Chinese consular officials, said Chinese investment had created more than 600 jobs in the province.");

        Assert.That(claims, Has.None.Contains("HOLDS_ROLE_IN taliban"));
    }

    // Written dev h26/a3.md:18 and h32/a3.md:22: with no body before the title, the appointer's is the office and the
    // person in apposition holds it.
    [TestCase("China became the first country to accept a Taliban-appointed ambassador, Bilal Karimi, in early 2024, although it has not formally recognised the Taliban government, which Russia recognised in July 2025.")]
    [TestCase("China has kept its embassy in Kabul open throughout Taliban rule and in January 2024 accepted the credentials of a Taliban-appointed ambassador, Bilal Karimi, but it has not formally recognised the Taliban government.")]
    public void Read_AppointerBeforeTitleWithNoBody_RoleInAppointer(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("bilal-karimi HOLDS_ROLE_IN taliban"));
    }

    // h29/a2.md:28: "Its" may be the unit or the Taliban that names its kind; an unsure owner names no body of the title.
    [Test]
    public void Read_UnsurePossessiveBeforeTitle_NoRoleInIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Security at the plant and at other Chinese sites in the north is handled by the Northern Protection Unit, a Taliban police force created last year. Its commander, Mawlawi Habibullah Zaki, said the unit had 1,200 officers and worked closely with the Chinese consulate in Mazar-i-Sharif.");

        Assert.That(claims, Has.None.Contains("habibullah-zaki LEADS taliban"));
    }

    // h29/a1.md (a development article): a portfolio in lower case after "of" belongs to the title before the apposed name.
    [Test]
    public void Read_LowerCasePortfolioBeforeApposedPerson_HoldsRoleInState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He said Afghanistan's acting minister of mines and petroleum, Hedayatullah Badri, had also written to the Chinese embassy in Kabul asking it to help resolve the dispute.");

        Assert.That(claims, Does.Contain("hidayatullah-badri HOLDS_ROLE_IN afghanistan"));
    }

    // Written line after h29/a1.md: a name after "for" is the brief, not a portfolio the possessor's office holds.
    [Test]
    public void Read_NameAfterTitlesFor_NoRoleInIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China's special envoy for talks with the Taliban, Yue Xiaoyong, arrived in Kabul.");

        Assert.That(claims, Does.Contain("yue-xiaoyong HOLDS_ROLE_IN china").And.None.Contains("HOLDS_ROLE_IN taliban"));
    }

    // Development wire-report lines: a possessive before the whole after a structural title's "of" (past a title of the
    // possessor's own) names its owner; the owned project holds the part.
    [TestCase("Chinese companies are building roads, power plants and a port under the China-Pakistan Economic Corridor, the flagship of President Xi Jinping's Belt and Road Initiative, and Pakistan's army has raised a Special Security Division to guard them.")]
    [TestCase("At a trilateral meeting in Kabul in August, Pakistani Foreign Minister Ishaq Dar, Wang Yi and Muttaqi reaffirmed plans to extend the China-Pakistan Economic Corridor, the flagship of Beijing's Belt and Road Initiative, to Afghanistan.")]
    public void Read_FlagshipOfPossessedProject_PartOfProject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china-pakistan-economic-corridor PART_OF belt-and-road-initiative"));
    }

    // Written dev h28/a3.md:32, h31/a1.md:16: a named part in apposition to, or the subject of a copula before, a noun of a
    // principal part (a pipeline's string, a corridor's terminus or centrepiece) and "of" the whole is PART_OF it.
    [TestCase("Line D, the fourth string of the Central Asia-China gas pipeline, is only now being built after more than a decade of delay, and Tajikistan, which owes more than a third of its external debt to China, has yet to see the industrial parks it was promised.", "line-d PART_OF central-asia-china-gas-pipeline")]
    [TestCase("Gwadar is the southern terminus of the China-Pakistan Economic Corridor (CPEC), a $60 billion network of roads, power plants and industrial zones that forms the flagship of President Xi Jinping's Belt and Road Initiative.", "gwadar PART_OF china-pakistan-economic-corridor")]
    public void Read_StringOrTerminusOfProject_PartOfProject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h27/a2.md:10 (cut before its apposition): a string of unnamed acts is no part of anything.
    [Test]
    public void Read_StringOfAttacks_NoPartOf()
    {
        Assert.That(ShippedClaims.Of("The ambush was the latest in a string of attacks on Chinese-linked targets in Balochistan."), Has.None.Contains("PART_OF"));
    }

    // Written line: what a titled person's possessive owns, unnamed, is no whole; the person is not the part's whole.
    [Test]
    public void Read_FlagshipOfTitledPersonsUnnamedNoun_NoPartOf()
    {
        Assert.That(ShippedClaims.Of("The Belt and Road Initiative is the flagship of President Xi Jinping's foreign policy."), Has.None.Contains("PART_OF xi-jinping"));
    }

    // Written dev h51/a3.md:29 and h54/a2.md:26 (the whole paragraph): a possessive pronoun before the whole after a structural title's "of"
    // names the whole's owner; the owned project holds the part, and the owner does not.
    [TestCase("China's interest in Afghan lithium comes as Beijing seeks to extend the China-Pakistan Economic Corridor, the flagship of its Belt and Road Initiative, into Afghanistan.")]
    [TestCase("China's foreign minister, Wang Yi, held talks with Dar and Muttaqi in Kabul in August, and the three agreed to extend the China-Pakistan Economic Corridor into Afghanistan. Analysts say Beijing may eventually seek to link the railway with the corridor, the flagship of its Belt and Road Initiative, for which it has lent Pakistan more than $25 billion.")]
    public void Read_FlagshipOfPronounPossessedProject_PartOfProjectNotOwner(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain("china-pakistan-economic-corridor PART_OF belt-and-road-initiative")
            .And.No.Contains("china-pakistan-economic-corridor PART_OF china"));
    }

    // Written dev h27/a1.md:16 and h27/a3.md:10: the apposition may follow the name's own acronym in brackets, and a
    // demonym may open the possessor's title ("Chinese President Xi Jinping's").
    [TestCase("Prime Minister Shehbaz Sharif condemned the attack and said the \"enemies of Pakistan-China friendship\" would not succeed in derailing the China-Pakistan Economic Corridor (CPEC), the flagship of Chinese President Xi Jinping's Belt and Road Initiative.")]
    [TestCase("The meeting came as Beijing steps up pressure on Islamabad to accept a joint security company that would let Chinese guards protect Chinese workers on projects under the China-Pakistan Economic Corridor (CPEC), the flagship of Xi's Belt and Road Initiative.")]
    public void Read_FlagshipAfterAcronymInBrackets_PartOfProject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china-pakistan-economic-corridor PART_OF belt-and-road-initiative"));
    }

    // A writer's note (tests/eval/written/h32/notes.md:114) ends its line on a title and a comma: no person can follow
    // the comma, and the reading must not look past the sentence's last token.
    [Test]
    public void Read_TitleAndCommaEndingLine_NoClaimNoFailure()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("- a3 \"China has kept its embassy in Kabul open ... and accepted the credentials of a Taliban-appointed ambassador,");

        Assert.That(claims, Has.None.Contains("HOLDS_ROLE_IN"));
    }

    // h28 and h31/a3.md (development articles): a governor heads the province or the bank.
    [TestCase("On Tuesday, Bektenov and Aripov toured the port's container yard with Zhao Gang, the governor of Shaanxi, before meeting Li at a state guesthouse on the edge of the city.", "d:person:zhao-gang LEADS shaanxi")]
    [TestCase("Petrova met Aurangzeb and State Bank of Pakistan Governor Jameel Ahmad in Karachi and Islamabad last month to agree the terms of the review.", "d:person:jameel-ahmad LEADS state-bank-of-pakistan")]
    public void Read_GovernorsTitle_LeadsTheBody(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h32/a2.md:28: "former" before the owner's demonym still qualifies the office, and "deputy" with it.
    [Test]
    public void Read_FormerBeforeDemonymOwner_QualifierKeepsFormer()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "\"One bomb on the line would scare off every financier,\" said Ahmad Shah Ahmadzai, a former Afghan deputy energy minister who now heads the Kabul-based Afghan Energy Forum.");
        Claim role = doc.Paragraphs[0].Claims.Single(c => c.Subject.Id == "d:person:ahmad-shah-ahmadzai" && c.Predicate == "HOLDS_ROLE_IN");

        Assert.That((role.Object.Id, role.Qualifier), Is.EqualTo(("afghanistan", "former deputy energy minister")));
    }

    // Written dev h28/a2.md:22: "a former member of the Jogorku Kenesh" keeps "former" in the qualifier.
    [Test]
    public void Read_FormerBeforeApposedTitle_QualifierKeepsFormer()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Nurlan Toktosunov, a former member of the Jogorku Kenesh, Kyrgyzstan's parliament, who now leads the small opposition Akyikat party, said the government had still not published the terms of the loan and accused officials of \"mortgaging the country to Beijing.\"");
        Claim role = doc.Paragraphs[0].Claims.Single(c => c.Subject.Id == "d:person:nurlan-toktosunov" && c.Predicate == "MEMBER_OF");

        Assert.That(role.Qualifier, Is.EqualTo("former member"));
    }

    // Development articles h34 and h39: a state's envoy to a body of states holds his state's office, whether the body
    // modifies the title or follows it; a portfolio may list several subjects before "and".
    [TestCase("China's U.N. ambassador, Fu Cong, said Beijing respected the committee's decision but that the issue \"cannot be postponed forever.\"", "fu-cong HOLDS_ROLE_IN china", "fu-cong HOLDS_ROLE_IN united-nations")]
    [TestCase("Uzbekistan's minister of investment, industry and trade, Laziz Kudratov, said during a visit to Urumqi in November that his country wanted to double trade with China within three years.", "d:person:laziz-kudratov HOLDS_ROLE_IN uzbekistan", "")]
    public void Read_StateTitleBeforeApposedPerson_PersonHoldsStatesOffice(string sentence, string expected, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Does.Not.Contain(wrong));
    }

    // Written dev h50/a1.md:26, h31/a1.md:16 and h38/a3.md:23: a copula after a relative pronoun says the title of the name
    // before the apposition the relative clause ends, not of a name inside the title's body.
    [TestCase("China has pledged more than $60 billion to the China-Pakistan Economic Corridor (CPEC), a web of roads, power plants and ports that is the flagship of President Xi Jinping's Belt and Road Initiative.", "china-pakistan-economic-corridor PART_OF belt-and-road-initiative", "china PART_OF belt-and-road-initiative")]
    [TestCase("Gwadar is the southern terminus of the China-Pakistan Economic Corridor (CPEC), a $60 billion network of roads, power plants and industrial zones that forms the flagship of President Xi Jinping's Belt and Road Initiative.", "china-pakistan-economic-corridor PART_OF belt-and-road-initiative", "gwadar PART_OF belt-and-road-initiative")]
    [TestCase("Taalatbek Masadykov, a Kyrgyz diplomat who became the CSTO's secretary general in January, said the bloc's \"Channel\" counter-narcotics operation would be held in Batken this year.", "d:person:taalatbek-masadykov LEADS csto", "kyrgyzstan LEADS csto")]
    public void Read_RelativeCopulaAfterApposition_AntecedentHoldsTitle(string sentence, string expected, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Does.Not.Contain(wrong));
    }
}
