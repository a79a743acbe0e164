namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A town before the state or province it lies in and a comma, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PlaceInPlaceReaderTests
{
    // GUM bio_chao, interview_cocktail and bio_bernoulli (training documents): names no list holds, the last with "in"
    // after the comma; seeds/000:179: a curated town and province of one country.
    [TestCase("He died in Cambridge, Massachusetts.", "d:place:cambridge PART_OF d:place:massachusetts")]
    [TestCase("The Pacific Standard bar is located in Brooklyn, New York, and is co-owned by Jonathan M. Stan and John-Christian G. Rauschenberg.", "d:place:brooklyn PART_OF new-york")]
    [TestCase("Home to the massive international trading market at Yiwu, Zhejiang has long been a place where Afghan business people go.", "yiwu PART_OF zhejiang")]
    [TestCase("Daniel Bernoulli was born in Groningen, in the Netherlands, into a family of distinguished mathematicians.", "d:place:groningen PART_OF netherlands")]
    public void Read_TownCommaState_PartOf(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // GUM voyage_tulsa and voyage_phoenix (training documents): commas between towns list them; none lies in the next.
    [TestCase("Cities served are Tulsa, Sand Springs, Sapulpa, Jenks, and Broken Arrow.")]
    [TestCase("Over time it has merged with the neighboring cities of Scottsdale, Tempe, Glendale, Peoria, Chandler, and Gilbert to form the Greater Phoenix Metropolitan Area.")]
    public void Read_ListOfPlaces_NoPartOf(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("PART_OF"));
    }

    // VOA dev 2018-05-04-china-denies-lasers-djibouti.md:9: a site named by a site noun, a comma and "in" a region's
    // nation "of" a country is based in that country.
    [Test]
    public void Read_SiteCommaInRegionsNationOfCountry_BasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China is denying accusations that it fired military-grade lasers at U.S. planes landing at Camp Lemonnier, in the East African nation of Djibouti.");

        Assert.That(claims, Does.Contain("d:place:camp-lemonnier BASED_IN djibouti"));
    }

    // Written wire-report line: a project, a comma and "in" a country is based there.
    [Test]
    public void Read_ProjectCommaInCountry_BasedIn()
    {
        Assert.That(ShippedClaims.Of("Chinese engineers work at the Dasu dam, in northern Pakistan."), Does.Contain("dasu-hydropower-project BASED_IN pakistan"));
    }

    // Written wire-report line: a province and a noun of a place within it, in apposition after "the".
    [Test]
    public void Read_ApposedProvinceCity_PartOfProvince()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Kashgar, the Xinjiang city that is the main Chinese hub for the Kyrgyz trade, local authorities opened a bonded logistics zone last month to speed up customs clearance for goods bound for Kyrgyzstan and Uzbekistan.");

        Assert.That(claims, Does.Contain("kashgar PART_OF xinjiang"));
    }

    // Development wire-report lines (the district's name applies in an article about Afghanistan): a province's
    // possessive before a place named as a district holds it.
    [Test]
    public void Read_ProvincePossessiveBeforeDistrict_PartOfProvince()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The copper plant is a small part of a broader wave of Chinese investment in Afghanistan's mineral wealth, which a 2010 Pentagon study valued at up to $1 trillion.",
            "\"The Chinese work hard and they pay on time,\" said Ahmad Zia, 24, a machine operator from Balkh's Chahar Bolak district.");

        Assert.That(claims, Does.Contain("chahar-bolak-af PART_OF balkh"));
    }

    // Written dev h38/a3.md (Kyrgyzstan's request) and a variant: "whose" after a country's name is its possessive.
    [TestCase("Kyrgyzstan, whose Batken region borders Tajikistan, asked to join the CSTO drills planned on the Tajik-Afghan border in October, diplomats said.", "batken PART_OF kyrgyzstan")]
    [TestCase("Tajikistan, whose Gorno-Badakhshan region borders Afghanistan, asked for help.", "gorno-badakhshan PART_OF tajikistan")]
    public void Read_CountryCommaWhosePlaceUnit_PartOfTheCountry(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written variant: a place the gazetteer puts in another country is not held by "whose".
    [Test]
    public void Read_CountryCommaWhoseOtherCountrysRegion_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan, whose Xinjiang region is large, said so.");

        Assert.That(claims, Does.Not.Contain("xinjiang PART_OF pakistan"));
    }

    // Written development set h41 (two lines of one article, the later naming the district alone): a place named as a
    // district and "of" lies in the place after it.
    [Test]
    public void Read_DistrictNamedBeforeOf_PartOfPlaceAfter()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "In a statement, the military's media wing, Inter-Services Public Relations (ISPR), said troops of the Special Security Division and the Frontier Corps had raided a hideout in Lakki Marwat district of Khyber Pakhtunkhwa overnight, killing 11 militants including Qari Zarak Khan, a TTP commander it described as the mastermind of the ambush.",
            "Security analysts said the Taliban's tolerance of TTP sanctuaries on Afghan soil left Pakistan with few good options. \"Islamabad can raid hideouts in Lakki Marwat or Bajaur, but as long as the TTP leadership sits in Kabul, the pipeline will not close,\" said Imtiaz Gul, executive director of the Islamabad-based Center for Research and Security Studies.");

        Assert.That(claims, Does.Contain("lakki-marwat-pk PART_OF khyber-pakhtunkhwa"));
    }
}
