namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A broker of agreements or talks negotiates with their parties, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class BrokerReaderTests
{
    // CIA World Factbook, United Arab Emirates and Israel (relation training set): the broker after "brokered by", or glued
    // before "-brokered", negotiates with each party.
    [TestCase("In 2020, the UAE and Bahrain signed a peace agreement (the Abraham Accords) with Israel -- brokered by the US -- in Washington, D.C.", new[] { "bahrain NEGOTIATES_WITH united-states", "israel NEGOTIATES_WITH united-states", "united-arab-emirates NEGOTIATES_WITH united-states" })]
    [TestCase("In 2022, a US-brokered agreement between Israel and Lebanon established their maritime boundary, allowing Israel to begin production on additional gas fields in the Mediterranean.", new[] { "israel NEGOTIATES_WITH united-states", "lebanon NEGOTIATES_WITH united-states" })]
    // CIA World Factbook, Yemen: the broker as the subject of "brokered"; the truce's second party is the leader of "the Saudi-led coalition".
    [TestCase("In 2022, the UN brokered a temporary truce between the Houthis and the Saudi-led coalition.", new[] { "houthis NEGOTIATES_WITH united-nations", "saudi-arabia NEGOTIATES_WITH united-nations", "houthis SIGNS_AGREEMENT_WITH saudi-arabia" })]
    public void Read_BrokeredAgreement_BrokerNegotiatesWithEachParty(string sentence, string[] expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Is.SupersetOf(expected));
    }

    // Written lines on the project's subject (no corpus sentence has China broker a deal): the broker of talks negotiates
    // with both sides; a deal the sentence denies has no broker's claim.
    [Test]
    public void Read_TalksMediatedByChina_ChinaNegotiatesWithBothSides()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan and Afghanistan held talks mediated by China in Islamabad.");

        Assert.That(claims, Does.Contain("afghanistan NEGOTIATES_WITH china").And.Contain("china NEGOTIATES_WITH pakistan"));
    }

    [Test]
    public void Read_DeniedDeal_NoBrokerClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Saudi Arabia and Iran did not sign the China-brokered deal.");

        Assert.That(claims, Has.None.Contains("china NEGOTIATES_WITH"));
    }

    // Written wire-report line: the agents after "mediated by" broker the talks between the names before the participle.
    [Test]
    public void Read_TalksBetweenPartiesMediatedByTwo_EachMediatorWithEachParty()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban deny the charge, and talks between Kabul and Islamabad mediated by Qatar and Turkey in October 2025 produced a ceasefire that has frayed repeatedly along the frontier.");

        Assert.That(claims, Does.Contain("afghanistan NEGOTIATES_WITH qatar").And.Contain("pakistan NEGOTIATES_WITH qatar")
            .And.Contain("afghanistan NEGOTIATES_WITH turkey").And.Contain("pakistan NEGOTIATES_WITH turkey"));
    }

    // h42/a3.md (a development article): the states whose demonyms name the mediation negotiate with each party of the
    // agreement.
    [Test]
    public void Read_AgreedUnderDemonymsMediation_EachMediatorWithEachParty()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A ceasefire that Islamabad and Kabul agreed in Doha on Oct. 19 under Qatari and Turkish mediation has largely held.");

        Assert.That(claims, Does.Contain("afghanistan NEGOTIATES_WITH qatar").And.Contain("pakistan NEGOTIATES_WITH qatar")
            .And.Contain("afghanistan NEGOTIATES_WITH turkey").And.Contain("pakistan NEGOTIATES_WITH turkey"));
    }

    // Written line after h40/a2.md ("before Qatar and Turkey brokered a ceasefire between the two governments"): each of
    // the coordinated names before the verb brokers.
    [Test]
    public void Read_CoordinatedBrokersBeforeVerb_EachBrokerWithEachParty()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Qatar and Turkey brokered a ceasefire between Pakistan and Afghanistan in Doha.");

        Assert.That(claims, Does.Contain("afghanistan NEGOTIATES_WITH qatar").And.Contain("pakistan NEGOTIATES_WITH qatar")
            .And.Contain("afghanistan NEGOTIATES_WITH turkey").And.Contain("pakistan NEGOTIATES_WITH turkey"));
    }

    // Written line: a possessive before a noun of mediation is no list; the parties' own names are not mediators.
    [Test]
    public void Read_MediationWithoutAgreement_NoBrokerClaim()
    {
        Assert.That(ShippedClaims.Of("Qatari mediation has won praise in Washington and Kabul."), Has.None.Contains("NEGOTIATES_WITH qatar"));
    }

    // Development article: talks of a later clause after ", and" are not the brokered ones; the telephone talks there are
    // their own subject's (the paragraphs before name Wang Yi and the two ministers).
    [Test]
    public void Read_TalksInLaterCoordinatedClause_BrokerNotTheirParty()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Chinese Foreign Minister Wang Yi, who is also a member of the Communist Party's Politburo, met Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and Amir Khan Muttaqi, the Taliban administration's acting foreign minister, at the Diaoyutai State Guesthouse before the three held a joint session. In a joint statement afterwards, the three sides pledged to step up intelligence sharing against the Turkestan Islamic Party and said they would not allow any group to use their territory against one another.",
            "Dar told reporters that Pakistan had presented \"irrefutable evidence\" that TTP commanders were directing attacks on Pakistani soil from Afghan territory, and that Islamabad expected \"concrete and verifiable steps\" from Kabul. He said the group's leader, Noor Wali Mehsud, was still sheltering in Afghanistan. Muttaqi, speaking through an interpreter, said the Islamic Emirate had \"no intention of interfering in Pakistan's internal affairs\" and urged Islamabad to reopen the Torkham crossing to trade.",
            "China's mediation between its two neighbours has become a test of the diplomatic clout it has sought to build as a peacemaker. Beijing brokered a similar informal meeting in May 2025, after which Pakistan and Afghanistan agreed to upgrade their diplomatic ties to ambassador level, and Wang has since spoken repeatedly by phone with both ministers.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi NEGOTIATES_WITH wang-yi").And.Contain("china NEGOTIATES_WITH pakistan"));
        Assert.That(claims, Has.None.EqualTo("amir-khan-muttaqi NEGOTIATES_WITH china").And.None.EqualTo("china NEGOTIATES_WITH wang-yi"));
    }
}
