using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>The predicate a claim takes once its entities' types are known, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PredicateShiftTests
{
    // Written line on the project's subject (no corpus sentence has a person seize control of a state by name): a coup
    // leader leads the state, and attacks no one.
    [Test]
    public void For_PersonSeizesControlOfState_Leads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pervez Musharraf seized control of Pakistan in 1999.");

        Assert.That(claims, Does.Contain("pervez-musharraf LEADS pakistan"));
        Assert.That(claims, Has.None.Contains("ATTACKS"));
    }

    // Written line: a state that seizes control of another's ground attacks it still.
    [Test]
    public void For_StateSeizesControlOfState_Attacks()
    {
        Assert.That(ShippedClaims.Of("Russia seized control of Crimea in 2014."), Has.Some.StartsWith("russia ATTACKS"));
    }

    // Written dev h48/a1.md:9: a portfolio before a head's title ("security chief") heads a part of the state, in which the
    // person holds a role.
    [Test]
    public void For_PortfolioBeforeHeadsTitle_HoldsRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("BISHKEK, October 14 (Reuters) - Kyrgyz and Tajik surveyors have placed the last concrete markers along their once-disputed frontier, Kyrgyzstan's security chief Kamchybek Tashiev said on Tuesday, completing a settlement that Chinese officials see as the key to reviving a stalled gas pipeline through the region.");

        Assert.That(claims, Does.Contain("kamchybek-tashiev HOLDS_ROLE_IN kyrgyzstan"));
        Assert.That(claims, Does.Not.Contain("kamchybek-tashiev LEADS kyrgyzstan"));
    }

    // Written dev h33/a2.md and h39/a3.md: a state that leads a body of states is one of its members.
    [TestCase("Russia leads the Collective Security Treaty Organization (CSTO), to which Kyrgyzstan belongs; Uzbekistan left the bloc in 2012.", "russia MEMBER_OF csto")]
    [TestCase("Analysts say the row tests Kyrgyzstan's effort to balance its ties with Russia, which leads the Eurasian Economic Union that Bishkek joined in 2015, against its growing dependence on Chinese capital.", "russia MEMBER_OF eaeu")]
    public void For_StateLeadsBodyOfStates_MemberOf(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.Contains(" LEADS "));
    }

    // Written wire-report lines: a port or a company taken over is run; ground a group takes over holds it (presence).
    [TestCase("China Overseas Port Holding Company, which took over Gwadar port in 2013, blamed the shortfall on security fears.", "china-overseas-ports-holding-company BUILDS_OR_OPERATES gwadar-port")]
    [TestCase("The Taliban took over Kabul in August 2021.", "taliban BASED_IN afghanistan")]
    public void For_TookOver_RunsWhatIsBuiltHoldsGround(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.Match("^taliban BUILDS_OR_OPERATES"));
    }

    // Written wire-report lines: a party's words rejected "as" something are criticised; a plain rejection opposes.
    [Test]
    public void For_RejectedDemandsAs_Criticizes()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kabul rejected Pakistan's demands as interference in its internal affairs.");

        Assert.That(claims, Does.Contain("afghanistan CRITICIZES pakistan").And.No.Contain("afghanistan OPPOSES pakistan"));
    }

    [Test]
    public void For_RejectedWithoutAs_Opposes()
    {
        Assert.That(ShippedClaims.Of("The Taliban rejected the American proposal."), Does.Contain("taliban OPPOSES united-states"));
    }

    // Written wire-report lines: states that found a body of states are its members, whatever the voice.
    [TestCase("The SCO, founded in 2001 by China, Russia and Kazakhstan, has grown.")]
    [TestCase("China, Russia and Kazakhstan founded the SCO in 2001.")]
    public void For_StatesFoundIntergovernmentalBody_MemberOf(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain("china MEMBER_OF sco").And.Contain("russia MEMBER_OF sco").And.Contain("kazakhstan MEMBER_OF sco"));
        Assert.That(claims, Has.None.Contains("LEADS"));
    }

    // Written wire-report line: an object relative on an apposition whose modifier glues a city to a participle, and
    // the co-founders after "with", are members too.
    [Test]
    public void For_RelativeFoundedWithCofounders_EachMemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Four Central Asian states are members of the Shanghai Cooperation Organisation, the Beijing-headquartered bloc that China and Russia founded in 2001 with Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.");

        Assert.That(claims, Does.Contain("china MEMBER_OF sco").And.Contain("russia MEMBER_OF sco").And.Contain("kazakhstan MEMBER_OF sco").And.Contain("uzbekistan MEMBER_OF sco"));
    }

    [Test]
    public void For_StateFoundedBlocModifier_IsMember()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The leaders also agreed to hold joint counter-terrorism drills under the Shanghai Cooperation Organisation, the Beijing-founded security bloc that also includes Russia, India, Pakistan and Iran, before its summit in Bishkek later this year.");

        Assert.That(claims, Does.Contain("china MEMBER_OF sco"));
        Assert.That(claims, Does.Not.Contain("china BUILDS_OR_OPERATES sco"));
    }

    // Wire report (the fortieth development set): a project welcomed is supported, not hosted.
    [Test]
    public void For_WelcomedProject_Supports()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbek President Shavkat Mirziyoyev used his speech to lobby for the Trans-Afghan Railway, a planned line linking Termez on the Uzbek border with Peshawar in Pakistan via Kabul, and asked Beijing to help finance it. China's Foreign Ministry said in a readout that Xi had \"welcomed\" the project, but it gave no commitment on funding.");

        Assert.That(claims, Does.Contain("xi-jinping SUPPORTS trans-afghan-railway"));
        Assert.That(claims, Has.None.EndsWith("HOSTS trans-afghan-railway"));
    }

    // Wire reports (the twenty-seventh and thirty-sixth development sets): rejecting a party's accusation or claim
    // criticises the party; it states no opposition.
    [TestCase("A ceasefire announced by U.S. President Donald Trump on May 10 has largely held, although New Delhi has rejected Trump's claim that Washington mediated between the two nuclear-armed neighbours.", "india CRITICIZES donald-trump", "india OPPOSES donald-trump")]
    [TestCase("New Delhi has repeatedly rejected Pakistani accusations that it backs Baloch separatists.", "india CRITICIZES pakistan", "india OPPOSES pakistan")]
    public void For_RejectedPartysAccusation_Criticizes(string sentence, string expected, string absent)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Does.Not.Contain(absent));
    }

    // Written dev h36: a vice chairman holds a role in the commission; he does not lead it.
    [Test]
    public void For_ViceBeforeHeadTitle_HoldsRoleNotLeads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The talks began when Pakistan's air force chief, Air Chief Marshal Zaheer Ahmed Babar Sidhu, visited Beijing in late June and met General Zhang Youxia, vice chairman of China's Central Military Commission, said one of the officials, who asked not to be named because the negotiations are confidential.");

        Assert.That(claims, Does.Contain("zhang-youxia HOLDS_ROLE_IN central-military-commission"));
        Assert.That(claims, Does.Not.Contain("zhang-youxia LEADS central-military-commission"));
    }

    // Written dev h39: "the committee's deputy head" is a deputy's office, and the qualifier says so.
    [Test]
    public void For_DeputyBeforeHead_HoldsRoleWithDeputyQualifier()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The GKNB said late on Tuesday that it had detained the committee's deputy head, Nurbek Toktogulov, whom it accused of inciting the blockade.");
        Claim[] roles = [.. doc.Paragraphs[0].Claims.Where(c => c.Subject.Id == "d:person:nurbek-toktogulov" && c.Predicate is "LEADS" or "HOLDS_ROLE_IN")];

        Assert.That(roles.Select(c => (c.Predicate, c.Qualifier)), Is.EqualTo(new[] { ("HOLDS_ROLE_IN", "deputy head") }));
    }

    // Written dev h28: a person who launched a project heads it, as one who founded it does; only a state or a company
    // builds or runs it.
    [Test]
    public void For_PersonLaunchedProject_Leads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("For Beijing, the railway is a showpiece of the Belt and Road Initiative, which Xi launched in neighbouring Kazakhstan in 2013.");

        Assert.That(claims, Does.Contain("xi-jinping LEADS belt-and-road-initiative"));
        Assert.That(claims, Does.Not.Contain("xi-jinping BUILDS_OR_OPERATES belt-and-road-initiative"));
    }
}
