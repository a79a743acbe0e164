namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A recipient taking what a giver's demonym marks as the giver's, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ReceivedReaderTests
{
    // seeds/000:260
    [Test]
    public void Read_EmbracedDemonymInvestment_GiverInvestsInRecipient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The other Central Asian powers engaged in the SCO were more welcoming of Chinese economic engagement – Kazakhstan embraced Chinese investment, while traditional aid recipient countries Kyrgyzstan and Tajikistan saw Beijing as simply another source of much-needed aid and investment.");

        Assert.That(claims, Does.Contain("china INVESTS_IN kazakhstan"));
    }

    // Written: no corpus sentence has an adverb inside "relies on", nor a possessor before "reliance on".
    [Test]
    public void Read_ReliesHeavilyOnAndPossessorsRelianceOn_GiverFundsRecipient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kazakhstan relies heavily on Chinese investment, and Djibouti’s reliance on Chinese financing has grown.");

        Assert.That(claims, Does.Contain("china INVESTS_IN kazakhstan").And.Contain("china FUNDS djibouti"));
    }

    // VOA dev: 2018-07-11-djibouti-free-trade-zone.md:12 (the recipient is an unnamed project: no claim)
    [Test]
    public void Read_RelianceOfUnnamedProject_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But the $3.5 billion project will also add to what some experts consider to be an extreme reliance on Chinese financing and could raise the small desert nation’s debt to alarming levels.");

        Assert.That(claims, Has.None.Match("^china FUNDS"));
    }

    // Written: welcoming a giver's investment is receiving it; welcoming an interest states nothing (seeds/000:69, tested
    // in ClaimExtractorTests).
    [Test]
    public void Read_WelcomedDemonymInvestment_GiverInvestsInRecipient()
    {
        Assert.That(ShippedClaims.Of("Kabul has welcomed Chinese investment."), Does.Contain("china INVESTS_IN afghanistan"));
    }

    // Written wire-report lines on China's lending in Africa: no sentence of the seeds, VOA dev, GUM or EWT is phrased so.
    [TestCase("Zambia received loans from China.", "china FUNDS zambia")]
    [TestCase("Kenya took a $3.2 billion loan from China to build the railway.", "china FUNDS kenya")]
    [TestCase("Uganda secured funding from China for the dam.", "china FUNDS uganda")]
    [TestCase("Tajikistan accepted a $300 million loan from the Asian Development Bank.", "adb FUNDS tajikistan")]
    [TestCase("Pakistan received $2 billion in loans from China last year.", "china FUNDS pakistan")]
    [TestCase("Angola took out oil-backed loans from China after the civil war.", "china FUNDS angola")]
    public void Read_NounReceivedFromGiver_GiverFundsRecipient(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report lines: a giver named after a verb of receiving, then "for" the noun of what is given; being
    // "under" a giver's sanctions is receiving them.
    [TestCase("Sri Lanka turned to China for loans after the war.", "china FUNDS sri-lanka")]
    [TestCase("Pakistan depends on China for investment in its power sector.", "china INVESTS_IN pakistan")]
    [TestCase("The Taliban remain under UN sanctions.", "united-nations SANCTIONS taliban")]
    [TestCase("Iran has been under US sanctions since 1979.", "united-states SANCTIONS iran")]
    public void Read_GiverForNounOrUnderSanctions_GiverToRecipient(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_GiverForNounAfterOtherVerb_NoClaim()
    {
        // Written: "for loans" after a verb that receives nothing states no lending.
        Assert.That(ShippedClaims.Of("Sri Lanka criticised China for loans it called predatory."), Has.None.Contains("FUNDS"));
    }

    [Test]
    public void Read_FromWithoutVerbOfReceiving_NoClaim()
    {
        // Written: "loans from China" after a verb that receives nothing states no lending to the subject.
        Assert.That(ShippedClaims.Of("Zambia criticised loans from China."), Has.None.Contains("FUNDS"));
    }

    [Test]
    public void Read_SumBeforeGiversDemonym_GiverInvestsInRecipient()
    {
        // Written wire-report line: a sum between the verb of receiving and the giver's demonym.
        Assert.That(ShippedClaims.Of("Kenya has received billions of dollars in Chinese investment."), Does.Contain("china INVESTS_IN kenya"));
    }

    // Written wire-report lines (no corpus sentence is phrased so): a state's or body's name before a noun received marks
    // the giver as its demonym does, and the name is not the verb's object.
    [Test]
    public void Read_NameBeforeNounReceived_GiverStatesIt()
    {
        IReadOnlyList<string> sanctions = ShippedClaims.Of("The Taliban face UN sanctions.");
        IReadOnlyList<string> aid = ShippedClaims.Of("Pakistan received US aid in 2002.");

        Assert.That(sanctions, Does.Contain("united-nations SANCTIONS taliban"));
        Assert.That(aid, Does.Contain("united-states PROVIDES_AID_TO pakistan").And.Not.Contain("pakistan HOSTS united-states"));
    }

    // Written wire-report lines on debt in Africa (no corpus sentence is phrased so): repaying, defaulting on or
    // restructuring a giver's loans is having received them; an amount may stand before the giver's demonym, and a body
    // after its state's possessive is the giver.
    [TestCase("Zambia defaulted on its Chinese loans in 2020.", "china FUNDS zambia")]
    [TestCase("Pakistan has repaid Chinese loans ahead of schedule.", "china FUNDS pakistan")]
    [TestCase("Ethiopia renegotiated the Chinese loan for the railway.", "china FUNDS ethiopia")]
    [TestCase("Kenya took a $3.2 billion Chinese loan to build the railway.", "china FUNDS kenya")]
    [TestCase("Pakistan took out a $2 billion Chinese loan last year.", "china FUNDS pakistan")]
    [TestCase("Kenya received a loan from China's Exim Bank.", "export-import-bank-of-china FUNDS kenya")]
    public void Read_LoansRepaidOrAmountOrBodyOfState_GiverFundsRecipient(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_DebtWithoutForgiveness_NoAid()
    {
        // Written: restructuring a giver's debt is no debt forgiveness ("debt forgiveness to" is read only whole).
        Assert.That(ShippedClaims.Of("Kenya is seeking to restructure its Chinese debt."), Has.None.Contains("PROVIDES_AID_TO"));
    }

    [Test]
    public void Read_AroundBeforeGiver_NoSum()
    {
        // seeds/000:23: "around" alone is no amount, so "get" is not a verb of receiving Western sanctions.
        IReadOnlyList<string> claims = ShippedClaims.Of("Meanwhile, Russian and Belarusian companies seeking to get around Western sanctions have set up operations in the region, as have some Western companies exiting Russia.");

        Assert.That(claims, Has.None.Contains("SANCTIONS"));
    }

    // Written diplomatic-readout lines (no corpus sentence is phrased so): thanking a giver for what it gave is having
    // received it, support included.
    [TestCase("Pakistan thanked China for its support.", "china SUPPORTS pakistan")]
    [TestCase("Zimbabwe thanked China for the loans.", "china FUNDS zimbabwe")]
    [TestCase("The Taliban thanked China for the humanitarian aid.", "china PROVIDES_AID_TO taliban")]
    [TestCase("The Taliban received Chinese support.", "china SUPPORTS taliban")]
    public void Read_ThankedGiverOrSupportReceived_GiverToRecipient(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report lines: criticism drawn or faced from a party is that party's, a demonym before an actor noun
    // included; the possessor of the control noun heading the subject receives it, not the infinitive's object.
    [TestCase("China faced criticism from India.", "india CRITICIZES china")]
    [TestCase("Moscow's decision in July to recognise the Taliban drew criticism from Tajik officials.", "tajikistan CRITICIZES russia")]
    public void Read_CriticismDrawnOrFaced_CriticFromGiver(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_CriticismOfDecisionToRecogniseTaliban_NotOfTheTaliban()
    {
        Assert.That(ShippedClaims.Of("Moscow's decision in July to recognise the Taliban drew criticism from Tajik officials."), Has.None.Contains("CRITICIZES taliban"));
    }

    // Written wire-report lines: every giver coordinated after "from" gives, and pressure come under is the giver's.
    [TestCase("Thailand deported 40 Uyghur men to China, drawing condemnation from the United States and the European Union.", "european-union CRITICIZES thailand")]
    [TestCase("Pakistan has come under heavy pressure from China.", "china PRESSURES pakistan")]
    public void Read_CoordinatedGiversOrPressureFrom_GiverToRecipient(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: leaning on a demonym's money takes funding from its country.
    [Test]
    public void Read_LeansOnDemonymMoney_GiverFundsRecipient()
    {
        Assert.That(ShippedClaims.Of("The security bill comes as Pakistan leans heavily on Chinese money to stay afloat."), Does.Contain("china FUNDS pakistan"));
    }

    // Wire report (the twenty-sixth development set): aid that names its recipient after its preposition is not received
    // by whoever welcomes it.
    [Test]
    public void Read_WelcomedAidWithOwnRecipient_WelcomerReceivesNothing()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russian officials have publicly welcomed Chinese help to Tajikistan, but analysts say the two powers are quietly competing for influence over Central Asia's security services.");

        Assert.That(claims, Does.Contain("china PROVIDES_AID_TO tajikistan"));
        Assert.That(claims, Has.None.Contains("PROVIDES_AID_TO russia"));
    }

    // Written wire report (tests/eval/written/h28/a3.md): a noun of several words before "from", and with no verb of
    // receiving, the name after "to" behind the giver receives.
    [Test]
    public void Read_CreditLineFromGiverToRecipient_Funds()
    {
        Assert.That(ShippedClaims.Of("The largest single deal was a $1.2 billion credit line from China Development Bank to Samruk-Kazyna, Kazakhstan's sovereign wealth fund, for the planned Ekibastuz gasification plant, which China Energy Engineering Corporation is to build."), Does.Contain("china-development-bank FUNDS samruk-kazyna"));
    }

    // Written line (no development text writes a loan's worth before "from"): the worth stands between noun and giver.
    [Test]
    public void Read_LoansWorthSumFromGiver_Funds()
    {
        Assert.That(ShippedClaims.Of("Zambia has taken loans worth $6 billion from Chinese lenders."), Does.Contain("china FUNDS zambia"));
    }
}
