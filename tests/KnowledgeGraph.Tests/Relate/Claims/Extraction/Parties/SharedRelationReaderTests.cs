using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A symmetric relation coordinated parties hold, named by a noun with no party after it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class SharedRelationReaderTests
{
    // seeds/000:55 ("their" stands for Uzbekistan and Kazakhstan)
    [Test]
    public void Read_TheirPartnership_CooperatesBetweenTheAntecedents()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Meanwhile, although Uzbekistan and Kazakhstan have started to make a show of strengthening their promising partnership, Putin’s proposal to join with the two Central Asian states in a “natural gas union” has not been flatly rejected.");

        Assert.That(claims, Does.Contain("kazakhstan COOPERATES_WITH uzbekistan"));
    }

    // seeds/000:282 (the party follows the noun after an aside: the nominal trigger reads it, not the signers together)
    [Test]
    public void Read_NounWithPartyAfterAside_NoClaimBetweenTheSubjects()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("More awkwardly, both ZTE and Huawei signed contracts (likely as part of a wider agreement between the government and local authorities) with the Taliban government in Afghanistan in the late 1990s to establish a digital phone system in Kabul and Kandahar.");

        Assert.That(claims, Has.None.Match("huawei SIGNS_AGREEMENT_WITH zte"));
    }

    // Written: no seed or VOA dev sentence has coordinated parties before "share a border", "are allies" or "have a … relationship".
    [TestCase("Kazakhstan and China share a long border.", "china BORDERS kazakhstan")]
    [TestCase("China and Pakistan are allies.", "china ALLIED_WITH pakistan")]
    [TestCase("China and India are rivals.", "china COMPETES_WITH india")]
    [TestCase("Beijing and Islamabad have a long-standing strategic partnership.", "china COOPERATES_WITH pakistan")]
    [TestCase("China and Russia have a close relationship.", "china ALLIED_WITH russia")]
    [TestCase("Pakistan and China agreed to boost security cooperation after the attack.", "china COOPERATES_WITH pakistan")]
    [TestCase("India and Pakistan resumed talks in 2015.", "india NEGOTIATES_WITH pakistan")]
    public void Read_CoordinatedPartiesHoldNoun_Claim(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a hostile word before a relation noun states no cooperation.
    [Test]
    public void Read_ComplicatedRelationship_NoClaim()
    {
        Assert.That(ShippedClaims.Of("India and China have a complicated relationship."), Is.Empty);
    }
    // Written lines in the shape ("X–Y cooperation"); the corpus line is VOA dev 2019-03-04-uganda-chinese-language.md:31.
    [TestCase("Visiting Chinese officials have over the years emphasized what they call the template of Africa-China cooperation.", "africa COOPERATES_WITH china")]
    [TestCase("China–Pakistan cooperation has deepened since 2015.", "china COOPERATES_WITH pakistan")]
    [TestCase("India-Pakistan rivalry shapes the region.", "india COMPETES_WITH pakistan")]
    [TestCase("The Afghanistan-China-Pakistan trilateral dialogue met in Islamabad.", "afghanistan NEGOTIATES_WITH china;afghanistan NEGOTIATES_WITH pakistan;china NEGOTIATES_WITH pakistan")]
    public void Read_HyphenJoinedNamesBeforeSymmetricNoun_ClaimBetweenEachPair(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Is.SupersetOf(expected.Split(';')));
    }

    // A name ("the Forum on China-Africa Cooperation") and a noun that modifies another ("trade route") state nothing.
    [TestCase("But the announcement, made at Xi’s opening speech at the 2018 Forum on China-Africa Cooperation, or FOCAC, comes amid growing concern over China’s lending practices, which some have deemed “debt-trap diplomacy.”")]
    [TestCase("The China-Pakistan trade route through Khunjerab was closed for the winter.")]
    public void Read_HyphenJoinedNamesInNameOrBeforeModifier_NoCooperationOrTrade(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("COOPERATES_WITH").And.None.Contains("TRADES_WITH"));
    }

    // seeds/003:392: the relationship that fell apart is negated.
    [Test]
    public void Read_HyphenJoinedRelationshipFellApart_Negated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "But as the wider China-India relationship fell apart, in large part due to increasingly aggressive border clashes and the growing proximity between India and the US, this cooperation fell by the wayside.");

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => c.Predicate == "COOPERATES_WITH" && c.Subject.Id == "china");
        Assert.That((claim.Object.Id, claim.Negated), Is.EqualTo(("india", true)));
    }

    // CIA World Factbook, South Korea (relation training set): a war named by two hyphen-joined parties is fought each way.
    [Test]
    public void Read_HyphenJoinedPartiesBeforeWar_AttackEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("After the Sino-Japanese War (1894-95) and the Russo-Japanese War (1904-05), Korea was occupied by Imperial Japan.");

        Assert.That(claims, Does.Contain("china ATTACKS japan").And.Contain("japan ATTACKS china"));
    }

    // English-EWT newsgroup document (relation training set): coordinated parties that agreed upon a pact signed it.
    [Test]
    public void Read_CoordinatedPartiesAgreedUponPact_SignAgreement()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In February of 2005, Iran and Syria agreed upon a mutual protection pact to combat \"challenges and threats\" in the region.");

        Assert.That(claims, Does.Contain("iran SIGNS_AGREEMENT_WITH syria"));
    }

    // CIA World Factbook, Macau (relation training set): "to" before a verb opens an infinitive, not a party, so the two
    // subjects reached the agreement together.
    [Test]
    public void Read_ReachedAgreementToInfinitive_PartiesSign()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In April 1987, Portugal and China reached an agreement to return Macau to Chinese rule in 1999, using the Hong Kong Joint Declaration between China and the UK as a model.");

        Assert.That(claims, Does.Contain("portugal SIGNS_AGREEMENT_WITH china").Or.Contain("china SIGNS_AGREEMENT_WITH portugal"));
    }

    // A written line: in "a free trade agreement" the agreement is the head; "trade" only qualifies it.
    [Test]
    public void Read_HaveFreeTradeAgreement_HeadNounsPredicate()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China and Pakistan have a free trade agreement.");

        Assert.That(claims, Is.EqualTo(new[] { "china SIGNS_AGREEMENT_WITH pakistan" }).Or.EqualTo(new[] { "pakistan SIGNS_AGREEMENT_WITH china" }));
    }

    // Written wire-report lines: "the two countries" the line before names as subject of a verb of having before a
    // symmetric noun holds it between the two; "naval" may stand inside "joint … exercises".
    [Test]
    public void Read_TwoCountriesHoldJointExercises_CooperateWithEachOther()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Last year, Pakistan's army chief, General Asim Munir, visited Beijing and met Chinese Vice President Han Zheng.",
            "The two countries also held joint naval exercises in the Arabian Sea in November.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH pakistan"));
    }

    // Look-set lines (h31/a3:22-24): "the two countries" (Pakistan and China) as the object of a verb of naming, before a
    // quoted plural partner role, cooperate with each other; the speaker is no party of it.
    [Test]
    public void Read_TwoCountriesCalledQuotedPartners_CooperateWithEachOther()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Pakistan asked China last year to reschedule about $15 billion of energy debt it owes to Chinese lenders for power plants built under the China-Pakistan Economic Corridor (CPEC). Talks between the two countries on re-profiling that debt have dragged on without result, officials say.",
            "Chinese Foreign Ministry spokesperson Guo Jiakun said on Monday that Beijing \"has always supported Pakistan in maintaining its financial stability\" and would \"continue to do its best within its capabilities\". He called the two countries \"all-weather strategic cooperative partners\".");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH pakistan"));
        Assert.That(claims, Has.None.StartsWith("guo-jiakun COOPERATES_WITH"));
    }

    // Look-set line (h60/a3:12): a quotation mark may open the plural role after the coordinated parties' copula.
    [Test]
    public void Read_CoordinatedPartiesWereQuotedPartners_Cooperate()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Xi told Tokayev that China and Kazakhstan were \"permanent comprehensive strategic partners\" and that Beijing would \"properly handle\" individual cases through consular channels, Chinese state news agency Xinhua reported.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH kazakhstan"));
    }

    // Written line: a verb of counting is no verb of naming; the two countries are the subject's partners, not each other's.
    [Test]
    public void Read_CountsBothCountriesAsPartners_NoCooperationBetweenThem()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan and Afghanistan closed their border in October. China, which counts both countries as partners, has tried to keep the dispute from spilling into its projects.");

        Assert.That(claims, Has.None.Contain("afghanistan COOPERATES_WITH pakistan").And.None.Contain("pakistan COOPERATES_WITH afghanistan"));
    }

    // Written wire-report lines: coordinated parties that have, enjoy or establish relations cooperate; tense relations
    // state nothing.
    [TestCase("China and Kenya have enjoyed warm relations since 1963.", "china COOPERATES_WITH kenya")]
    [TestCase("China and Kenya established diplomatic relations in 1963.", "china COOPERATES_WITH kenya")]
    public void Read_PartiesHoldRelations_Cooperate(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_PartiesHoldTenseRelations_NoCooperation()
    {
        Assert.That(ShippedClaims.Of("China and India have tense relations."), Has.None.Contains("COOPERATES_WITH"));
    }

    // Written wire-report line: parties that have avoided a relation hold it negated.
    [Test]
    public void Read_PartiesAvoidedRivalry_Negated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Moscow and Beijing have nonetheless avoided open rivalry in the region.");
        Claim rivalry = doc.Paragraphs[0].Claims.Single(c => c.Predicate == "COMPETES_WITH");

        Assert.That(rivalry.Negated, Is.True);
    }

    // Written lines: announcing, strengthening or restoring a relation two parties hold holds it between them.
    [TestCase("Kazakhstan and Uzbekistan announced a strategic partnership.", "kazakhstan COOPERATES_WITH uzbekistan")]
    [TestCase("Kazakhstan and Uzbekistan restored diplomatic relations in 1992.", "kazakhstan COOPERATES_WITH uzbekistan")]
    [TestCase("Kazakhstan and Uzbekistan are strengthening economic cooperation.", "kazakhstan COOPERATES_WITH uzbekistan")]
    public void Read_CoordinatedPartiesAnnounceOrStrengthenRelation_Holds(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report lines: coordinated demonyms before an actor noun hold the relation for their states; a
    // modifier of the drills ("counter-terrorism") is among the lexicon's nouns.
    [TestCase("Chinese and Tajik forces have also held joint counter-terrorism drills.")]
    [TestCase("China and Tajikistan have held joint counter-terrorism drills.")]
    public void Read_DemonymForcesHeldJointDrills_Cooperate(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china COOPERATES_WITH tajikistan"));
    }

    // Written wire-report line: talks that ended took place; only a relation that ends no longer holds.
    [Test]
    public void Read_TalksEnded_NotNegated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The China-Pakistan talks ended without agreement.");

        Claim claim = doc.Paragraphs[0].Claims.Single(c => c.Predicate == "NEGOTIATES_WITH");
        Assert.That(claim.Negated, Is.False);
    }

    // Written development line (h60/a1): the length of the border, written with "of", follows the noun and names no party.
    [Test]
    public void Read_MeasureAfterNoun_TwoCountriesBorder()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China is Kazakhstan's largest trading partner and a leading investor in its oil, gas and transport sectors, and the two countries share a border of more than 1,700 km.");

        Assert.That(claims, Does.Contain("china BORDERS kazakhstan"));
    }
}
