using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A company's or outlet's nationality before its name, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class NationalityReaderTests
{
    [Test]
    public void Read_DemonymBeforeCompanyNoun_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Samsung remains the dominant provider across the region, but Chinese manufacturer Xiaomi has grown to take an ever-increasing market share.");

        Assert.That(claims, Does.Contain("xiaomi BASED_IN china"));
    }

    [Test]
    public void Read_CompanyNamedInAppositionAfterDemonymNoun_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pointing to a specific Chinese company, Hikvision, he said the company’s techniques ‘have gone far ahead, they deeply digitalized all major cities.");

        Assert.That(claims, Does.Contain("hikvision BASED_IN china"));
    }

    [Test]
    public void Read_PartyDescribedWithReligiousGroupBeforeItsName_BasedInCountryUnhedged()
    {
        // English-EWT (Juan Cole's weblog): "Shiite" stands between the demonym and the noun; "May" is the month.
        Document doc = Docs.Process(ShippedPipeline.Value, "Although Israel withdrew from Lebanese territory in May 2000, the radical Lebanese Shiite party, Hizbullah, has not been mollified.");

        Claim claim = doc.Paragraphs[0].Claims.Single(c => c.Predicate == "BASED_IN");
        Assert.That((claim.Subject.Id, claim.Object.Id, claim.Hedged), Is.EqualTo(("hezbollah", "lebanon", false)));
    }

    [Test]
    public void Read_PluralNounBeforeCoordinatedNames_EachBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russian smartphone manufacturers Yota and Sitronics are almost unheard of.");

        Assert.That(claims, Is.SupersetOf(new[] { "yota BASED_IN russia", "sitronics BASED_IN russia" }));
    }

    [Test]
    public void Read_SuchAsList_EachBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("At the time of writing, confrontation over technology is at the forefront of the clash between the two countries, with India banning swathes of Chinese applications and seeking to curtail investment by Chinese companies such as Alibaba, Huawei and Xiaomi.89");

        Assert.That(claims, Is.SupersetOf(new[] { "alibaba BASED_IN china", "huawei BASED_IN china", "xiaomi BASED_IN china" }));
    }

    [Test]
    public void Read_DemonymBeforeNonBodyNoun_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Some projects, such as Dushanbe’s traffic system, are implemented using official Chinese loans disbursed through the SCO mechanism to purchase Chinese products.51");

        Assert.That(claims, Has.None.Match("^sco (BASED_IN|PART_OF)"));
    }

    [Test]
    public void Read_CountryPossessiveBeforeParty_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("India’s BJP government is perceived as being Islamophobic—a topic repeatedly harped on about in extremist literature linked to organisations like al Qaeda or Islamic State Khorasan Province (ISKP).");

        Assert.That(claims, Does.Contain("bharatiya-janata-party BASED_IN india"));
    }

    [Test]
    public void Read_CompanyLikenedToCountrysOwn_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Ozon, which could be seen as Russia’s Amazon or Alibaba, had a market capitalisation of $2.");

        Assert.That(claims, Has.None.Match("^amazon BASED_IN"));
    }

    // Written wire-report line: a name only discovered from its capitals, right after a singular body noun.
    [Test]
    public void Read_DiscoveredNameAfterSingularNoun_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Tajikistan is racing to complete the Rogun dam, which the Italian contractor Webuild has been building since 2016.");

        Assert.That(claims, Has.Some.Match("^d:organisation:webuild BASED_IN italy$"));
    }

    // English-EWT training line: an aircraft carrier is no body, though its name is discovered after the noun.
    [Test]
    public void Read_WarshipNamedAfterCarrier_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The US aircraft carrier Theodore Roosevelt is currently deployed in the Persian Gulf, with some 7,000 souls aboard.");

        Assert.That(claims, Has.None.Contains("BASED_IN united-states"));
    }

    // Written wire-report line: a discovered company after a country's possessive is based there.
    [Test]
    public void Read_DiscoveredCompanyAfterCountryPossessive_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese producers including the Sahiwal coal plant, run by Huaneng Shandong Ruyi, and the Port Qasim plant, a joint venture of Power Construction Corporation of China and Qatar's Al-Mirqab Capital, have threatened to cut output unless arrears are cleared.");

        Assert.That(claims, Has.Some.Match("^d:organisation:al-mirqab-capital BASED_IN qatar$"));
    }

    // Written dev h40/a1.md, h44/a1.md, h48/a3.md: a state company after a country's possessive alone is based there; no
    // word says the state owns it.
    [TestCase("Among them was a deal under which state-owned China National Nuclear Corporation is to lead construction of Kazakhstan's second nuclear power plant, while Russia's Rosatom has been chosen to build the first.", "rosatom BASED_IN russia")]
    [TestCase("The consortium, whose shareholders include Russia's Transneft, KazMunayGas and U.S. major Chevron, said repairs took several weeks.", "transneft BASED_IN russia")]
    [TestCase("The agreement comes six months after CNPC and Russia's Gazprom signed a legally binding memorandum on the Power of Siberia 2 pipeline, which would bring up to 50 bcm of Russian gas a year to China across Mongolia.", "gazprom BASED_IN russia")]
    public void Read_StateCompanyAfterCountryPossessive_BasedInCountry(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected).And.None.Contains("PART_OF russia"));
    }

    // Written wire-report line: a capital's possessive places a discovered company in the city.
    [Test]
    public void Read_DiscoveredCompanyAfterCapitalPossessive_BasedInCapital()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Gochin, which first approached the Taliban in 2023 with an offer to invest $10 billion in Afghan lithium, beat rival bids from Abu Dhabi's International Resources Holding and a Russian state-backed miner, two officials familiar with the tender said.");

        Assert.That(claims, Has.Some.Match("^d:organisation:international-resources-holding BASED_IN abu-dhabi$"));
    }

    // Written wire-report lines: a discovered name in apposition after a demonym and a singular body noun.
    [TestCase("An Emirati logistics group, AD Ports, took a 30 percent stake in a bonded warehouse complex on the Uzbek side in February, and Chinese investors are financing a truck terminal at Hairatan, according to Afghan officials.", "^d:organisation:ad-port BASED_IN united-arab-emirates$")]
    [TestCase("The goodwill has been tested by a dispute at the Solton-Sary gold mine in Naryn region, where villagers blocked the road to the site last week to demand that its Chinese operator, Zhong Ji Mining, pay for water they say has been poisoned by cyanide.", "^d:organisation:zhong-ji-mining BASED_IN china$")]
    public void Read_DiscoveredNameInAppositionAfterBodyNoun_BasedInCountry(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Has.Some.Match(expected));
    }

    // GUM news line: a discovered state organ after a country's possessive is no company based there.
    [Test]
    public void Read_DiscoveredOrganAfterCountryPossessive_NotBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or more and wounding 238, according to Saudi Arabia's Civil Defense Authority.");

        Assert.That(claims, Has.None.Contains("BASED_IN saudi-arabia"));
    }

    // h29 a2: the companies listed in apposition after a plural noun share the nationality.
    [Test]
    public void Read_CompaniesListedAfterPluralDemonymNounAndComma_EachBasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In April, the Ministry of Mines and Petroleum signed exploration agreements with two Chinese companies, Fortune Lithium and Xinjiang Huaxin Resources, covering blocks in Nuristan and Ghazni, ministry spokesman Abdul Rahim Saqib said.");

        Assert.That(claims, Does.Contain("d:organisation:fortune-lithium BASED_IN china").And.Contain("d:organisation:xinjiang-huaxin-resource BASED_IN china"));
    }

    // A movement named after a plural noun and a comma is the speaker of a new clause, not one of the companies.
    [Test]
    public void Read_MovementAfterPluralDemonymNounAndComma_NoNationality()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Afghanistan needs more investment from Chinese companies, the Taliban said on Monday.");

        Assert.That(claims, Has.None.Contains("BASED_IN"));
    }

    // Written wire-report lines: "of" after a lower-case noun opens no longer name, so the possessive is the company's own.
    [TestCase("Kyrgyzaltyn is also the junior partner of China's Zijin Mining at the Taldybulak Levoberezhny gold mine in the Chuy region, which has operated without major disputes since 2015.", "zijin-mining BASED_IN china")]
    [TestCase("The convoy was travelling from the town of Islamkot to Block I of the Thar coalfield, which is mined by Sino Sindh Resources, a subsidiary of China's Shanghai Electric, when it came under fire, said Asad Raza Jamali, a senior police official in Tharparkar district.", "shanghai-electric BASED_IN china")]
    public void Read_CountryPossessiveAfterNounAndOf_BasedInCountry(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a bank named by its name is a body the possessive places.
    [Test]
    public void Read_CountryPossessiveBeforeBankName_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese companies have until now played a smaller part in Kyrgyz hydropower, though TBEA built the Datka-Kemin high-voltage line, completed in 2015, with a loan from China's Exim Bank.");

        Assert.That(claims, Does.Contain("export-import-bank-of-china BASED_IN china"));
    }

    // Written wire-report line: a central bank described in lower-case words is the state's own organ, not a bank based there.
    [Test]
    public void Read_CountryPossessiveBeforeCentralBankDescription_NoBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Beijing, foreign ministry spokesman Lin Jian said China supported \"connectivity that benefits the Afghan people\" and urged the United States to lift its sanctions on Iran and to return the frozen assets of Afghanistan's central bank.");

        Assert.That(claims, Has.None.Match("^da-afghanistan-bank BASED_IN"));
    }

    // Written wire-report lines: the possessive owns each body "and" joins to the first.
    [TestCase("It added that the agency had signed similar agreements with Russia's TASS and RIA Novosti, Turkey's Anadolu Agency and the Associated Press.", "ria-novosti BASED_IN russia")]
    [TestCase("Kyrgyz carriers such as Avia Traffic Company and Air Manas have been on the list for nearly two decades, as have Afghanistan's Ariana Afghan Airlines and Kam Air.", "kam-air BASED_IN afghanistan")]
    public void Read_CountryPossessiveBeforeListedBodies_EachJoinedBodyBasedIn(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report lines: a body after "and the", or after ", and", is no conjunct the possessive reaches.
    [TestCase("It added that the agency had signed similar agreements with Russia's TASS and RIA Novosti, Turkey's Anadolu Agency and the Associated Press.", "^associated-press BASED_IN")]
    [TestCase("Among its members are Port Qasim Electric Power Company, a joint venture of PowerChina and Qatar's Al-Mirqab Capital, and Huaneng Shandong Ruyi (Pakistan) Energy, which operates the 1,320-megawatt Sahiwal plant in Punjab.", "huaneng.* BASED_IN qatar$")]
    public void Read_BodyAfterTheOrCommaAnd_NotReached(string sentence, string wrong)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Match(wrong));
    }

    // Written wire-report line: a discovered name opening with a state organ's word is the state's own body.
    [Test]
    public void Read_CountryPossessiveBeforeCabinetOfMinisters_NoBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Zhang also held talks with Adylbek Kasymaliev, the chairman of Kyrgyzstan's Cabinet of Ministers, on the China-Kyrgyzstan-Uzbekistan railway, which Chinese state firms began building in December 2024.");

        Assert.That(claims, Has.None.Match("BASED_IN kyrgyzstan"));
    }
}
