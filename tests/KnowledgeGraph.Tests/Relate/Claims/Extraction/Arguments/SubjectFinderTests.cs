using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>Subjects the token rules find left of a verb, through the shipped pipeline on seed and VOA dev sentences.</summary>
[TestFixture]
internal sealed class SubjectFinderTests
{
    // VOA dev 2018-12-19:9 and :21: the actor phrase is said of Bolton by the copula, so he rings the bells, not the state.
    [Test]
    public void Find_ActorPhraseAfterCopulaOfPerson_PersonIsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "When U.S. National Security Adviser John Bolton rolled out the United States’ new Africa strategy last week, he used the occasion to identify China as an imminent threat to both American and African interests.",
            "Bolton is just the latest U.S. official to ring alarm bells about China’s presence in Africa.");

        Assert.That(claims, Has.Exactly(2).EqualTo("john-bolton CRITICIZES china"));
        Assert.That(claims, Does.Not.Contain("united-states CRITICIZES china"));
    }

    // A written wire-report line: "rulers" is an actor noun after a name, like "leaders" or "officials".
    [Test]
    public void Find_NameBeforeRulers_IsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban rulers signed a deal with China to extract oil from the Amu Darya basin.");

        Assert.That(claims, Does.Contain("china SIGNS_AGREEMENT_WITH taliban"));
    }

    // A written line (no corpus sentence sets a demonym's actor noun before ", backed by"): the actor noun's owner before
    // the comma is the patient of the reduced passive, as a name there is ("Hezbollah, backed by Iran").
    [Test]
    public void Find_DemonymActorBeforeCommaPassive_IsThePatient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Syrian regime, backed by Russia and Iran, continues to attack civilians in Aleppo.");

        Assert.That(claims, Does.Contain("russia SUPPORTS syria").And.Contain("iran SUPPORTS syria"));
    }

    [Test]
    public void Find_VerbConjoinedByAnd_TakesTheEarlierVerbsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia has sent delegations of officials to Kabul and hosted Taliban interim Minister of Industry and Commerce Nooruddin Azizi.");

        Assert.That(claims, Does.Contain("russia HOSTS nooruddin-azizi").And.Not.Contain("kabul HOSTS nooruddin-azizi"));
    }

    [Test]
    public void Find_NameAfterPluralNounAndLike_IsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("And as long as countries like Zambia are willing to work with China, Sun said, U.S. grievances aren’t likely to sway Beijing’s decision-making.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH zambia"));
    }

    [Test]
    public void Find_NameInPrepositionalPhrase_IsNoSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("While the United States and its allies were present in Afghanistan bolstering the Republic government, a sea washed over Afghanistan that hid a number of issues.");

        Assert.That(claims, Has.None.StartsWith("afghanistan SUPPORTS"));
    }

    [Test]
    public void Find_ActorNounAfterDemonym_StandsForTheCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("At the last FOCAC summit, in December 2015, China met with African heads of state and committed $60 billion in financing to the continent, triple the commitment from three years before.");

        Assert.That(claims, Does.Contain("africa MEETS china"));
    }

    // Written wire-report lines: an office "of" or "for" a body, then the person in apposition, whose title may stand
    // before the name: the person acts, not the body.
    [TestCase("The leader of the Taliban, Haibatullah Akhundzada, met the Chinese envoy.", "china MEETS hibatullah-akhundzada")]
    [TestCase("The spokesman for the Taliban, Zabihullah Mujahid, criticized Pakistan.", "zabihullah-mujahid CRITICIZES pakistan")]
    [TestCase("The head of Zimbabwe's army, General Constantino Chiwenga, visited Beijing in November.", "d:person:constantino-chiwenga VISITS beijing")]
    public void Find_OfficeOfBodyThenApposedPerson_PersonIsTheSubject(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected).And.None.Match("^china MEETS taliban$"));
    }

    // Written wire-report line: a body named with its state after "of" acts, not the state.
    [Test]
    public void Find_BodyOfState_BodyIsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Central Bank of Nigeria signed an agreement with the People's Bank of China.");

        Assert.That(claims, Does.Contain("d:organisation:central-bank-of-nigeria SIGNS_AGREEMENT_WITH peoples-bank-of-china"));
    }

    // Written wire-report lines: institutions, agencies, donors, instructors and advisers of a state act for it as its
    // officials do; a body the state owns is named ("the Malian army", "Nigeria's central bank") and acts itself.
    [TestCase("Chinese institutions have extended millions of dollars in aid to Afghanistan.", "china PROVIDES_AID_TO afghanistan")]
    [TestCase("Japanese agencies have provided aid to Pakistan.", "japan PROVIDES_AID_TO pakistan")]
    [TestCase("Russian instructors have supported the Malian army since 2021.", "russia SUPPORTS d:organisation:army-of-mali")]
    [TestCase("Chinese advisers met Zimbabwean officials in Harare.", "china MEETS zimbabwe")]
    [TestCase("Nigeria's central bank signed an agreement with the People's Bank of China.", "d:organisation:central-bank-of-nigeria SIGNS_AGREEMENT_WITH peoples-bank-of-china")]
    public void Find_InstitutionsAfterDemonym_StandForTheCountry(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Find_NameApposedToCommonNoun_IsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"And many of our people, the Ugandans, are trading with China.");

        Assert.That(claims, Does.Contain("china TRADES_WITH uganda"));
    }

    [Test]
    public void Find_PossessorOfControlNoun_IsSubject()
    {
        IReadOnlyList<string> claims = Claims("Few in the region will deny Russia’s importance, but many have become wary of Moscow in the aftermath of Mr Putin’s decision to invade Ukraine.");

        Assert.That(claims, Does.Contain("vladimir-putin ATTACKS ukraine"));
    }

    [Test]
    public void Find_PossessorOfFailureNoun_NegatedClaim()
    {
        IReadOnlyList<string> claims = Claims("Few in the region will deny Russia’s importance, but many have become wary of Moscow in the aftermath of Mr Putin’s failure to invade Ukraine.");

        Assert.That(claims, Does.Contain("vladimir-putin ATTACKS ukraine | negated"));
    }

    [Test]
    public void Find_SubjectOfVerbGoverningControlNoun_IsSubject()
    {
        IReadOnlyList<string> claims = Claims("In general, Beijing rarely wastes an opportunity to condemn the abrupt withdrawal of U.S. forces last year and contrast it with China’s own contributions.");

        Assert.That(claims, Does.Contain("china CRITICIZES united-states"));
    }

    [Test]
    public void Find_ControlNounAfterOtherVerb_NoSubject()
    {
        IReadOnlyList<string> claims = Claims("In general, Beijing rarely welcomes an opportunity to condemn the abrupt withdrawal of U.S. forces last year and contrast it with China’s own contributions.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
    }

    [Test]
    public void Find_PartyAndItsQualifiedCompanions_PartyAndQualifierAreSubjects()
    {
        IReadOnlyList<string> claims = Claims("As the US and its Western partners push sanctions on Chinese firms, this will complicate the latter’s viability and the operating spaces they are in.");

        Assert.That(claims, Does.Contain("united-states SANCTIONS china").And.Contain("the-west SANCTIONS china"));
    }

    [Test]
    public void Find_NameWithBracketedShortForm_IsTheSubject()
    {
        IReadOnlyList<string> claims = Claims("In Afghanistan, the Islamic State of Khorasan Province (ISKP) has put out far more anti-Chinese propaganda than any other organization.");

        Assert.That(claims, Does.Contain("iskp CRITICIZES china"));
    }

    [Test]
    public void Find_OwnerOfStrikeBeforeRelative_IsTheSubject()
    {
        IReadOnlyList<string> claims = Claims("The poor hand China has to play was most vividly articulated recently by the U.S. drone strike that killed al-Qaida leader Ayman al-Zawahri.");

        Assert.That(claims, Does.Contain("united-states KILLS ayman-al-zawahiri"));
        Assert.That(claims, Has.None.Match("^china KILLS"));
    }

    [Test]
    public void Find_PartyAndItsProxies_PartyIsSubject()
    {
        IReadOnlyList<string> claims = Claims("Now instead, Afghanistan is increasingly seen through the light of great power competition as merely another place where Washington and its proxies might undermine Chinese interests.");

        Assert.That(claims, Does.Contain("united-states OPPOSES china"));
    }

    [Test]
    public void Find_GerundAfterBy_TakesTheClauseSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("On top of that, the Taliban has confounded expectations by actively courting New Delhi.");

        Assert.That(claims, Does.Contain("india COOPERATES_WITH taliban"));
    }

    [Test]
    public void Find_GerundAfterWhile_TakesTheClauseSubjectPastItsCopula()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban remain a frustrating partner, while Pakistan continues to be a source of concern that struggles with security at home while cozying up toChina’s adversary the United States.");

        Assert.That(claims, Does.Contain("pakistan ALLIED_WITH united-states"));
    }

    [Test]
    public void Find_GerundConjoinedWithEarlierGerund_TakesItsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Both Beijing and Kabul worked closely together to keep the story out of the public domain, with then-Vice President (and former NDS chief) Amrullah Saleh tasked to manage the relationship by President Ashraf Ghani.",
            "By early 2021, the relationship had been built up again to the point that Saleh was attending events at the Chinese embassy and praising what China was doing in Xinjiang, while at the same time highlighting through social media the links between Uyghur militants and the Taliban (something the U.S. government had sought to break by delisting the East Turkestan Islamic Movement, ETIM, as a terrorist organization in November 2020).");

        Assert.That(claims, Does.Contain("amrullah-saleh SUPPORTS china").And.Contain("united-states DESIGNATES_OR_DELISTS turkestan-islamic-party"));
    }

    [Test]
    public void Find_GerundAfterNameAndAs_NameIsNoSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China is certainly not happy with the global disruptions and costs generated by the conflict, but at the same time, it has little choice but to support Moscow as an important geopolitical partner in confronting the United States-led West.");

        Assert.That(claims, Has.None.StartsWith("russia COMPETES_WITH"));
    }

    [Test]
    public void Find_AdverbialPhraseBeforeVerb_BridgesToSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("From what is discernible in the public domain, the Indian government has for the most part been engaging with the parts of the Taliban government that are linked to the group who used to run the Doha office and those from Kandahar.");

        Assert.That(claims, Does.Contain("india COOPERATES_WITH taliban"));
    }

    private static IReadOnlyList<string> Claims(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        return [.. doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}{(c.Negated ? " | negated" : "")}")];
    }

    [Test]
    public void Find_WeekdayAndDegreePhraseBeforeVerb_AreBridges()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("U.S. Secretary of State Rex Tillerson on Tuesday went as far as to accuse China of \"encouraging dependency\" in its approach to the continent.");

        Assert.That(claims, Does.Contain("rex-tillerson CRITICIZES china"));
    }

    [Test]
    public void Find_PhotoPositionInBrackets_IsABridge()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese President Xi Jinping (left) walks alongside Uzbek President Shavkat Mirziyoyev at the Shanghai Cooperation Organization summit in Uzbekistan on September 16.");

        Assert.That(claims, Does.Contain("shavkat-mirziyoyev MEETS xi-jinping"));
    }

    [Test]
    public void Find_RelativeAfterDemonymActors_IsTheActorsCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(Docs.SeedLine("000_b1cf9653562b7715.txt", 316));

        Assert.That(claims, Does.Contain("china INVESTS_IN central-asia"));
    }

    [Test]
    public void Find_DescribedRegionAsObject_IsTheRegionNamedBefore()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(Docs.SeedLine("000_b1cf9653562b7715.txt", 29));

        Assert.That(claims, Does.Contain("charles-michel VISITS central-asia").And.None.EndsWith("VISITS europe"));
    }

    // Written: a title with its posting before the person in apposition ("China's ambassador to Afghanistan, Wang Yu,")
    [Test]
    public void Find_PersonInAppositionAfterPosting_IsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China’s ambassador to Afghanistan, Wang Yu, met Taliban officials.");

        Assert.That(claims, Does.Contain("taliban MEETS wang-yu").And.Contain("wang-yu HOLDS_ROLE_IN china"));
        Assert.That(claims, Has.None.Match("^afghanistan MEETS"));
    }

    // Written: a multi-word bridge ending in a bridge word of its own ("won the contract to")
    [Test]
    public void Find_WonTheContractToDevelop_BodyIsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Metallurgical Corporation of China won the contract to develop the Mes Aynak copper mine in 2008.");

        Assert.That(claims, Does.Contain("metallurgical-corporation-of-china BUILDS_OR_OPERATES mes-aynak"));
    }

    // Written: the holder of a contract, lease or concession to build, mine or develop acts through it
    [TestCase("Beijing accepted a Taliban ambassador, Bilal Karimi, in early 2024, and the state-owned Metallurgical Corporation of China holds the contract to mine copper at Mes Aynak, south of Kabul.", "metallurgical-corporation-of-china BUILDS_OR_OPERATES mes-aynak")]
    [TestCase("CNPC held the rights to pump oil from the Amu Darya oil fields.", "cnpc BUILDS_OR_OPERATES amu-darya-oil-project")]
    [TestCase("The Metallurgical Corporation of China holds the contract to build the Dasu dam.", "metallurgical-corporation-of-china BUILDS_OR_OPERATES dasu-hydropower-project")]
    public void Find_HoldsTheContractTo_HolderIsTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: the body of an actor noun acts ("militants of the Turkestan Islamic Party are fighting alongside")
    [Test]
    public void Find_MilitantsOfGroup_GroupIsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The militants of the Turkestan Islamic Party are fighting alongside the Taliban.");

        Assert.That(claims, Does.Contain("taliban ALLIED_WITH turkestan-islamic-party"));
    }

    // VOA dev: 2018-07-14-chinese-businesses-africa-opportunities.md:35 (the possessor of the noun a gerund qualifies)
    [Test]
    public void Find_PossessorsNounForGerund_PossessorIsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Still, Kenya’s strategies for working with China continue to take shape.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH kenya"));
    }

    // VOA dev: 2018-07-14-chinese-businesses-africa-opportunities.md:31 (a verb after "and" shares the subject of an irregular past: "met")
    [Test]
    public void Find_ConjoinedAfterIrregularPast_SharesItsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("At the last FOCAC summit, in December 2015, China met with African heads of state and committed $60 billion in financing to the continent, triple the commitment from three years before.");

        Assert.That(claims, Does.Contain("china FUNDS africa"));
    }
    // Written: an office with no person named acts for the body that owns it.
    [Test]
    public void Find_PossessorsOfficeBeforeVerb_PossessorIsTheSubject()
    {
        Assert.That(ShippedClaims.Of("The Taliban’s foreign minister met Wang Yi in Kabul."), Does.Contain("taliban MEETS wang-yi"));
    }

    // VOA dev 2018-03-07:9 and the line written from it: a participle of wanting after the main clause and a comma has
    // that clause's subject, each coordinated name; two infinitives after one "to" share that subject.
    [TestCase("China and Russia are working to expand their influence across Africa, hoping to out-compete the United States.")]
    [TestCase("China and Russia are working to expand their influence across Africa, hoping to outspend or out-compete the United States, U.S. officials warn, describing it as part of a larger effort by both countries to reshape the world order.")]
    public void Find_ParticipleAfterMainClause_TakesSentenceSubject(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain("china COMPETES_WITH united-states").And.Contain("russia COMPETES_WITH united-states"));
    }

    // Written: a sentence that opens with no name has no subject to lend the participle.
    [Test]
    public void Find_ParticipleAfterClauseOpeningWithoutName_NoSubject()
    {
        Assert.That(ShippedClaims.Of("Analysts in Beijing met Pakistani officials, hoping to out-compete India."), Has.None.Contains("COMPETES_WITH"));
    }

    // Written wire-report lines: a body or group named after its state's possessive is the verb's subject (it was
    // dropped as if the possessive made it a modifier). No corpus sentence has a trigger verb right after such a name.
    [TestCase("China's Foreign Ministry criticized Japan.", "china-ministry-of-foreign-affairs CRITICIZES japan")]
    [TestCase("Russia's Wagner Group attacked Mali.", "wagner-group ATTACKS mali")]
    [TestCase("Pakistan's army attacked the TTP.", "pakistan-army ATTACKS ttp")]
    public void Find_BodyAfterStatePossessive_IsTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Saudi Arabia, Finland and Lebanon (relation training set): "after" opens a clause, not a phrase
    // the name stands in; "opted to" bridges subject and verb.
    [TestCase("After Iraq invaded Kuwait in 1990, Saudi Arabia took in the Kuwaiti royal family and 400,000 refugees, while allowing Western and Arab troops to deploy on its soil and liberate Kuwait the following year.", "iraq ATTACKS kuwait")]
    [TestCase("Following Russia's invasion of Ukraine in 2022, Finland opted to join NATO; it became the organization's 31st member in April 2023.", "finland MEMBER_OF nato")]
    [TestCase("After HAMAS attacked Israel on 7 October 2023, the intensity and frequency of these cross-border attacks increased substantially into a cycle of hostilities, mostly limited to the border areas.", "hamas ATTACKS israel")]
    public void Find_NameBeforeBridgedVerb_IsTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Eswatini (relation training set), and a written line: the name a copula says the relative's
    // noun is acts in the relative clause.
    [TestCase("Eswatini is the only country in Africa that recognizes Taiwan.", "eswatini RECOGNIZES taiwan")]
    [TestCase("Pakistan was among the first countries that recognized the Taliban government.", "pakistan RECOGNIZES taliban")]
    public void Find_RelativeOfCopulaComplement_CopulaSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // A seed sentence outside the annotated sets: a name inside the copula's subject phrase is not what the complement is.
    [Test]
    public void Find_NameInsideCopulaSubjectPhrase_NotTheRelativesSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Looking beyond the economy, however, China’s biggest concern about the relationship between Pakistan and Afghanistan is the growing militant nexus that sees China as an important adversary.");

        Assert.That(claims, Has.None.Contains("COMPETES_WITH"));
    }

    // CIA World Factbook, Afghanistan and Bahrain (relation training set): the last of coordinated subjects may begin
    // with its article.
    [TestCase("In February 2020, the US and the Taliban signed an agreement that led to the withdrawal of international forces in exchange for commitments on counterterrorism and other assurances.", "taliban SIGNS_AGREEMENT_WITH united-states")]
    [TestCase("In 2023, Bahrain and the United States signed the Comprehensive Security Integration and Prosperity Agreement to enhance cooperation across a wide range of areas, from defense and security to emerging technology, trade, and investment.", "bahrain SIGNS_AGREEMENT_WITH united-states")]
    public void Find_LastCoordinatedSubjectWithArticle_BothSubjects(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line (no corpus sentence coordinates two titled persons as subjects): a title and its demonym stand between
    // the conjunction and the second name.
    [Test]
    public void Find_CoordinatedTitledPersons_BothSubjects()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese President Xi Jinping and Russian President Vladimir Putin met in Samarkand.");

        Assert.That(claims, Does.Contain("vladimir-putin MEETS xi-jinping"));
    }

    // A seed sentence outside the annotated sets (a body placed by "in" acts), and written lines in the manner of conflict
    // reports (no corpus sentence places an armed actor by "in" before its verb): the place locates the actor before it,
    // which is the subject.
    [TestCase("Chinese institutions have extended millions of dollars in aid while the Ministry of Foreign Affairs in Beijing has been a leading voice in calling for Washington to release $7 billion in frozen Afghan central bank funds.", "china-ministry-of-foreign-affairs DEMANDS_FROM united-states")]
    [TestCase("ISIL fighters in Mosul attacked the Iraqi army.", "islamic-state ATTACKS iraqi-security-forces")]
    [TestCase("The Taliban in Kandahar attacked Pakistani troops.", "taliban ATTACKS pakistan")]
    public void Find_ActorLocatedByPlace_ActorIsTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line: a place after "in" with no actor before it stays no subject.
    [Test]
    public void Find_PlaceAfterInWithoutActor_NoSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The war in Afghanistan hurt Pakistan.");

        Assert.That(claims, Has.None.StartsWith("afghanistan "));
    }

    // Written lines (no corpus sentence writes a group's armed members "from" it before a verb): they act for the group;
    // fighters from a place are no party.
    [Test]
    public void Find_ArmedMembersFromGroup_GroupIsTheSubject()
    {
        Assert.That(ShippedClaims.Of("Gunmen from the Islamic State attacked Afghan soldiers."), Does.Contain("islamic-state ATTACKS afghanistan"));
        Assert.That(ShippedClaims.Of("Fighters from Chechnya attacked Russian troops."), Has.None.Contains("ATTACKS russia"));
    }

    // Written lines in the manner of coalition press releases: aircraft are a means of attack, their demonym's state the attacker.
    [TestCase("French aircraft struck ISIL targets.", "france ATTACKS islamic-state")]
    [TestCase("American aircraft conducted strikes against ISIL.", "united-states ATTACKS islamic-state")]
    public void Find_DemonymAircraft_StateIsTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines in the manner of war reports (no corpus sentence sets a reduced passive between a demonym's actors and
    // their verb): the actors' owner before ", backed by …," acts; the backers' air power is their own.
    [TestCase("Iraqi forces, backed by coalition airstrikes, recaptured Ramadi from ISIL.", "iraq ATTACKS islamic-state")]
    [TestCase("The Syrian army, backed by Russian air power, retook Palmyra.", "russia SUPPORTS syrian-arab-army")]
    public void Find_ActorsBeforeReducedPassive_OwnerIsTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, UAE (relation training set): an actor noun before a comma and a phrase that is no reduced
    // passive ("countries, along with Egypt and Jordan,") is not the subject.
    [Test]
    public void Find_ActorsBeforeOtherApposition_NotTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The UAE and Bahrain thus became the third and fourth Middle Eastern countries, along with Egypt and Jordan, to recognize Israel.");

        Assert.That(claims, Does.Not.Contain("middle-east RECOGNIZES israel"));
    }

    // CIA World Factbook, South Korea (relation training set), and a written line in the manner of war reports: a
    // conjunct's actor noun stands before the conjunction ("US troops and UN forces", "Russian forces and Hezbollah
    // fighters"), and its owner is a subject too.
    [TestCase("During the Korean War (1950-53), US troops and UN forces fought alongside ROK soldiers to defend South Korea from a North Korean invasion supported by communist China and the Soviet Union.", "south-korea ALLIED_WITH united-states")]
    [TestCase("US troops and Kurdish fighters attacked ISIL in Raqqa.", "united-states ATTACKS islamic-state")]
    public void Find_ActorNounBeforeConjunction_OwnerIsASubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Morocco (relation training set): a listed name after a comma may begin with its article, and
    // the names before it are subjects too.
    [Test]
    public void Find_ListedNameWithArticle_EarlierNamesAreSubjects()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In 2020, Morocco signed a normalization agreement with Israel, similar to those that Bahrain, the United Arab Emirates, and Sudan had concluded with Israel earlier that year.");

        Assert.That(claims, Does.Contain("bahrain SIGNS_AGREEMENT_WITH israel"));
    }

    // Seeds (003): "the Indian and Chinese governments" after an opener's comma; the article opens the demonyms' phrase, so
    // the name before the comma is no subject.
    [Test]
    public void Find_ArticleBeforeDemonyms_NameBeforeCommaNotASubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("During the tenure of the previous Republic government, the Indian and Chinese governments actually even went so far as to cooperate on diplomatic training programmes.");

        Assert.That(claims, Has.None.StartsWith("afghan-republic "));
    }

    // Written lines: "neither … nor" coordinates its subjects and negates the verb for each.
    [TestCase("Neither China nor Russia has recognised the Taliban government.")]
    [TestCase("China has neither recognised the Taliban nor criticised it.")]
    public void Find_NeitherNor_EverySubjectNegated(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        var claims = doc.Paragraphs.SelectMany(p => p.Claims).Where(c => c.Predicate == "RECOGNIZES").ToList();
        Assert.That(claims.Select(c => c.Subject.Id), Does.Contain("china"));
        Assert.That(claims.Select(c => c.Negated), Is.All.True);
    }

    // Written lines: a place a visit goes to is not the subject of the infinitive of purpose after it; the visitor is.
    // After a verb of asking the name before "to" still is ("urged China to increase trade").
    [TestCase("Taliban officials visited Urumqi to promote trade with Xinjiang.", "taliban TRADES_WITH xinjiang", "urumqi TRADES_WITH xinjiang")]
    [TestCase("Wang Yi travelled to Islamabad to strengthen ties with Pakistan.", "pakistan COOPERATES_WITH wang-yi", "islamabad COOPERATES_WITH pakistan")]
    [TestCase("The Taliban urged China to increase trade with Afghanistan.", "afghanistan TRADES_WITH china", "afghanistan TRADES_WITH taliban")]
    public void Find_InfinitiveAfterVisitedPlace_VisitorIsTheSubject(string sentence, string expected, string wrong)
    {
        IReadOnlyList<string> claims = Relate.Claims.Extraction.ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected).And.No.Contain(wrong));
    }

    // VOA dev 2018-03-14:19: a noun after a preposition of means has the clause's subject, past a possessive pronoun and
    // a place after "in" inside the clause.
    [Test]
    public void ClauseSubject_PossessivePronounAndPlaceInClause_SteppedOver()
    {
        IReadOnlyList<string> claims = Relate.Claims.Extraction.ShippedClaims.Of("Historically, China exerted its security presence in Africa through contributions to United Nations peacekeeping missions, Fabricius said.");

        Assert.That(claims, Does.Contain("china SUPPORTS united-nations"));
    }

    // Written wire-report lines: a verb trigger's word after an article ("the attack") is a noun, so the verb conjoined
    // by "and" takes the subject of the verb before it.
    [TestCase("China's foreign ministry condemned the attack and urged Islamabad to protect Chinese citizens and projects in Pakistan.", "china-ministry-of-foreign-affairs DEMANDS_FROM pakistan")]
    [TestCase("China condemned the attack and criticized Pakistan.", "china CRITICIZES pakistan")]
    public void Find_ConjoinedVerbPastNounOfTrigger_SharesSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Seeds (000_b1cf9653562b7715.txt:610, "it" = China) and written lines: a verb conjoined after a phrasal verb's
    // particle ("pulled back"), or after "and" and a past bridge ("pledged to", "showed itself willing to"), takes the
    // first clause's subject; "more publicly" stands between subject and verb.
    [TestCase("This was China’s first-known military base outside its borders; it has since more publicly established a naval base in Djibouti and is currently exploring opportunities in other places as well.", "china BUILDS_OR_OPERATES djibouti-base")]
    [TestCase("China pulled back from Afghanistan and praised Russia.", "china SUPPORTS russia")]
    [TestCase("China condemned the attack and pledged to support Pakistan.", "china SUPPORTS pakistan")]
    [TestCase("China pulled back from the Republic and showed itself willing to engage with the Taliban.", "china COOPERATES_WITH taliban")]
    public void Find_ConjoinedAfterParticleOrPastBridge_FirstClausesSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a project governed by a preposition, a comma and a relative is the relative's antecedent.
    [Test]
    public void Find_ProjectAfterPrepositionBeforeRelative_IsTheAntecedent()
    {
        Assert.That(ShippedClaims.Of("The engineers were working on the Dasu hydropower project, which is being built by China Gezhouba Group with financing from the World Bank."),
            Does.Contain("china-gezhouba-group BUILDS_OR_OPERATES dasu-hydropower-project"));
    }

    // Written lines: a party after "by" or "with" and a comma is the antecedent of the relative after it.
    [TestCase("The attack was claimed by the Balochistan Liberation Army, which opposes Chinese projects in Balochistan.", "balochistan-liberation-army OPPOSES china")]
    [TestCase("China held talks with the Pakistani Taliban, who have attacked Chinese engineers before.", "ttp ATTACKS china")]
    public void Find_PartyAfterPrepositionBeforeRelative_IsTheAntecedent(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: after a place preposition the relative may qualify the noun before it (the hotel, not Kabul).
    [Test]
    public void Find_PlaceAfterInBeforeRelative_NotTheAntecedent()
    {
        Assert.That(ShippedClaims.Of("Gunmen attacked a hotel in Kabul, which hosts many Chinese businessmen."), Has.None.StartsWith("kabul "));
    }

    // Written: countries named before "and other" and a region's states act with them.
    [Test]
    public void Find_CountriesAndOtherRegionsStates_EachActs()
    {
        Assert.That(ShippedClaims.Of("Kenya, Ethiopia and other African countries have borrowed heavily from China."),
            Is.SupersetOf(new[] { "china FUNDS kenya", "china FUNDS ethiopia", "china FUNDS africa" }));
    }

    // Written: a participle after an apposition's noun has the name the apposition describes.
    [Test]
    public void Find_ParticipleAfterApposition_DescribedName()
    {
        Assert.That(ShippedClaims.Of("Uzbekistan, a landlocked country bordering Afghanistan, wants a railway to Pakistan."),
            Does.Contain("afghanistan BORDERS uzbekistan"));
    }

    // Written lines: attackers or a bomber "from" a group act for it; an actor phrase of several words ("state media")
    // ends before the verb.
    [TestCase("Attackers from the Balochistan Liberation Army stormed the Chinese consulate in Karachi.", "balochistan-liberation-army ATTACKS chinese-consulate-karachi")]
    [TestCase("A suicide bomber from the Pakistani Taliban attacked a bus carrying Chinese engineers.", "ttp ATTACKS china")]
    [TestCase("Chinese state media praised the Taliban for their efforts.", "china SUPPORTS taliban")]
    [TestCase("Chinese state media accused the United States of hypocrisy.", "china CRITICIZES united-states")]
    public void Find_ArmedMembersOrStateMedia_TheirBodyOrState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Seeds 000_b1cf9653562b7715.txt:131: a verb conjoined after "seemed to" and a phrasal verb ("pull back") has the
    // subject before the bridge.
    [Test]
    public void Find_ConjoinedAfterBridgeAndPhrasalVerb_FirstClausesSubject()
    {
        Assert.That(ShippedClaims.Of("But as the Taliban swept across the country in 2021, China seemed to increasingly pull back from the Republic government and showed itself even more willing to engage with the Taliban."),
            Does.Contain("china COOPERATES_WITH taliban"));
    }

    // Written: unnamed militants based in a place do not make the place the actor.
    [Test]
    public void Find_PlaceAfterBasedInAndModifier_NoSubject()
    {
        Assert.That(ShippedClaims.Of("Rahmon, who has led Tajikistan since 1992, has repeatedly warned that militants based in northern Afghanistan threaten his country."),
            Has.None.StartsWith("afghanistan THREATENS"));
    }

    // CIA World Factbook, Italy (relation training set), and written lines: a participle trigger right after the main
    // clause and a comma has that clause's subject; a name before its bracketed short form is a relative's antecedent;
    // separatists "of" a group act for it.
    [TestCase("It has been at the forefront of European economic and political unification, joining the Economic and Monetary Union in 1999.", "Italy became a nation-state in 1861.", "italy MEMBER_OF d:organisation:economic-monetary-union")]
    [TestCase("ISKP attacked a hotel, wounding five Chinese citizens.", "", "iskp ATTACKS china")]
    [TestCase("The Tehreek-e-Taliban Pakistan (TTP), which has waged an insurgency against the Pakistani state, claimed the attack.", "", "ttp ATTACKS pakistan")]
    [TestCase("Separatists of the Balochistan Liberation Army attacked Chinese engineers in Gwadar.", "", "balochistan-liberation-army ATTACKS china")]
    public void Find_ParticipleAfterCommaOrAbbreviatedAntecedentOrSeparatists_Subject(string sentence, string before, string expected)
    {
        IReadOnlyList<string> claims = before.Length > 0 ? ShippedClaims.Of(before + " " + sentence) : ShippedClaims.Of(sentence);
        Assert.That(claims, Does.Contain(expected));
    }

    // Written lines: adverbs of manner and time and "remains" stand between a subject and its verb.
    [TestCase("China has always supported Pakistan.", "china SUPPORTS pakistan")]
    [TestCase("Kyrgyzstan, however, remains heavily indebted to China.", "china FUNDS kyrgyzstan")]
    public void Find_AdverbOrRemainsBeforeVerb_Subject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a month after a control noun is a bridge of time before its infinitive.
    [Test]
    public void Find_ControlNounThenMonthThenInfinitive_PossessorActs()
    {
        Assert.That(ShippedClaims.Of("Moscow's decision in July to recognise the Taliban angered Tajikistan."), Does.Contain("russia RECOGNIZES taliban"));
    }

    // Written wire-report lines: a hyphen compound inside an apposition ("a deep-water port") and a demonym qualifying its
    // noun ("the Chinese company") leave the name before the apposition the relative's antecedent.
    [TestCase("Gwadar, a deep-water port that is operated by China Overseas Port Holding Company, lies on the Arabian Sea.", "china-overseas-ports-holding-company BUILDS_OR_OPERATES gwadar")]
    [TestCase("Gwadar, a deep-water port operated by China Overseas Port Holding Company, lies on the Arabian Sea.", "china-overseas-ports-holding-company BUILDS_OR_OPERATES gwadar")]
    public void Find_AppositionWithHyphenCompound_NameBeforeIsAntecedent(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Find_AppositionWithDemonymBeforeRelative_NameActsNotTheState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Zijin Mining, a Chinese firm that runs the Taldybulak gold mine, faced protests.");

        Assert.That(claims, Does.Contain("zijin-mining BUILDS_OR_OPERATES d:project:taldybulak-gold-mine").And.None.Contains("china BUILDS_OR_OPERATES"));
    }

    // Written wire-report lines: a name a preposition governs before ", and" closes its clause; the name after the
    // conjunction is the next clause's subject alone ("Russia, China, and Iran signed" still lists three).
    [TestCase("At that meeting, the three ministers agreed to extend the corridor to Afghanistan, and Wang Yi urged the Taliban to act against militant groups.", "wang-yi DEMANDS_FROM taliban")]
    [TestCase("Chinese companies have since hired private security firms to protect their staff in Pakistan, and Beijing has pushed Islamabad to let Chinese guards carry weapons.", "china DEMANDS_FROM pakistan")]
    [TestCase("Russia, China, and Iran signed the deal.", "china SIGNS_AGREEMENT_WITH iran")]
    public void Find_NameAfterPrepositionThenCommaAnd_NewClauseSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: "became the first country to" bridges its subject to the infinitive (a rank before an
    // agent noun, see RankedKindTests).
    [Test]
    public void Find_BecameTheFirstCountryTo_SubjectActs()
    {
        Assert.That(ShippedClaims.Of("The move came after Russia became the first country to formally recognise the Taliban government."), Does.Contain("russia RECOGNIZES taliban"));
    }

    // Written wire-report lines: a body's name before the singular noun of its kind ("movement", "party") is the subject
    // of a participle or relative after the comma.
    [TestCase("The Pakistan Tehreek-e-Insaf party, led by Imran Khan, staged protests.")]
    [TestCase("The Pakistan Tehreek-e-Insaf party, which is led by Imran Khan, staged protests.")]
    public void Find_NameBeforeNounOfItsKind_NameIsSubject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("imran-khan LEADS pakistan-tehreek-e-insaf"));
    }

    // Written wire-report line: an organisation's name before its armed members ("ISKP gunmen") is the subject.
    [Test]
    public void Find_OrganisationBeforeArmedMembers_OrganisationActs()
    {
        Assert.That(ShippedClaims.Of("ISKP gunmen wounded Chinese nationals."), Does.Contain("iskp ATTACKS china"));
    }

    // Written wire-report lines: a quotation opening on the verb keeps the subject before the mark.
    [TestCase("Chinese Foreign Ministry spokesperson Mao Ning said Beijing \"firmly supports Pakistan in combating terrorism\".")]
    [TestCase("Mao Ning said Beijing “firmly supports Pakistan”.")]
    public void Find_QuoteOpeningOnVerb_SubjectBeforeMark(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china SUPPORTS pakistan"));
    }

    // Written: a person leading a state's delegation acts, and so does the state.
    [Test]
    public void Find_DelegationLedByPerson_PersonAndState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A Chinese delegation led by Wang Yi arrived in Kabul on Monday.");

        Assert.That(claims, Does.Contain("wang-yi VISITS kabul").And.Contain("china VISITS kabul"));
    }

    // Written: investigators of a state's demonym act for it.
    [Test]
    public void Find_DemonymInvestigators_StateActs()
    {
        Assert.That(ShippedClaims.Of("Pakistani investigators later blamed the attack on the Pakistani Taliban."), Does.Contain("pakistan CRITICIZES ttp"));
    }

    // Written wire-report lines: a place after an "in" no noun governs (a comma, an adverb or a verb of being there
    // before it), and before its place noun, is the relative's antecedent.
    [TestCase("Fighters remain in Badakhshan, which borders China.", "badakhshan BORDERS china")]
    [TestCase("Several hundred TIP fighters remain in Afghanistan, mostly in Badakhshan province, which borders both China and Tajikistan.", "badakhshan BORDERS tajikistan")]
    public void Find_RelativeOnPlaceAfterUngovernedIn_PlaceIsSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: after "in" governed by a noun the relative still qualifies the noun ("an embassy in Kabul, which").
    [Test]
    public void Find_RelativeOnPlaceAfterNounsIn_NotThePlace()
    {
        Assert.That(ShippedClaims.Of("China opened an embassy in Kabul, which hosted the Taliban."), Has.None.Contains("HOSTS taliban"));
    }

    // Written wire-report line: a verb conjoined after a copula's predicate has the copula's subject.
    [Test]
    public void Find_VerbConjoinedAfterCopulaPredicate_CopulasSubject()
    {
        Assert.That(ShippedClaims.Of("China is less squeamish and has pressed Dushanbe to keep the frontier calm."), Does.Contain("china DEMANDS_FROM tajikistan"));
    }

    // Written wire-report lines: "whose" and an actor noun name the antecedent's actors; a name before the noun of its
    // kind right before the verb is the subject; a verb conjoined after a reported clause is the speaker's.
    [TestCase("Uzbekistan, whose government has received Taliban ministers in Tashkent, wants more trade.", "uzbekistan HOSTS taliban")]
    [TestCase("Tajikistan, whose mountainous Gorno-Badakhshan region borders both the Wakhan corridor and China's Xinjiang, has been cautious.", "gorno-badakhshan BORDERS xinjiang")]
    [TestCase("Shavkat Mirziyoyev said the railway was vital and urged Washington to release frozen funds.", "shavkat-mirziyoyev DEMANDS_FROM united-states")]
    public void Find_WhoseActorsKindNamedOrSpeakersConjoinedVerb_Subject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written development lines: a verb of speech conjoined after a quotation the speaker reported is the speaker's, however
    // long the quotation; the verb inside the quotation does not take it.
    [TestCase("In a rare public comment on the issue, Zabihullah Mujahid, the Taliban's chief spokesman, said on Tuesday that the Islamic Emirate \"does not allow anyone to use Afghan soil against neighbouring countries\" and urged Tajikistan to resolve its concerns through dialogue.", "zabihullah-mujahid DEMANDS_FROM tajikistan")]
    [TestCase("Muttaqi, speaking through an interpreter, said the Islamic Emirate had \"no intention of interfering in Pakistan's internal affairs\" and urged Islamabad to reopen the Torkham crossing to trade.", "amir-khan-muttaqi DEMANDS_FROM pakistan")]
    [TestCase("President Emomali Rahmon told the UN General Assembly in September that Afghanistan had become \"a haven for terrorist groups\" and called on the SCO to help build a security belt around the country, an idea Taliban officials dismissed as \"interference.\"", "emomali-rahmon DEMANDS_FROM sco")]
    public void Find_SpeechVerbConjoinedAfterQuotation_SpeakersSubject(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.Matches<string>(c => c.Contains(" DEMANDS_FROM ", StringComparison.Ordinal) && c != expected));
    }

    // Written development line (h28): a participle after the main clause has the sentence's first name, past the person's
    // apposition between the name and its verb.
    [Test]
    public void Find_ParticipleAfterClauseOfApposedPerson_PersonIsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Maria Zakharova, the Russian foreign ministry's spokeswoman, was blunter, accusing Western governments of using Chinese-financed projects to \"squeeze Russia out of its own neighbourhood.\"");

        Assert.That(claims, Does.Contain("maria-zakharova CRITICIZES the-west"));
        Assert.That(claims, Has.None.StartsWith("russia-ministry-of-foreign-affairs CRITICIZES"));
    }

    // Written: a verb of violence after a quotation keeps the reported clause's subject.
    [Test]
    public void Find_ActConjoinedAfterQuotation_NotTheSpeaker()
    {
        Assert.That(ShippedClaims.Of("Pakistan's army said the militants had \"fled across the border\" and attacked Afghanistan."), Has.None.StartsWith("pakistan-army ATTACKS"));
    }

    // Written: a verb conjoined inside the reported clause keeps that clause's subject, not the speaker.
    [Test]
    public void Find_VerbConjoinedInsideReportedClause_NotTheSpeaker()
    {
        Assert.That(ShippedClaims.Of("Beijing said Pakistan had attacked the camps and killed TTP militants."), Has.None.StartsWith("china"));
    }

    // Written wire-report line: a name a verb governs before ", and" ends its clause; the titled name after the
    // conjunction is the next clause's subject alone.
    [Test]
    public void Find_NameAfterVerbThenCommaAnd_NewClauseSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Iran has pitched its railways as a route for Uzbek grain to reach the Gulf, and Iranian President Masoud Pezeshkian visited Ashgabat in December 2024.");

        Assert.That(claims, Does.Contain("masoud-pezeshkian VISITS ashgabat"));
        Assert.That(claims, Has.None.StartWith("persian-gulf VISITS"));
    }

    // Written: the body named before its bracketed short form and its kind's noun is a passive participle's patient.
    [Test]
    public void Find_NameShortFormAndKindBeforeParticiple_Patient()
    {
        Assert.That(ShippedClaims.Of("The Inter-Services Intelligence (ISI) agency, headed by Lieutenant General Asim Malik, has grown."),
            Does.Contain("muhammad-asim-malik LEADS inter-services-intelligence"));
    }

    // GUM news (defector): a body's former members do not act for it.
    [Test]
    public void Find_FormerMembersOfBody_BodyDoesNotAct()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Montalvo contacted former members of Scientology, who helped him leave the organization and get in touch with Devocht.");

        Assert.That(claims, Has.None.Match("^d:organisation:scientology "));
    }

    // Wire-report line: a participle after the main clause has the clause's subject, named after the dateline and a
    // title; the envoys from a state stand for it.
    [Test]
    public void Find_ParticipleAfterDatelineAndTitledSubject_SubjectActs()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("TEHRAN, Feb 9 (Reuters) — Iranian Foreign Minister Abbas Araghchi opened a two-day regional conference on Afghanistan in Tehran on Monday, hosting envoys from China, Russia and Pakistan as well as a Taliban delegation.");

        Assert.That(claims, Does.Contain("abbas-araghchi HOSTS china").And.Contain("abbas-araghchi HOSTS russia").And.Contain("abbas-araghchi HOSTS pakistan"));
    }

    // Written wire-report lines: the place an opening preposition governs is no conjunct of the coordinated demonyms after
    // its comma; a list after "of" stays one list.
    [Test]
    public void Find_PlaceOpeningSentenceBeforeCoordinatedDemonyms_IsNoSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Dushanbe, Chinese and Tajik troops clashed near the border.");

        Assert.That(claims, Does.Contain("china ATTACKS tajikistan").And.Contain("tajikistan ATTACKS china"));
    }

    [Test]
    public void Find_ListAfterOf_EveryNameIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Representatives of China, Russia and Iran signed an agreement.");

        Assert.That(claims, Does.Contain("china SIGNS_AGREEMENT_WITH russia").And.Contain("china SIGNS_AGREEMENT_WITH iran"));
    }

    // Written wire-report lines: a demonym coordinates with a name when the actor noun after the name serves both.
    [TestCase("Chinese and Taliban officials met in Kabul on Tuesday.", "china MEETS taliban")]
    [TestCase("In May, Iranian and Taliban border guards clashed near the Sasoli post in Nimroz province.", "iran ATTACKS taliban")]
    public void Find_DemonymAndNameBeforeSharedActorNoun_BothAreSubjects(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report lines: foreign ministers and railway officials act for the state their demonym names.
    [TestCase("Uzbek, Afghan and Pakistani railway officials met in Tashkent.", "afghanistan MEETS pakistan")]
    [TestCase("India hosted Central Asian foreign ministers in New Delhi in June 2025.", "india HOSTS central-asia")]
    public void Find_DemonymBeforeMinistersOrOfficialsOfAField_StateActs(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a span of time between the auxiliary and the verb is bridged.
    [Test]
    public void Find_ForYearsBetweenAuxiliaryAndVerb_SubjectFound()
    {
        Assert.That(ShippedClaims.Of("Beijing has for years urged Islamabad to let Chinese private security companies protect its citizens."), Does.Contain("china DEMANDS_FROM pakistan"));
    }

    // Written wire-report lines: a state after a place and a comma only places it, so it is no subject of the verb after
    // the adverbial that follows; a name before an adverbial between commas still is.
    [Test]
    public void Find_StatePlacingCityBeforeAdverbial_IsNoSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamic State Khorasan Province, which claimed a deadly bombing in Kerman, Iran, in 2024, has denounced the Taliban's dealings with foreign investors.");

        Assert.That(claims, Has.None.StartsWith("iran CRITICIZES"));
    }

    [Test]
    public void Find_NameBeforeAdverbialBetweenCommas_IsSubject()
    {
        Assert.That(ShippedClaims.Of("Saudi Arabia, after the truce expired, continued to negotiate with the Houthis."), Has.Some.Contains("NEGOTIATES_WITH").And.Some.Contains("saudi-arabia"));
    }

    [Test]
    public void Find_PresentVerbAfterButInRelative_SharesTheAntecedent()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Turkmenistan, which holds the world's fourth-largest gas reserves but belongs to neither the Collective Security Treaty Organization nor the Eurasian Economic Union, has sent most of its exported gas to China since Gazprom halted purchases in 2016.");
        string[] claims = [.. doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id} {c.Negated}")];

        Assert.That(claims, Does.Contain("turkmenistan MEMBER_OF csto True"));
        Assert.That(claims, Does.Contain("turkmenistan MEMBER_OF eaeu True"));
    }

    [TestCase("The Taliban's chief spokesman, Zabihullah Mujahid, said Afghanistan wanted \"good relations with all neighbours\" but rejected Pakistan's demands as interference in its internal affairs.", "afghanistan CRITICIZES pakistan")]
    [TestCase("Guo Jiakun, a Chinese foreign ministry spokesman, declined on Monday to comment on the reported request but called on the Taliban to \"take firm and effective measures against all terrorist forces\".", "guo-jiakun DEMANDS_FROM taliban")]
    public void Find_VerbAfterBut_SharesTheFirstVerbsSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: two names joined by "and" are one list; ", and" after them opens the next clause.
    [Test]
    public void Find_ListClosedBeforeCommaAnd_NextClauseHasItsOwnSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kyrgyzstan belongs to the Moscow-led Eurasian Economic Union and the Collective Security Treaty Organization, and Russia has stationed troops in Kant, east of Bishkek.");

        Assert.That(claims, Does.Contain("russia BASED_IN kant-kg"));
        Assert.That(claims, Has.None.StartsWith("csto BASED_IN"));
    }

    // Written wire-report line: a noun of a trade between a demonym and its actor noun.
    [Test]
    public void Find_DemonymTradeNounActors_StateIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russian grain exporters have already shipped wheat to Afghanistan through Uzbekistan and Turkmenistan, and officials said a new rail route via Kazakhstan would cut delivery times.");

        Assert.That(claims, Does.Contain("afghanistan TRADES_WITH russia"));
    }

    // Written wire-report line: a year after "in" and a month stands between a relative pronoun and its verb.
    [Test]
    public void Find_YearBetweenRelativeAndVerb_AntecedentIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia, which in July 2025 became the first country to formally recognise the Taliban government, has since expanded its trade with Kabul, and its ambassador, Dmitry Zhirnov, signed a fuel and wheat supply agreement with the commerce ministry in October.");

        Assert.That(claims, Does.Contain("russia RECOGNIZES taliban"));
    }

    // Wire report (the thirtieth development set): "last" between the subject and its verb dates the act.
    [Test]
    public void Find_LastBeforeVerb_SubjectFound()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan's army chief, Field Marshal Asim Munir, is due in Beijing next week for talks with Chinese defence officials.", "Munir last met Chinese Defence Minister Dong Jun in July 2025, and Pakistan buys most of its combat aircraft from China.");

        Assert.That(claims, Does.Contain("asim-munir MEETS dong-jun"));
    }

    // Wire report (the thirtieth development set): the body a preposition governs ends the apposition; the person before it
    // acts.
    [Test]
    public void Find_AppositionEndingInGovernedBody_PersonActs()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Lin Jian, a spokesperson for the Chinese Foreign Ministry, called on Islamabad and Kabul to resolve their differences through dialogue and said China was ready to \"play a constructive role\" within the trilateral framework.");

        Assert.That(claims, Does.Contain("lin-jian DEMANDS_FROM pakistan"));
        Assert.That(claims, Does.Contain("lin-jian DEMANDS_FROM afghanistan"));
        Assert.That(claims, Has.None.StartsWith("china-ministry-of-foreign-affairs DEMANDS_FROM"));
    }

    // Wire report (the thirtieth development set): the agents after "attacks by" do what the attacks did.
    [Test]
    public void Find_AgentsOfAttacksBy_Subjects()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Since 2021, attacks by the Balochistan Liberation Army and the TTP have killed at least 21 Chinese citizens in Pakistan, including five engineers of the Dasu Hydropower Project who died in a suicide bombing near Besham in March 2024.");

        Assert.That(claims, Does.Contain("balochistan-liberation-army ATTACKS china"));
        Assert.That(claims, Does.Contain("ttp ATTACKS china"));
    }

    // Development wire-report line: a relative after "the narrow strip of Badakhshan", in apposition to a place, has the
    // place the strip is, not the whole its "of" names.
    [Test]
    public void Find_RelativeAfterApposedPlaceNounOfPlace_ApposedPlaceIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban are also building a road through the Wakhan Corridor, the narrow strip of Badakhshan that borders China, in the hope of opening a direct crossing at the Wakhjir Pass.");

        Assert.That(claims, Does.Contain("china BORDERS wakhan-corridor"));
        Assert.That(claims, Has.None.Contains("badakhshan BORDERS").And.None.Contains("BORDERS badakhshan"));
    }

    // Wire report (the thirty-second development set): the company that signs a contract with a government does the
    // infinitive after it, past a hyphen compound before the noun and a date after the government.
    [Test]
    public void Find_CompanySignsContractWithGovernmentToDevelop_CompanyDevelops()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Xinjiang Central Asia Petroleum and Gas Co, which signed a 25-year contract with the Taliban in January 2023 to develop the Amu Darya oil fields in Sar-e Pul and Faryab provinces, had its contract cancelled in July after the Taliban accused it of missing investment and drilling targets.");

        Assert.That(claims, Does.Contain("capeic BUILDS_OR_OPERATES amu-darya-oil-project"));
        Assert.That(claims, Does.Not.Contain("taliban BUILDS_OR_OPERATES amu-darya-oil-project"));
    }

    // Wire report (the thirtieth development set): a government that signs a contract with a company has the company do the
    // infinitive; a verb with its own auxiliary conjoined after the infinitive is the government's.
    [Test]
    public void Find_GovernmentSignsContractWithCompanyToDevelop_CompanyDevelops()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The attack is a blow to the Taliban's effort to present Afghanistan as a safe destination for Chinese capital.",
            "Since 2023 the group has signed a 25-year contract with the Xinjiang Central Asia Petroleum and Gas Company to develop the Amu Darya oil fields and has courted Chinese investors for lithium, copper and gold, though few projects have moved beyond the survey stage.");

        Assert.That(claims, Does.Contain("capeic BUILDS_OR_OPERATES amu-darya-oil-project"));
        Assert.That(claims, Does.Contain("china COOPERATES_WITH taliban"));
        Assert.That(claims, Does.Not.Contain("taliban BUILDS_OR_OPERATES amu-darya-oil-project"));
        Assert.That(claims, Does.Not.Contain("capeic COOPERATES_WITH china"));
    }

    // Wire report (the thirty-fifth development set): an infinitive conjoined with its own "to" shares the subject of the
    // infinitive before it, here the demonym's firms that hold the contracts.
    [Test]
    public void Find_InfinitiveConjoinedWithOwnTo_SharesEarlierInfinitiveSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing has built close ties with the Taliban since they seized power in August 2021, and Chinese state firms hold contracts to pump oil in the Amu Darya basin and to mine copper at Mes Aynak, south of Kabul.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES mes-aynak"));
        Assert.That(claims, Has.None.Contains("taliban BUILDS_OR_OPERATES"));
    }

    // Wire report (the fortieth development set): "last" and a month between a relative pronoun and its verb date the act.
    [Test]
    public void Find_LastMonthBetweenRelativeAndVerb_AntecedentIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia, which last July became the first country to formally recognise the Taliban government, wants the group invited to the Bishkek summit as a guest of the chair, Lavrov told reporters.");

        Assert.That(claims, Does.Contain("russia RECOGNIZES taliban"));
    }

    // Development sentence (h27): "separate from but" bridges a relative's subject to the participle after it.
    [Test]
    public void Find_SeparateFromButBeforeParticiple_BridgesToSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The TTP, which is separate from but closely allied with the Afghan Taliban, has not claimed any attack on Chinese nationals.");

        Assert.That(claims, Does.Contain("taliban ALLIED_WITH ttp"));
    }

    // Wire reports (the fortieth and forty-second development sets): "with", a name and a participle after a comma make
    // an absolute clause whose subject is the name.
    [TestCase("Follow-up talks in Istanbul broke down in November, with Pakistani officials accusing the Taliban of sheltering TTP fighters who have killed hundreds of Pakistani soldiers and police.", "pakistan CRITICIZES taliban")]
    [TestCase("Pakistan shut its main crossings, including Torkham and Chaman, after fighting erupted along the frontier on Oct. 11, with Islamabad accusing the Taliban of sheltering Tehrik-e-Taliban Pakistan (TTP) militants who carry out attacks inside Pakistan.", "pakistan CRITICIZES taliban")]
    public void Find_AbsoluteWithClause_NameBeforeParticipleIsSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Wire reports (the twenty-sixth, thirtieth and thirty-third development sets): a verb conjoined in a relative clause
    // shares the subject of the clause's first verb, and takes the relative's antecedent as its object.
    [TestCase("Beijing's worries centre on Uyghur militants of the Turkestan Islamic Party, which China calls the East Turkestan Islamic Movement and blames for deadly attacks on Chinese targets.")]
    [TestCase("Chinese officials have long pressed the Taliban to act against fighters of the Turkestan Islamic Party (TIP), a Uyghur militant group that China calls the East Turkestan Islamic Movement and blames for attacks in Xinjiang.")]
    [TestCase("Their chief concern is the Turkestan Islamic Party (TIP), a Uyghur group that Beijing calls the East Turkestan Islamic Movement and blames for attacks in Xinjiang.")]
    public void Find_VerbConjoinedInRelativeClause_SharesRelativeSubject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china CRITICIZES turkestan-islamic-party"));
    }

    // Written development sets h26 and h33: a verb only a place does after a place, a comma and "which" has that place as its
    // subject, whatever preposition governs the place and whatever state's possessive stands before it.
    [TestCase("Beijing has also lobbied for a trade route through the Wakhan Corridor, which borders Xinjiang, and last year the Taliban completed a gravel road through the corridor to within a few kilometres of the Chinese frontier.", "wakhan-corridor BORDERS xinjiang")]
    [TestCase("Western and regional intelligence officials say dozens of TIP fighters have quietly left Syria since the 84th Division was formed, some for Turkey and others for Afghanistan's Badakhshan province, which borders China through the narrow Wakhan Corridor.", "badakhshan BORDERS china")]
    public void Find_PlaceVerbInRelativeAfterGovernedPlace_PlaceIsSubject(string sentence, string claim)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(claim));
    }

    // tests/eval/written/h38/a1.md:37: an "and" between two names joins the names, so the verb after the later "and"
    // still shares the first verb's subject.
    [Test]
    public void Find_ConjoinedAfterNamesJoinedByAnd_SharesFirstVerbsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "\"We cannot fight this alone, and we do not intend to,\" Rahmon said in a televised address marking the International Day against Drug Abuse.",
            "He thanked Moscow and Beijing for their support and urged the Taliban authorities to \"match words with deeds\".");

        Assert.That(claims, Does.Contain("emomali-rahmon DEMANDS_FROM taliban"));
    }

    // Written: a name and a clause after "and" still end the walk back ("Russia backed Kabul and China urged …").
    [Test]
    public void Find_AndBeforeNewClause_NoSharedSubject()
    {
        Assert.That(ShippedClaims.Of("Russia thanked Kabul and China urged the Taliban to act."), Does.Not.Contain("russia DEMANDS_FROM taliban"));
    }

    // Development text: a place after "in" locates the site named before it, which the relative after the comma stands for.
    [Test]
    public void Find_RelativeAfterSiteInPlace_SiteIsThePatient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Once in China, the oil is processed mainly at the Dushanzi refinery in Xinjiang, which is run by PetroChina, CNPC's listed subsidiary, and supplies fuel to the region's capital, Urumqi.");

        Assert.That(claims, Does.Contain("petrochina BUILDS_OR_OPERATES d:project:dushanzi-refinery"));
    }

    // A written wire-report line (h29): "keep" before a verb in -ing, like "continue", stands between the subject and
    // its verb.
    [Test]
    public void Find_KeepBeforeGerund_BridgesToSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"Beijing will keep engaging the Taliban, but it will not pour money into a country where contracts can be torn up overnight.\"");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH taliban"));
    }

    // Written dev h38: a word in -ed after a preposition ("of banned organisations") qualifies a noun, so the verb after
    // "and" is conjoined with the verb before it and shares its subject.
    [Test]
    public void Find_ParticipleAfterPrepositionBeforeAnd_ConjoinsEarlierVerb()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kyrgyzstan removed the Taliban from its list of banned organisations in 2024 and has since expanded trade with Kabul, and its foreign minister, Jeenbek Kulubaev, visited the Afghan capital in October.");

        Assert.That(claims, Does.Contain("afghanistan TRADES_WITH kyrgyzstan"));
    }

    // Written sets h38, h54 and h64: a verb of speech before "after" and a gerund, with only its audience between, is the
    // verb the gerund qualifies: the speaker meets.
    [Test]
    public void ClauseSubject_SpeechVerbBeforeAfterAndGerund_SpeakerIsTheSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"The Taliban's prohibition has cut opium supplies, but the laboratories have simply switched to ephedra and imported chemicals,\" CSTO Secretary General Imangali Tasmagambetov told reporters after meeting Tajik President Emomali Rahmon.");

        Assert.That(claims, Does.Contain("emomali-rahmon MEETS imangali-tasmagambetov"));
    }
}
