using KnowledgeGraph.Tests.TestSupport;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Relate.Claims.ClaimTestDocuments;

namespace KnowledgeGraph.Tests.Relate.Claims.Modality;

/// <summary>
/// Negation and hedging. The seeds hold no negated relation between two named parties that the lexicon covers, so
/// negation rows are seed sentences with the verb phrase changed (noted per row); hedges use seed sentences as written.
/// </summary>
[TestFixture]
internal sealed class ClaimModalityTests
{
    private static readonly string[] Mentions =
        ["Beijing=china:metonym", "China=china", "Chinese=china:demonym", "Taliban=taliban", "Mullah Baradar=abdul-ghani-baradar:partial", "Afghanistan=afghanistan", "Mes Aynak=mes-aynak", "India=india", "Xinjiang=xinjiang", "Xi=xi-jinping:partial"];

    // seeds/000:139 as written: "Reports that" hedges; "the Chinese" is an actor.
    [TestCase("Reports that the Chinese, at various points, had supplied arms to the Taliban naturally caused tensions, but the Republic government always saw a greater upside in trying to engage withChina economically than become distracted by this frustration, which was not perceived as a strategic issue.",
        "china SUPPORTS taliban", false, true)]
    // seeds/000:131 with "reportedly" added.
    [TestCase("Beijing reportedly hosted top Taliban figure Mullah Baradar and a delegation in Tianjin in July 2021.", "china HOSTS abdul-ghani-baradar", false, true)]
    // seeds/000:131 with "is said to have".
    [TestCase("Beijing is said to have hosted top Taliban figure Mullah Baradar in Tianjin.", "china HOSTS abdul-ghani-baradar", false, true)]
    // seeds/000:131 with "never".
    [TestCase("Beijing never hosted top Taliban figure Mullah Baradar in Tianjin.", "china HOSTS abdul-ghani-baradar", true, false)]
    // seeds/000:175 rephrased: "has not invested".
    [TestCase("Beijing has not invested in Mes Aynak, and the reality is that it is not entirely committed either.", "china INVESTS_IN mes-aynak", true, false)]
    // seeds/000:734 rephrased: "failed to" / "refused to".
    [TestCase("The Taliban has failed to criticise Beijing as Afghanistan wanted.", "taliban CRITICIZES china", true, false)]
    [TestCase("The Taliban refused to criticise Beijing.", "taliban CRITICIZES china", true, false)]
    // seeds/000:139 rephrased: "no evidence that" negates what follows.
    [TestCase("There is no evidence that the Chinese supplied arms to the Taliban.", "china SUPPORTS taliban", true, false)]
    // seeds/000:139 rephrased: "allegedly" hedges and "failed to" negates together.
    [TestCase("Beijing allegedly failed to support the Taliban.", "china SUPPORTS taliban", true, true)]
    // seeds/003:372 rephrased: "might" hedges.
    [TestCase("Beijing might compete with India in Afghanistan.", "china COMPETES_WITH india", false, true)]
    // seeds/000:608 as written: "seemed to" hedges another clause ("… when Xi visited Xinjiang"), not this claim.
    [TestCase("In the wake of rioting in Xinjiang in 2009, violence seemed to escalate, coming to an embarrassing head in 2013 when an attack was perpetrated in Tiananmen Square and then a year later when Xi visited Xinjiang in 2014, only to be met by an attempted suicide bombing at Urumqi’s train station.",
        "xi-jinping VISITS xinjiang", false, false)]
    // "not only … but also" is not a negation.
    [TestCase("Beijing has not only hosted Mullah Baradar but also Afghan officials.", "china HOSTS abdul-ghani-baradar", false, false)]
    // seeds/000:117 as written: "no" opening "no real choice but to" asserts the verb.
    [TestCase("Among those was the fact that China has no real choice but to engage with Afghanistan given its geographical position and its security concerns on the ground.",
        "afghanistan COOPERATES_WITH china", false, false)]
    // seeds/000:139 rephrased: a verb of stopping or denying right before the trigger bridges to the subject and negates.
    [TestCase("The Taliban denied supporting Mullah Baradar.", "taliban SUPPORTS abdul-ghani-baradar", true, false)]
    [TestCase("Beijing stopped supporting the Taliban.", "china SUPPORTS taliban", true, false)]
    // seeds/003:372 rephrased: "unlikely" hedges as "likely" does.
    [TestCase("Beijing is unlikely to compete with India in Afghanistan.", "china COMPETES_WITH india", false, true)]
    // seeds/000:139 rephrased: "deny" in the present, before a gerund, negates as "denied" does.
    [TestCase("The Taliban deny supporting Mullah Baradar.", "taliban SUPPORTS abdul-ghani-baradar", true, false)]
    // seeds/000:175 rephrased: a passive verb of believing or reporting and "to" bridge subject and verb, and hedge.
    [TestCase("Beijing is believed to have invested in Mes Aynak.", "china INVESTS_IN mes-aynak", false, true)]
    [TestCase("Beijing was reported to have invested in Mes Aynak.", "china INVESTS_IN mes-aynak", false, true)]
    // Written wire-report line: "stopped short of" and a gerund negates the gerund; "nonetheless" bridges.
    [TestCase("Beijing has nonetheless stopped short of formally recognising the Taliban government.", "china RECOGNIZES taliban", true, false)]
    // seeds/000 "it is not the only power to use such groups" rephrased: "not the only" and "not the first" assert the act.
    [TestCase("Beijing is not the only power to host Mullah Baradar.", "china HOSTS abdul-ghani-baradar", false, false)]
    [TestCase("Beijing was not the first capital to host Mullah Baradar.", "china HOSTS abdul-ghani-baradar", false, false)]
    public void Process_Cue_SetsNegatedAndHedged(string text, string triple, bool negated, bool hedged)
    {
        Claim claim = Extract(text, Mentions).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == triple);

        Assert.Multiple(() =>
        {
            Assert.That(claim.Negated, Is.EqualTo(negated), "negated");
            Assert.That(claim.Hedged, Is.EqualTo(hedged), "hedged");
        });
    }

    [Test]
    public void Process_SentenceNegationInAnotherClause_DoesNotNegate()
    {
        // VOA (2018-09-11): "denied that" scopes over its own clause, not over the concerns after "despite".
        Document doc = KnowledgeGraph.Tests.TestSupport.Docs.Process(KnowledgeGraph.Tests.TestSupport.ShippedPipeline.Value,
            "Zambia’s government has denied that the country faces an economic crisis, despite widespread concerns that the money it owes China is reaching unsustainable levels.");

        Claim claim = doc.Paragraphs[0].Claims.Single(c => c.Predicate == "FUNDS");
        Assert.That((claim.Subject.Id, claim.Object.Id, claim.Negated), Is.EqualTo(("china", "zambia", false)));
    }

    [Test]
    public void Process_ClaimReportedAsAccusation_HedgedAndTheAccusationNot()
    {
        // The annotation guide's example: the accused act is hedged, the accusation itself is not.
        Document doc = KnowledgeGraph.Tests.TestSupport.Docs.Process(KnowledgeGraph.Tests.TestSupport.ShippedPipeline.Value,
            "Islamabad rejected Kabul’s accusations that the TTP operates from Pakistani soil.");

        var claims = doc.Paragraphs.SelectMany(p => p.Claims).ToDictionary(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}", c => c.Hedged);
        Assert.That(claims, Does.ContainKey("ttp BASED_IN pakistan").WithValue(true));
        Assert.That(claims, Does.ContainKey("pakistan CRITICIZES afghanistan").WithValue(false));
    }

    // seeds/000:173 ("perhaps" qualifies how comfortable he was, not his office) and a written wire line ("reportedly"
    // qualifies the rejection): a role title is presupposed, so a hedge outside its words leaves it unhedged.
    [TestCase("seed")]
    [TestCase("wire")]
    public void IsHedged_HedgeOutsideRoleTitle_TitleClaimUnhedged(string source)
    {
        var (sentence, expected) = source == "seed"
            ? (Docs.SeedLine("000_b1cf9653562b7715.txt", 173), "abdul-haq-al-turkistani LEADS turkestan-islamic-party")
            : ("The plan was reportedly rejected by Prime Minister Boris Johnson.", "boris-johnson LEADS united-kingdom");
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == expected);
        Assert.That(claim.Hedged, Is.False);
    }

    // VOA (2018-12-19) and seeds/000:282: every role title is presupposed, also one read with no title qualifier, so
    // "unlikely" in the reported clause and "likely" in a bracket leave the source's role and the government's seat unhedged.
    [TestCase("voa", "yun-sun HOLDS_ROLE_IN stimson-center")]
    [TestCase("seed", "taliban BASED_IN afghanistan")]
    public void IsHedged_HedgeOutsideUnqualifiedTitle_Unhedged(string source, string expected)
    {
        string sentence = source == "seed" ? Docs.SeedLine("000_b1cf9653562b7715.txt", 282)
            : "But U.S. jabs are unlikely to change Sino-Africa dynamics, which have been developing for more than a half century, Yun Sun, the director of the China program and co-director of the East Asia program at the Stimson Center, told VOA.";
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == expected);
        Assert.That(claim.Hedged, Is.False);
    }

    // Written: a hedge in the title's own words still hedges it.
    [Test]
    public void IsHedged_HedgeBeforeRoleTitle_TitleClaimHedged()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The alleged ISKP leader Sanaullah Ghafari was killed.");

        Assert.That(doc.Paragraphs.SelectMany(p => p.Claims).Where(c => c.Predicate == "LEADS").Select(c => c.Hedged), Is.Not.Empty.And.All.True);
    }

    // English-EWT training text: a conditional states no fact; the guide hedges it.
    [TestCase("If al-Qaeda can kill Musharraf or instigate a military coup against him by Islamist junior officers, they can hope to catapult the MMA to power as political allies and hosts.", "al-qaeda KILLS pervez-musharraf")]
    [TestCase("The root of the trouble is that this entire Moslem region is totally dysfunctional, by any standard of the word, and would have been so even if Israel had joined the Arab league and an independent Palestine had existed for 100 years.", "israel MEMBER_OF arab-league")]
    public void IsHedged_Conditional_Hedged(string sentence, string triple)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs.SelectMany(p => p.Claims).Where(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == triple).Select(c => c.Hedged), Is.Not.Empty.And.All.True);
    }

    // VOA dev 2018-05-04:19 as written ("opened" a base is BUILDS_OR_OPERATES), and with "built": "deny that" negates
    // its own clause; the relative clause of place after a comma is the writer's.
    [TestCase("In its response, China did not explain why the U.S. claims are untrue or directly deny that they have employed lasers in Djibouti, where China recently opened a new logistics and military base.", "opened")]
    [TestCase("In its response, China did not explain why the U.S. claims are untrue or directly deny that they have employed lasers in Djibouti, where China recently built a new logistics and military base.", "built")]
    public void IsNegated_SentenceNegationBeforeCommaWhereClause_NotNegated(string sentence, string trigger)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs.SelectMany(p => p.Claims).Where(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == "china BUILDS_OR_OPERATES djibouti-base" && c.Trigger == trigger).Select(c => c.Negated), Is.Not.Empty.And.All.False);
    }

    // Written line: a denial's clause does not reach into an apposition set off by a comma after it.
    [Test]
    public void IsNegated_SentenceNegationBeforeApposition_ClaimInsideNotNegated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Taliban's chief spokesman, Zabihullah Mujahid, said the corridor was secure and denied that fighters of the East Turkestan Islamic Movement, a Uyghur group Beijing blames for attacks in Xinjiang, were present in Badakhshan.");

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == "china CRITICIZES turkestan-islamic-party");
        Assert.That(claim.Negated, Is.False);
    }

    [Test]
    public void IsHedged_HedgeInsideRelativeClauseBeforeVerb_MainClaimNotHedged()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Tajik officials have blamed the attacks on Jamaat Ansarullah, a militant group based in Afghanistan's Badakhshan province, and Beijing, which reportedly keeps a small security post in eastern Tajikistan, has urged Kabul to tighten control of the area.");
        Claim[] claims = [.. doc.Paragraphs[0].Claims];

        Assert.That(claims.Single(c => c.Predicate == "DEMANDS_FROM" && c.Subject.Id == "china").Hedged, Is.False);
        Assert.That(claims.Single(c => c.Predicate == "BASED_IN" && c.Subject.Id == "china").Hedged, Is.True);
    }

    // Written wire-report line: an offer to act states the act only as offered: hedged.
    [Test]
    public void Read_OfferedToAct_Hedged()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Talks between the Taliban's mining ministry and Gochin, a Chinese company that in 2023 offered to invest $10 billion in Afghan lithium, have stalled over Kabul's insistence that the metal be refined inside the country, according to two people familiar with the negotiations.");
        Claim investment = doc.Paragraphs[0].Claims.Single(c => c.Subject.Id == "gochin" && c.Predicate == "INVESTS_IN");

        Assert.That(investment.Hedged, Is.True);
    }
}
