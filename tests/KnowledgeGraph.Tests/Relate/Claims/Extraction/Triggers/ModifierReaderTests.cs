using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Compound modifiers glued to a name by a hyphen, through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class ModifierReaderTests
{
    // VOA dev: 2018-08-08-chinese-news-outlets-cover-africa.md:9 ("Chinese-owned": ownership is investment; the fronted place is where)
    [Test]
    public void Read_DemonymOwnedUnderFrontedPlace_InvestsInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Rwanda, a Chinese-owned garment factory provides jobs to hundreds of local workers.");

        Assert.That(claims, Does.Contain("china INVESTS_IN rwanda"));
    }

    // VOA dev: 2018-02-18-chinese-new-year-skit-kenya-railway-backlash.md:27 ("the state" resolved to China is no name of a compound)
    [Test]
    public void Read_StateOwnedBody_NoInvestment()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese Spring Festival Gala, broadcast on the state-owned China Central Television network to millions of households across China, is different.");

        Assert.That(claims, Has.None.Match("INVESTS_IN"));
        Assert.That(claims, Does.Contain("cctv PART_OF china"));
    }

    // CIA World Factbook, Afghanistan, and an English-EWT newsgroup document (relation training set): a compound in an
    // apposition with no name after it is said of the name before the comma.
    [TestCase("A series of subsequent civil wars saw Kabul finally fall in 1996 to the Taliban, a hardline Pakistani-sponsored movement.", "pakistan SUPPORTS taliban")]
    [TestCase("Eurasia Group, a New York-based firm of political analysts, said its oil experts worked out that China was paying such an inflated price for its investment in Brazil that the cost for the oil it ended up with was three times the market price.", "eurasia-group BASED_IN new-york")]
    public void Read_CompoundInApposition_NameBeforeComma(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines in the manner of war reports (no corpus sentence writes a place held or controlled by a named party):
    // the party glued to "held" or "controlled" is based in the place.
    [TestCase("Iraqi forces advanced on ISIL-held Mosul.", "islamic-state BASED_IN mosul")]
    [TestCase("Civilians fled ISIL-controlled Raqqa.", "islamic-state BASED_IN raqqa")]
    public void Read_PartyHeldPlace_PartyBasedThere(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines in the manner of war reports: a compound before a noun and a verb qualifies that noun; the verb's
    // object is not what the compound's owner backs.
    [TestCase("The Kremlin-backed group attacked Ukraine.")]
    [TestCase("Iranian-backed militias attacked US forces in Iraq.")]
    public void Read_VerbBetweenCompoundAndName_NoClaim(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("SUPPORTS"));
    }

    // Seeds (000_b1cf9653562b7715.txt:198) and a written line: a compound after a copula is said of the name before it.
    [TestCase("The Moscow format is a Russia-initiated group that was established in 2017 to bring together Afghanistan’s neighbours.", "russia BUILDS_OR_OPERATES moscow-format")]
    [TestCase("The Moscow format is a Russia-backed group.", "russia SUPPORTS moscow-format")]
    public void Read_CompoundAfterCopula_SaidOfTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: "X-headquartered" places the body in the city, which stays the city.
    [Test]
    public void Read_CityHeadquarteredApposition_BasedInCity()
    {
        Assert.That(ShippedClaims.Of("The SCO, a Beijing-headquartered bloc, has grown."), Does.Contain("sco BASED_IN beijing"));
    }

    // Written wire-report lines: the state glued to "-led" before a bloc is a member of it, whatever negates the bloc's
    // other members; a city so glued is no member.
    [TestCase("Tajikistan is also a member of the Russian-led Collective Security Treaty Organization.", "russia MEMBER_OF csto")]
    [TestCase("Turkmenistan, citing its permanent neutrality, has joined neither the SCO nor the Russian-led Collective Security Treaty Organization.", "russia MEMBER_OF csto")]
    public void Read_StateLedBloc_StateIsMember(string sentence, string expected)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs[0].Claims.Where(c => !c.Negated).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain(expected));
    }

    [Test]
    public void Read_CityLedBloc_NoMember()
    {
        Assert.That(ShippedClaims.Of("Kyrgyzstan and Tajikistan belong to the Moscow-led Collective Security Treaty Organization (CSTO)."), Has.None.Match("^moscow MEMBER_OF"));
    }

    // Wire report (the twenty-sixth development set): a phrase after a comma that a verb follows is the clause's subject,
    // no apposition to the name before the comma.
    [Test]
    public void Read_CompoundInSubjectAfterComma_NoClaimOnNameBeforeComma()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("For the roughly 30,000 people of Khorog, the administrative centre of the Gorno-Badakhshan Autonomous Region, the Chinese-funded posts are the most visible sign of a wider change.");

        Assert.That(claims, Has.None.Contains("FUNDS"));
    }

    // Written wire-report lines: the organisation in apposition after the compound's noun, "known as" at most between.
    [TestCase("On May 12 the European Union added a Termez-based trading company, Surkhan Invest Trade, to its sanctions list for allegedly re-exporting Western machine parts to Russia, and Uzbek bankers say Western compliance officers now scrutinise every payment routed through the border hub.", "BASED_IN termez")]
    [TestCase("The Urumqi-based company, known as CAPEIC, says it has invested more than $200 million and drilled 20 wells, and has disputed the Taliban's account.", "capeic BASED_IN urumqi")]
    public void Read_CompoundNounBeforeApposedName_NameBasedInPlace(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.Some.EndsWith(expected));
    }

    // Written wire-report line: the name's bracketed acronym stands between it and the apposition.
    [Test]
    public void Read_ApposedCompoundAfterBracketedAcronym_NameBasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"This is a start, but the XPCC still sells cotton, tomatoes and polysilicon to the world,\" said Dilnur Yasin, advocacy director at the Uyghur Human Rights Project (UHRP), a Washington-based group.");

        Assert.That(claims, Does.Contain("uyghur-human-rights-project BASED_IN washington-dc"));
    }
}
