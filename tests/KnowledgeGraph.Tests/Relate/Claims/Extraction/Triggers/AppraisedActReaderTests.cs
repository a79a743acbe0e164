namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>An act judged in apposition to the clause that reports it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AppraisedActReaderTests
{
    // Written wire-report lines: the judge after the act's noun states the verb's predicate of the sentence's opening name.
    [TestCase("Pakistan has also expelled hundreds of thousands of Afghan refugees since late 2023, a campaign the Taliban have condemned as cruel.", "taliban CRITICIZES pakistan")]
    [TestCase("Beijing has repeatedly pressed Islamabad to let Chinese private security firms protect its citizens, a request Pakistani officials have resisted as an infringement of sovereignty.", "pakistan OPPOSES china")]
    [TestCase("China built an outpost in Tajikistan, a move Moscow has quietly criticised.", "russia CRITICIZES china")]
    public void Read_ActJudgedInApposition_JudgeStatesPredicateOfDoer(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a verb of no judgement after the act's noun states nothing of the doer.
    [Test]
    public void Read_ActTakenByAnother_NoClaimOnTheDoer()
    {
        Assert.That(ShippedClaims.Of("Beijing has stopped short of formally recognising the Taliban government, a step Russia took in July 2025."), Has.None.StartsWith("russia"));
    }

    // Written wire-report lines: rebutting an accusation criticises its maker; a plural act needs no article, "that" may
    // follow it, and coordinated judges and doers each state the claim.
    [TestCase("Pakistan's military has accused India of backing the militants, charges that New Delhi and Kabul have dismissed.", "india CRITICIZES pakistan")]
    [TestCase("Pakistan's military has accused India of backing the militants, charges that New Delhi and Kabul have dismissed.", "afghanistan CRITICIZES pakistan")]
    [TestCase("Islamabad said the bombers came from Afghanistan, an accusation that the Taliban rejected.", "taliban CRITICIZES pakistan")]
    [TestCase("Russia and Iran call the pipeline a threat to the Caspian, an interpretation that Ashgabat and Baku reject as a misreading.", "azerbaijan CRITICIZES iran")]
    public void Read_AccusationRebutted_RebutterCriticizesAccuser(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: an act's noun after a comma is said of the clause, so the name that ends the clause is no relative's object.
    [Test]
    public void Read_AccusationAfterNamedPlace_PlaceIsNoObject()
    {
        Assert.That(ShippedClaims.Of("Islamabad said the bombers came from Afghanistan, an accusation that the Taliban rejected."), Has.None.EndsWith("afghanistan"));
    }

    // Wire reports (the twenty-seventh, thirty-sixth, thirty-ninth and forty-first development sets): a rebuttal that is
    // also a bridge word ("denies") ends the words before the verb; "both" may open coordinated deniers, and "in" and a
    // place may locate the denier.
    [TestCase("Pakistani officials said at the time that the Besham attack had been planned in Afghanistan, a charge Kabul also denied.", "afghanistan CRITICIZES pakistan")]
    [TestCase("Western governments and rights groups accuse Beijing of mass detention and forced labour of Uyghurs in the region, charges China denies.", "china CRITICIZES the-west")]
    [TestCase("India has long accused China of planning to build a naval base at Gwadar, which lies about 170 km (105 miles) east of the Indian-run Chabahar port in Iran, a charge both Beijing and Islamabad deny.", "pakistan CRITICIZES india")]
    [TestCase("Pakistani officials blamed that attack on the Pakistani Taliban, known as Tehrik-e-Taliban Pakistan (TTP), and say its commanders planned it from sanctuaries in Afghanistan, an accusation the Taliban government in Kabul denies.", "taliban CRITICIZES pakistan")]
    public void Read_ChargeDeniedAfterBridgeWords_DenierCriticizesAccuser(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Wire reports (the thirty-ninth and forty-first development sets): a charge the sentence reads no other criticism
    // of is one against its lone denier.
    [TestCase("Pakistani officials said at the time that the Besham attack had been planned in Afghanistan, a charge Kabul also denied.", "pakistan CRITICIZES afghanistan")]
    [TestCase("Western governments and rights groups accuse Beijing of mass detention and forced labour of Uyghurs in the region, charges China denies.", "the-west CRITICIZES china")]
    public void Read_ChargeDeniedByLoneDenier_AccuserCriticizesDenier(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Wire reports (the twenty-ninth and thirty-sixth development sets): of two deniers, or when the sentence reads whom
    // the accuser criticises, no denier is read as the one charged.
    [TestCase("India has long accused China of planning to build a naval base at Gwadar, which lies about 170 km (105 miles) east of the Indian-run Chabahar port in Iran, a charge both Beijing and Islamabad deny.", "india CRITICIZES pakistan")]
    [TestCase("Pakistani officials accuse the Taliban of sheltering fighters of the Tehrik-e-Taliban Pakistan, a charge Kabul denies.", "pakistan CRITICIZES afghanistan")]
    public void Read_ChargeWhoseTargetIsUnclearOrRead_NotReadBack(string sentence, string absent)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Not.Contain(absent));
    }

    // tests/eval/written/h30/a1.md:26 (the accuser opens the clause after a semicolon) and h32/a3.md:14 (one capitalised
    // word opens the sentence before the accuser's name): the denier criticises the accuser, and the accuser the denier.
    [TestCase("In March 2024, a suicide bomber rammed a convoy carrying engineers working on the Dasu Hydropower Project near Besham, killing five Chinese citizens and their Pakistani driver; Pakistani officials later said the plot had been hatched in Afghanistan, a charge Kabul rejected.", "afghanistan CRITICIZES pakistan", "pakistan CRITICIZES afghanistan")]
    [TestCase("Local Taliban officials blamed \"criminal elements sheltering across the border in Pakistan\", an accusation Islamabad has rejected in previous incidents.", "pakistan CRITICIZES taliban", "taliban CRITICIZES pakistan")]
    public void Read_ChargeOfClauseOpener_ReadBothWays(string sentence, string rebuttal, string charge)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(rebuttal));
        Assert.That(claims, Does.Contain(charge));
    }

    // Written: a capitalised word that opens the sentence is skipped only before a name ("In March, …" names no accuser).
    [Test]
    public void Read_ClauseOpensWithoutName_NoAccuser()
    {
        Assert.That(ShippedClaims.Of("In March, officials said the plot had been hatched in Afghanistan, a charge Kabul rejected."), Has.None.Contains("CRITICIZES"));
    }

    // h26 (a3), h37 (a2) and h43 (a2): an act dismissed or condemned "as" something, judged by a body's officials or
    // named after a fronted phrase of place or time, or a title, that opens the clause of its doer.
    [TestCase("President Emomali Rahmon told the UN General Assembly in September that Afghanistan had become \"a haven for terrorist groups\" and called on the SCO to help build a security belt around the country, an idea Taliban officials dismissed as \"interference.\"", "taliban CRITICIZES emomali-rahmon")]
    [TestCase("In Kabul, Deputy Prime Minister Abdul Ghani Baradar last week gave traders three months to stop importing medicines from Pakistan, a move Pakistani officials dismissed as \"economic self-harm\".", "pakistan CRITICIZES abdul-ghani-baradar")]
    [TestCase("Since the October fighting, the Pakistan Air Force has struck suspected TTP hideouts in the Afghan provinces of Khost and Paktika several times, raids the Taliban have condemned as violations of Afghan sovereignty.", "taliban CRITICIZES pakistan-air-force")]
    public void Read_ActDismissedAsOrFrontedDoer_JudgeCriticisesDoer(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h37 (a2): an act dismissed as something is no charge, so its doer is not read as criticising the judge.
    [Test]
    public void Read_ActDismissedAs_NotReadBack()
    {
        Assert.That(ShippedClaims.Of("In Kabul, Deputy Prime Minister Abdul Ghani Baradar last week gave traders three months to stop importing medicines from Pakistan, a move Pakistani officials dismissed as \"economic self-harm\"."),
            Does.Not.Contain("abdul-ghani-baradar CRITICIZES pakistan"));
    }
}
