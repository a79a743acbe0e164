using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A body described in an apposition by what it is and where, through the shipped pipeline on VOA dev sentences outside the annotated set.</summary>
[TestFixture]
internal sealed class DescribedBodyReaderTests
{
    [TestCase("Afrobarometer, an African research network, reported in 2016 that about two-thirds of Africans see China’s influence as “somewhat” to “very” positive.", "Afrobarometer BASED_IN Africa")]
    public void Read_BodyDescribedWithDemonym_BasedThere(string sentence, string expected)
    {
        Assert.That(Claims(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_StateBodyDescribed_PartOfTheState()
    {
        // VOA dev: "a state broadcaster" is the state's own, as "state-owned" makes a company in NationalityReader.
        IReadOnlyList<string> claims = Claims("Fana Television, a state broadcaster in Ethiopia, has republished or relied on reporting from nearly 20 Xinhua news stories since the beginning of the year.");

        Assert.That(claims, Does.Contain("Fana Television PART_OF Ethiopia").And.None.Contains("BASED_IN"));
    }

    [Test]
    public void Read_DescriptionWithoutPlace_NoClaim()
    {
        // VOA dev: the think tank's description names China as its topic, not as where it is.
        IReadOnlyList<string> claims = Claims("In a recently published opinion piece, He Wenping, a senior research fellow at the Charhar Institute, a think tank focused on China’s foreign relations, underscored how well the SGR has moved people and freight.");

        Assert.That(claims, Has.None.Contains("Charhar Institute BASED_IN"));
    }

    [Test]
    public void Read_PersonDescribedByNationality_NoBodyClaim()
    {
        // VOA dev: a person's apposition is no body's.
        IReadOnlyList<string> claims = Claims("Rosemary Segero, a Kenyan businesswoman and consultant who attended the film screening, appreciated the portrayal and welcomed the message.");

        Assert.That(claims, Has.None.Contains("BASED_IN"));
    }

    private static IReadOnlyList<string> Claims(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        return [.. doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}")];
    }

    // Written development line (h26): a measure before the demonym and a place noun of the lexicon ("panhandle") still
    // describe the place as the state's part; the states named after the noun only border it.
    [Test]
    public void Read_PlaceDescribedWithMeasure_PartOfTheDemonymState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Wakhan, a 350-km Afghan panhandle bordered by Tajikistan to the north and Pakistan to the south, touches China only at the remote Wakhjir Pass.");

        Assert.That(claims, Does.Contain("wakhan-corridor PART_OF afghanistan"));
        Assert.That(claims, Has.None.Matches<string>(c => c.StartsWith("wakhan-corridor PART_OF", StringComparison.Ordinal) && !c.EndsWith(" afghanistan", StringComparison.Ordinal)));
    }

    // CIA World Factbook, Afghanistan (relation training set): "Pakistani-sponsored" names a backer, not a nationality.
    [Test]
    public void Read_DemonymHyphenParticiple_NoBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A series of subsequent civil wars saw Kabul finally fall in 1996 to the Taliban, a hardline Pakistani-sponsored movement.");

        Assert.That(claims, Has.None.Contains("BASED_IN"));
    }

    // GUM voyage document (relation training set): a place described after a copula as a city in another lies in it.
    [Test]
    public void Read_PlaceDescribedAfterCopula_PartOfThePlace()
    {
        Assert.That(ShippedClaims.Of("Fort Lee is a city in Bergen County."), Does.Contain("d:place:fort-lee PART_OF d:place:bergen-county"));
    }

    // Written lines in the manner of news reports (the seeds and VOA dev write no such description): a place, a site and a
    // group described in an apposition or after a copula by a noun of their kind and where they are.
    [TestCase("Kunduz, a city in northern Afghanistan, fell to the Taliban.", "kunduz PART_OF afghanistan")]
    [TestCase("Mes Aynak, a copper mine in Logar province, was leased to a Chinese company.", "mes-aynak BASED_IN logar")]
    [TestCase("The TTP is a militant group in Pakistan.", "ttp BASED_IN pakistan")]
    [TestCase("The biggest test remains Mes Aynak, the vast copper deposit in Logar province south of Kabul that a consortium led by Metallurgical Corporation of China leased in 2008 for $3 billion.", "mes-aynak BASED_IN logar")]
    public void Read_DescribedPlaceSiteOrGroup_LocatedInThePlace(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line: a noun of what a party does, not of what it is, places it nowhere ("a major investor in Kenya").
    [Test]
    public void Read_RoleNounInDescription_NoBasedIn()
    {
        Assert.That(ShippedClaims.Of("Huawei, a major investor in Kenya, opened an office in Nairobi."), Does.Not.Contain("huawei BASED_IN kenya"));
    }

    // h28/a2.md (a development article): "official" makes the described news agency the state's own.
    [Test]
    public void Read_OfficialDemonymNewsAgency_PartOfTheState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Xinhua, the official Chinese news agency, on Thursday called it \"a golden corridor\" linking China with Central Asia and the Middle East.");

        Assert.That(claims, Does.Contain("xinhua PART_OF china").And.None.Contains("xinhua BASED_IN china"));
    }

    // Written dev h37/a2.md:25: the town lies in the province the possessive country holds, not just in the country.
    [Test]
    public void Read_PlaceInCountrysPossessiveProvince_PartOfTheProvince()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("At Chaman, a town in Pakistan's Balochistan province that faces the Afghan border town of Spin Boldak, families said border police had separated men from women and children during checks.");

        Assert.That(claims, Does.Contain("chaman PART_OF balochistan"));
        Assert.That(claims, Does.Not.Contain("chaman PART_OF pakistan"));
    }

    // Written dev h26/a3.md:12: an armed group's demonym says where it comes from when the relative after its noun places it
    // elsewhere.
    [Test]
    public void Read_ArmedGroupDemonymThenRelativePresence_BasedOnlyWhereItOperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Dushanbe has not publicly named the group, but two Tajik officials told the AP that investigators suspect Jamaat Ansarullah, a Tajik militant movement that has operated from northern Afghanistan since the early 2010s.");

        Assert.That(claims, Does.Contain("jamaat-ansarullah BASED_IN afghanistan"));
        Assert.That(claims, Does.Not.Contain("jamaat-ansarullah BASED_IN tajikistan"));
    }

    // Written dev h39/a3.md:30 and h48/a2.md:27: an organisation's description places it where it comes from, after "from"
    // or by the place's own name before its noun, as a demonym or "in" would.
    [TestCase("Zijin Mining runs the Zeravshan gold venture in the northern Sughd region in partnership with the Tajik government, while TBEA, a power equipment maker from Xinjiang, was granted two gold deposits in return for building the Dushanbe-2 power plant.")]
    [TestCase("Zijin Mining, China's largest gold producer, controls the Zeravshan joint venture in the Sughd region, while TBEA, a Xinjiang power equipment maker, was granted the Upper Kumarg and Eastern Duoba deposits in return for building the Dushanbe-2 power plant.")]
    public void Read_OrganisationDescribedFromPlaceOrByPlaceName_BasedThere(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("tbea BASED_IN xinjiang"));
    }

    // Written dev h28/a1.md:8: "the state" in the description, resolved by coreference to the country the report is about,
    // makes the company that state's own.
    [Test]
    public void Read_StateReferenceInDescription_PartOfTheResolvedState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("TASHKENT, May 27 (Reuters) - Uzbekistan and China signed an agreement on Tuesday to start building the Uzbek section of Line D, the long-delayed fourth string of the Central Asia-China gas pipeline, officials in Tashkent said. The deal was signed by Uzbekneftegaz, the state energy company, and China National Petroleum Corporation (CNPC) in the presence of Chinese Foreign Minister Wang Yi, who arrived in the Uzbek capital on Monday for a two-day visit.");

        Assert.That(claims, Does.Contain("uzbekneftegaz PART_OF uzbekistan"));
        Assert.That(claims, Has.None.Matches<string>(c => c.StartsWith("uzbekneftegaz BASED_IN", StringComparison.Ordinal) || c == "uzbekneftegaz PART_OF china"));
    }
}
