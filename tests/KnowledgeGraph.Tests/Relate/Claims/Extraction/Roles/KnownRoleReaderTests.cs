using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>
/// A role title whose body the sentence does not name takes it from the person's curated roles; through the shipped
/// pipeline on seed sentences.
/// </summary>
[TestFixture]
internal sealed class KnownRoleReaderTests
{
    [TestCase("Foreign Minister Wang Yi was an active figure on the regional conference circuit, using every opportunity to push for sanctions relief for the new government while his officials regularly taunted Americans over the failure in Afghanistan.", "wang-yi HOLDS_ROLE_IN china")]
    [TestCase("President Xi Jinping’s decision to pick Central Asia for his first foreign trip since the Covid-19 pandemic began reflects Beijing’s confidence that it is now the ascendant power in the Eurasian heartland.", "xi-jinping LEADS china")]
    [TestCase("This month, the US Department of Justice charged a member of Iran’s elite Revolutionary Guards with directing agents in the US to murder John Bolton, Trump’s national security adviser.", "john-bolton HOLDS_ROLE_IN united-states")]
    // seeds/000:312 and the CIA World Factbook, China (relation training set): a head's title the curated roles do not
    // word ("founder" of Huawei's CEO, "leader") leads the one body the person heads.
    [TestCase("It is highly likely that he intended them to use some of the Huawei technologies he had been introduced to during his visit to the company’s innovation centre and meeting with founder Ren Zhengfei in April 2019 on the fringes of the Belt and Road Summit.", "ren-zhengfei LEADS huawei")]
    [TestCase("Current leader XI Jinping has continued these policies but has also maintained tight political controls.", "xi-jinping LEADS china")]
    public void Read_TitleWithoutBody_BodyFromCuratedRoles(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written sets h41 and h63: the chief of a body the title itself names ("army chief" of the Pakistan Army) heads it,
    // as the annotation guide reads "Pakistan's army chief, Asim Munir"; not an office held in it.
    [Test]
    public void Read_ChiefTitleNamingTheBody_Leads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Army chief Field Marshal Asim Munir, who met Chinese Vice President Han Zheng in Beijing in December, has said that the security of CPEC is \"a national duty\" and that no one will be allowed to harm the relationship between Pakistan and China.");

        Assert.That(claims, Does.Contain("asim-munir LEADS pakistan-army"));
        Assert.That(claims, Does.Not.Contain("asim-munir HOLDS_ROLE_IN pakistan-army"));
    }

    // h29/a3.md (a development article): a capitalised portfolio after "of" ends the title before the name; the curated
    // roles say whose minister the person is.
    [Test]
    public void Read_TitleWithCapitalisedPortfolio_BodyFromCuratedRoles()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The visit follows trips by Deputy Prime Minister Abdul Ghani Baradar, who toured an industrial park in Shenzhen in March, and by Minister of Mines and Petroleum Hedayatullah Badri, who met executives of China Metallurgical Group in Beijing in June to discuss restarting work at Mes Aynak.");

        Assert.That(claims, Does.Contain("hidayatullah-badri HOLDS_ROLE_IN afghanistan"));
    }

    // Development article h31: the curated role is "Minister of Planning, Development and Special Initiatives".
    [Test]
    public void Read_TitleWordBeforeCommaInCuratedRole_BodyFromCuratedRoles()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Planning Minister Ahsan Iqbal said on Tuesday that Pakistan and China had agreed to fast-track the desalination plant.");

        Assert.That(claims, Does.Contain("ahsan-iqbal HOLDS_ROLE_IN pakistan"));
    }

    // Development articles h33 and h41: the curated role is "Spokesperson of the Ministry of Foreign Affairs"; the title
    // writes the office in another form (claim_cues title_synonyms).
    [TestCase("\"China firmly opposes any country providing shelter or legitimacy to ETIM terrorists,\" foreign ministry spokeswoman Mao Ning said last week, without naming Syria.", "mao-ning HOLDS_ROLE_IN china-ministry-of-foreign-affairs")]
    [TestCase("In Beijing, foreign ministry spokesman Guo Jiakun said the railway \"belongs to the people of the three countries\" and that China would firmly support Kyrgyzstan and Uzbekistan.", "guo-jiakun HOLDS_ROLE_IN china-ministry-of-foreign-affairs")]
    public void Read_TitleInAnotherFormOfCuratedRole_BodyFromCuratedRoles(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_TitleWithoutBody_QualifierIsTheTitle()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Foreign Minister Wang Yi was an active figure on the regional conference circuit.");

        Claim claim = doc.Paragraphs[0].Claims.Single(c => c.Predicate == "HOLDS_ROLE_IN");

        Assert.That((claim.Object.Id, claim.Qualifier), Is.EqualTo(("china", "Foreign Minister")));
    }

    [Test]
    public void Read_TitleWithNamedBody_OnlyTheNamedBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese Foreign Minister Wang Yi, right, stands next to Mullah Abdul Ghani Baradar, acting deputy prime minister of the Afghan Taliban’s caretaker government, in Kabul on Mar. 24, 2022.");

        Assert.That(claims, Does.Contain("abdul-ghani-baradar HOLDS_ROLE_IN taliban"));
        Assert.That(claims, Has.None.StartsWith("abdul-ghani-baradar HOLDS_ROLE_IN afghanistan"));
    }

    [Test]
    public void Read_PersonWithoutTitle_NoRoleClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Meanwhile, although Uzbekistan and Kazakhstan have started to make a show of strengthening their promising partnership, Putin’s proposal to join with the two Central Asian states in a “natural gas union” has not been flatly rejected.");

        Assert.That(claims, Has.None.StartsWith("vladimir-putin LEADS"));
    }

    // seeds/000:141 (annotated set) and seeds/000:268 (relation training set): the government or era named after a head
    // is the body of the head's curated roles.
    [TestCase("For example, the Republic did not follow the United States in denying the existence of and delisting ETIM, a closing act by the Trump administration to destabilize things with China.", "donald-trump LEADS united-states")]
    [TestCase("Uzbekistan’s isolationist policy during the Karimov era stood directly against China’s regional economic initiatives, and created direct blocks on some of the proposed initiatives.", "islam-karimov LEADS uzbekistan")]
    public void Read_GovernmentNamedAfterHead_HeadLeadsItsBody(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Rwanda and Serbia (relation training set): a head of state's title before a person with no
    // curated roles leads the state the article names most, when the sentence names no other.
    [TestCase("Rwanda held its first local elections in 1999 and its first post-genocide presidential and legislative elections in 2003, formalizing President Paul Kagame’s de facto role as head of government.", "d:person:paul-kagame LEADS rwanda")]
    [TestCase("Serbia has been an official candidate for EU membership since 2012, and President Aleksandar Vucic has promoted the ambitious goal of Serbia joining the EU by 2025.", "d:person:aleksandar-vucic LEADS serbia")]
    public void Read_StateHeadTitleWithoutBody_LeadsArticleState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // VOA dev, Djibouti free-trade zone: a demonym inside a hyphen compound ("VOA's French-to-Africa service") names no
    // second state, so the head's title is the article state's.
    [Test]
    public void Read_StateHeadTitleWithDemonymInCompound_LeadsArticleState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In the pilot phase, it will increase the size of Djibouti’s economy by 11 percent, Prime Minister Abdoulkader Kamil Mohamed told VOA’s French-to-Africa service.");

        Assert.That(claims, Does.Contain("d:person:abdoulkader-kamil-mohamed LEADS djibouti"));
    }

    // CIA World Factbook, Argentina (relation training set): another state office's title before a person with no curated
    // roles is an office in the state the article names most (claim_cues `state_offices`).
    [Test]
    public void Read_StateOfficeTitleWithoutBody_HoldsRoleInArticleState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Argentina underwent a brief period of economic reform and international reintegration under Mauricio Macri (2015-19), but a recession in 2018-19 and frustration with MACRI’s economic policies ushered in a new Peronist government in 2019 led by President Alberto Fernández and Vice President Cristina Fernández de Kirchner.");

        Assert.That(claims, Does.Contain("d:person:cristina-fernández-de-kirchner HOLDS_ROLE_IN argentina"));
    }

    // CIA World Factbook, Wallis and Futuna (relation training set): "King Lavelua of Uvea" names his own realm.
    [Test]
    public void Read_StateHeadOfNamedRealm_NoArticleState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The missionaries and newly converted King Lavelua of Uvea on Wallis asked France for a protectorate in 1842 following a local rebellion.");

        Assert.That(claims, Has.None.Contains("LEADS france"));
    }

    // Written lines (no corpus sentence puts a plural title before curated persons but one Factbook list of leaders): a
    // plural title before coordinated persons is each one's, read through their curated roles.
    [TestCase("Presidents Xi Jinping and Vladimir Putin met in Samarkand.", "xi-jinping LEADS china", "vladimir-putin LEADS russia")]
    [TestCase("Foreign Ministers Wang Yi and Sergey Lavrov met in Beijing.", "wang-yi HOLDS_ROLE_IN china", "sergey-lavrov HOLDS_ROLE_IN russia")]
    public void Read_PluralTitleBeforeCoordinatedPersons_EachHoldsIt(string sentence, string one, string other)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(one).And.Contain(other));
    }

    // Written wire-report lines in an article that names China most: a demonym before an actor noun after an untitled
    // head names other actors, not the state the head leads or took power in.
    [Test]
    public void Read_HeadThenOtherStatesActors_NoLeads()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "China courts Zimbabwe", "China has courted Zimbabwe's new leaders, and Chinese firms have won contracts.",
            "President Emmerson Mnangagwa, who took power after a military coup in 2017, has courted Chinese investors.");
        IEnumerable<string> claims = doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}");

        Assert.That(claims, Has.None.Match("LEADS china$"));
    }

    // Written wire-report line: another state's demonym before an actor noun does not stop a bare office's title being
    // the article's state's.
    [Test]
    public void Read_StateOfficeBesideOtherStatesActors_OfficeInArticlesState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "BISHKEK, Apr 15 \u2014 Kyrgyzstan has asked China to restructure part of the roughly $1.7 billion it owes the Export-Import Bank of China, the finance ministry said on Wednesday, as trade through the two countries' mountain border crossings hit a record.",
            "Finance Minister Almaz Baketaev told lawmakers that repayments to Chinese lenders would swallow almost a fifth of the state budget this year and that Bishkek wanted longer maturities rather than new loans.");

        Assert.That(claims, Does.Contain("d:person:almaz-baketaev HOLDS_ROLE_IN kyrgyzstan"));
    }

    // A training text (EWT email): a proper noun the recogniser left unnamed qualifies the head's title, so the
    // person's curated body is not the one led.
    [Test]
    public void Read_HeadTitleAfterUnnamedProperNoun_NoCuratedBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Texas Governor George W. Bush While we can't make any promises, we will do our best to bring in at least some of these special guests.");

        Assert.That(claims, Has.None.StartsWith("george-w-bush LEADS"));
    }

    // Written dev h38/a3.md:9,15: wire copy writes its host country's officials without the country; the dateline names it.
    [Test]
    public void Read_UnownedOfficeInDatelinedReport_HoldsRoleInDatelineState()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "OSH, Kyrgyzstan, March 3 (Reuters) - Kyrgyz and Chinese police have dismantled a trafficking ring that moved Afghan methamphetamine through Tajikistan and southern Kyrgyzstan to the Chinese border, Kyrgyzstan's Interior Ministry said on Tuesday, in the first joint drugs operation between the two countries.",
            "\"Drug traffickers do not respect borders, and neither can we,\" Deputy Interior Minister Almaz Sydykov told a news conference in Bishkek, standing next to Zhang Wei, a liaison officer of the Chinese ministry.");
        Claim role = doc.Paragraphs[1].Claims.Single(c => c.Subject.Id == "d:person:almaz-sydykov");

        Assert.That((role.Predicate, role.Object.Id, role.Qualifier), Is.EqualTo(("HOLDS_ROLE_IN", "kyrgyzstan", "Deputy Interior Minister")));
    }

    // Written dev h44/a1.md:8,18: a state named inside a quotation before the title is not the office's.
    [Test]
    public void Read_UnownedOfficeAfterQuotedState_HoldsRoleInDatelineState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "ASTANA, October 14 (Reuters) - Kazakhstan's state oil company KazMunayGas and China National Petroleum Corporation (CNPC) signed an agreement on Tuesday to expand the pipeline that carries Kazakh crude to western China, a project that will be financed largely by a loan from the state-owned China Development Bank.",
            "\"China is our key partner on the eastern route, and this agreement shows that the partnership delivers,\" Vice Energy Minister Yerzhan Tulegenov told reporters at the signing ceremony in Astana.");

        Assert.That(claims, Does.Contain("d:person:yerzhan-tulegenov HOLDS_ROLE_IN kazakhstan"));
    }

    // Written dev h34/a1.md:20 (filed from Moscow): the state named before the title owns the office, not the dateline's.
    [Test]
    public void Read_UnownedOfficeAfterOtherState_NotDatelineState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "MOSCOW, October 8 (Reuters) - Russia called on China, Iran and Pakistan to coordinate their policies on Afghanistan.",
            "Iran's delegation was led by Deputy Foreign Minister Kazem Gharibabadi.");

        Assert.That(claims, Does.Not.Contain("d:person:kazem-gharibabadi HOLDS_ROLE_IN russia"));
    }

    // Written set h52/a1.md:8,28 (filed from Herat): a capital read as the place before the title places the office, as a
    // dateline would, before the dateline's own state.
    [Test]
    public void Read_UnownedOfficeAfterCapitalAsPlace_HoldsRoleInCapitalsState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "HERAT, September 18 (Reuters) - Taliban officials and a visiting Turkmen delegation on Thursday celebrated the completion of the first stretch of the TAPI gas pipeline inside Afghanistan.",
            "In Islamabad, Petroleum Minister Ali Pervaiz Malik welcomed the milestone and said Pakistan would begin work on its 800-km section \"the moment financial close is achieved.\"");

        Assert.That(claims, Does.Contain("d:person:ali-pervaiz-malik HOLDS_ROLE_IN pakistan"));
        Assert.That(claims, Does.Not.Contain("d:person:ali-pervaiz-malik HOLDS_ROLE_IN afghanistan"));
    }

    // Written sets h35/a3.md:10 and h68/a2.md:14, a3.md:10: a portfolio the lexicon does not list, capitalised right
    // before "Minister", makes a state office; the capital the act takes place in is its state.
    [TestCase("The loan agreement was signed in Dushanbe by Energy and Water Resources Minister Daler Juma and a delegation from the bank, which is owned by the Chinese state.", "d:person:daler-juma HOLDS_ROLE_IN tajikistan")]
    [TestCase("The licences were handed over in Tashkent by Digital Technologies Minister Sherzod Shermatov in the presence of Huawei's rotating chairman, Eric Xu, who was on a two-day visit to the country.", "d:person:sherzod-shermatov HOLDS_ROLE_IN uzbekistan")]
    public void Read_PortfolioMinisterAfterCapitalAsPlace_HoldsRoleInCapitalsState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written set h59/a2.md:18 (a Kazakh minister in a report filed from Kyrgyzstan): an unlisted portfolio is not read
    // from the dateline alone.
    [Test]
    public void Read_PortfolioMinisterInDatelinedReport_NotDatelineState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "BISHKEK, April 8 (AFP) - Kyrgyzstan has chosen a consortium led by China Energy Engineering Corporation to build the $2.4 billion Kazarman hydropower cascade on the Naryn River, the energy ministry said Wednesday, a deal that has alarmed farmers and officials downstream in Uzbekistan and Kazakhstan.",
            "\"Any new dam on a transboundary river must be agreed with all the countries of the basin,\" Water Resources Minister Yerlan Zhaksylykov told a briefing, adding that Kazakhstan would raise the matter with Chinese officials.");

        Assert.That(claims, Does.Not.Contain("d:person:yerlan-zhaksylykov HOLDS_ROLE_IN kyrgyzstan"));
    }

    // Our own lines: a report with no dateline gives an unowned office no state.
    [Test]
    public void Read_UnownedOfficeWithoutDateline_NoRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Energy Minister Taalaibek Ibraev said the plant would open next year.");

        Assert.That(claims, Is.Empty);
    }

    // Written dev h45/a1.md:10: a portfolio in lower case after the title still ends the apposition.
    [Test]
    public void Read_ApposedTitleWithPortfolio_CuratedBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Abdul Ghani Baradar, the deputy prime minister for economic affairs, travelled to Sarhad-e Broghil, the last village in the Wakhan before the pass, to cut the ribbon.");

        Assert.That(claims, Does.Contain("abdul-ghani-baradar HOLDS_ROLE_IN afghanistan"));
    }

    // Written dev h42/a1.md:14: "acting" before the apposed title qualifies the office.
    [Test]
    public void Read_ApposedActingTitleWithPortfolio_CuratedBody()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Hidayatullah Badri, the acting minister of mines and petroleum, said the agreements showed that serious investors were prepared to work in Afghanistan despite its lack of international recognition.");
        Claim role = doc.Paragraphs[0].Claims.Single(c => c.Subject.Id == "hidayatullah-badri");

        Assert.That((role.Predicate, role.Object.Id, role.Qualifier), Is.EqualTo(("HOLDS_ROLE_IN", "afghanistan", "acting minister")));
    }

    // Written dev h35/a3.md:20, h59/a1.md:20 and h28/a3.md:24: the person named after a word of succession held the office
    // succeeded to, the one body their curated head roles are of.
    [TestCase("His successor, Shavkat Mirziyoyev, dropped those objections, and Tashkent now plans to buy power from the plant.", "shavkat-mirziyoyev LEADS uzbekistan")]
    [TestCase("His successor, Shavkat Mirziyoyev, dropped that opposition after taking office in 2016, and the two countries agreed in 2024 to build two joint hydropower plants on the Zarafshan River.", "shavkat-mirziyoyev LEADS uzbekistan")]
    [TestCase("Uzbek President Shavkat Mirziyoyev, who has opened his country to foreign capital since succeeding Islam Karimov in 2016, has made China Uzbekistan's largest trading partner and its biggest source of foreign investment.", "islam-karimov LEADS uzbekistan")]
    public void Read_PersonAfterSuccessionWord_LeadsCuratedHeadBody(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h61/a3.md:10: a successor to an office that is no head's states no LEADS.
    [Test]
    public void Read_SucceedsEnvoy_NoLeads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Gao, a career diplomat who previously served as deputy head of the Chinese Foreign Ministry's Asian affairs department, succeeds Zhao Xing, who left Kabul in March after two and a half years in the post.");

        Assert.That(claims.Where(c => c.StartsWith("zhao-xing LEADS", StringComparison.Ordinal)), Is.Empty);
    }
}
