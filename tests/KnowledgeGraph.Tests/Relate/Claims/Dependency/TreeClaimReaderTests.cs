using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>
/// Claims read from the dependency tree, through the production tokeniser, recogniser and the shipped language model,
/// on sentences of the seeds and of the VOA dev articles.
/// </summary>
[TestFixture]
internal sealed class TreeClaimReaderTests
{
    [TestCase("Each of these stories, published by Xinhua, China's state-run news organization, typifies the country's coverage of Africa.", "xinhua PART_OF china")]
    [TestCase("Rostec, Russia's military technology conglomerate, while underfunded, has tried to enter commercial markets where there is high Chinese competition.", "rostec BASED_IN russia")]
    [TestCase("Patrick Leopold Gordon of Auchleuchries (31 March 1635 in Auchleuchries, Aberdeenshire, Scotland – 29 November 1699 in Moscow, Russia) was a general and rear admiral in Russia, of Scottish origin.", "moscow PART_OF russia")]
    [TestCase("Taliban guards stand guard in Mes Aynak valley, some 40 kilometers (25 miles), southwest of Kabul, Afghanistan, Saturday 30 October, 2021.", "kabul PART_OF afghanistan")]
    [TestCase("The jihadifuelled insurgency in Mozambique's northern province of Cabo Delgado appears to have some international links.", "cabo-delgado PART_OF mozambique")]
    [TestCase("This narrative has changed in recent years with the arrival of China’s BRI, which has increasingly subsumed and co-opted the SCO’s economic side.", "china BUILDS_OR_OPERATES belt-and-road-initiative")]
    [TestCase("Longer piece in The Diplomat last month taking a wide ranging look at China’s relationship with the Taliban.", "china COOPERATES_WITH taliban")]
    [TestCase("In claiming the attack, ISKP specifically referenced Beijing’s close relationship with the Taliban as a motivating factor.", "china ALLIED_WITH taliban")]
    [TestCase("Most groups are active locally, and the aspiration or capability to launch attacks beyond the continent’s borders tends to be confined to Isis networks in Libya or Egypt and al-Shabaab in Somalia.", "islamic-state BASED_IN libya")]
    public void Read_StructuralReading_StatesClaim(string sentence, string expected)
    {
        Assert.That(Claims(sentence), Does.Contain(expected));
    }

    // VOA 2018-08-08-chinese-news-outlets-cover-africa.md:51 (a dev article's sentence outside the evaluation set): a
    // state body named after a copula and the state's possessive (the country = China, from the article).
    [Test]
    public void Read_BodyAfterCopulaAndStatesPossessive_PartOfState()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Chinese news outlets cover Africa", "Chinese media are growing in Africa.",
            "Xinhua is the country’s official news agency, with English reports published across the web via a network of affiliates.");

        Assert.That(doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("xinhua PART_OF china"));
    }

    // h32/a1.md (a development article): "state" before the body's noun makes it the state's own.
    [Test]
    public void Read_StateRailwayInAppositionToItsName_PartOfState()
    {
        IReadOnlyList<string> claims = Claims("Russian Railways signed a memorandum with Uzbekistan Railways in September to survey the mountainous section through the Salang pass, and Kazakhstan's state railway, Kazakhstan Temir Zholy, is studying a feeder link across Uzbekistan.");

        Assert.That(claims, Does.Contain("kazakhstan-temir-zholy PART_OF kazakhstan"));
    }

    // GUM interview (training text): a capitalised "National" is a name's word, not a state's modifier.
    [Test]
    public void Read_NationalInsideAName_NoStateBody()
    {
        IReadOnlyList<string> claims = Claims("Originally from Slovenia, he served as the Director of Media and Communications of a WTA Tour event and was a member of the UNESCO Slovenian National Commission.");

        Assert.That(claims, Has.None.Contains("PART_OF slovenia"));
    }

    // Written wire-report lines on Chinese contractors (no corpus sentence names a subsidiary after a copula or a parent).
    [TestCase("China Road and Bridge Corporation is a subsidiary of China Communications Construction Company.")]
    [TestCase("China Communications Construction Company, the parent of China Road and Bridge Corporation, built the Nairobi Expressway.")]
    public void Read_SubsidiaryAfterCopulaOrParentInApposition_PartOfParent(string sentence)
    {
        Assert.That(Claims(sentence), Does.Contain("china-road-and-bridge-corporation PART_OF china-communications-construction-company"));
    }

    // h30/a3.md (a development article): a region compounded with a profession's title is the scholar's field, not a body.
    [Test]
    public void Read_FieldBeforeProfession_RoleInEmployerOnly()
    {
        IReadOnlyList<string> claims = Claims("\"China's priority is stability for its investments, not choosing sides between Islamabad and Kabul,\" said Chen Yulin, a South Asia specialist at Tsinghua University.");

        Assert.That(claims, Does.Contain("d:person:chen-yulin HOLDS_ROLE_IN tsinghua-university").And.None.Contains("HOLDS_ROLE_IN south-asia"));
    }

    // VOA dev 2018-07-11:16: the parser conjoins "director" to the first title's body, not to "fellow".
    [Test]
    public void Read_SecondTitleConjoinedToFirstTitlesBody_LeadsSecondBody()
    {
        IReadOnlyList<string> claims = Claims("Scott Morris is a senior fellow at the Center for Global Development and the director of the U.S. Development Policy Initiative.");

        Assert.That(claims, Does.Contain("d:person:scott-morris LEADS d:organisation:development-policy-initiative"));
        Assert.That(claims, Does.Contain("d:person:scott-morris HOLDS_ROLE_IN d:organisation:center-for-global-development"));
    }

    // VOA dev 2018-12-19:9 and :21: "official" is tagged an adjective; its determiner makes it the copula's noun.
    [Test]
    public void Read_CopulaTitleTaggedAdjectiveAfterDeterminer_HoldsRole()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "When U.S. National Security Adviser John Bolton rolled out the United States’ new Africa strategy last week, he used the occasion to identify China as an imminent threat to both American and African interests.",
            "Bolton is just the latest U.S. official to ring alarm bells about China’s presence in Africa.");

        Assert.That(doc.Paragraphs[1].Claims.Select(Describe), Does.Contain("john-bolton HOLDS_ROLE_IN united-states"));
    }

    [Test]
    public void Read_NegativePredicateOverNominalTrigger_Negated()
    {
        IReadOnlyList<string> claims = Claims("It was clear that direct cooperation between New Delhi and Beijing was going to be impossible.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH india | negated"));
        Assert.That(claims, Does.Not.Contain("china COOPERATES_WITH india"));
    }

    [Test]
    public void Read_TenseRelations_NoCooperation()
    {
        IReadOnlyList<string> claims = Claims("Central Asia's increasingly tense relations with Russia have made closer ties with China attractive, but achieving that is not without its problems.");

        Assert.That(claims, Has.None.Contains("COOPERATES_WITH"));
    }

    [Test]
    public void Read_CommaListsCountries_NoPartOf()
    {
        IReadOnlyList<string> claims = Claims("In a ceremony last week attended by heads of state from across East Africa, Djibouti inaugurated what it says will become the largest free-trade zone on the continent.");

        Assert.That(claims, Has.None.Contains("PART_OF"));
    }

    [Test]
    public void Read_TitleOfProgramme_NoLeadsOfItsCountry()
    {
        IReadOnlyList<string> claims = Claims("But U.S. jabs are unlikely to change Sino-Africa dynamics, Yun Sun, the director of the China program and co-director of the East Asia program at the Stimson Center, told VOA.");

        Assert.That(claims, Has.None.Contains("LEADS china"));
    }

    [Test]
    public void Process_SentenceWithoutStructuralCue_NotParsed()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "China and Pakistan signed an agreement in 2015.");
        Paragraph paragraph = doc.Paragraphs[0];

        Assert.That(paragraph.Claims.Select(Describe), Does.Contain("china SIGNS_AGREEMENT_WITH pakistan"));
        Assert.That(paragraph.Syntax!.IsParsed(0), Is.False, "the token rules found the claim; nothing calls for the tree");
    }

    // seeds/000:294 ("Chinese manufacturer Xiaomi": the token rules read it; the tree is asked only for the apposition
    // "Rostec, Russia's military technology conglomerate")
    [Test]
    public void Process_NationalityCompanyNounBeforeName_ReadWithoutParse()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Samsung remains the dominant provider across the region, but Chinese manufacturer Xiaomi has grown to take an ever-increasing market share.");
        Paragraph paragraph = doc.Paragraphs[0];

        Assert.That(paragraph.Claims.Select(Describe), Does.Contain("xiaomi BASED_IN china"));
        Assert.That(paragraph.Syntax!.IsParsed(0), Is.False);
    }

    [Test]
    public void Process_DescribedRegionBeforeCommaAndDemonym_NotParsed()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Docs.SeedLine("000_b1cf9653562b7715.txt", 594), Docs.SeedLine("000_b1cf9653562b7715.txt", 596));
        Paragraph paragraph = doc.Paragraphs[1];
        int sentence = Array.FindIndex(paragraph.Sentences, s => paragraph.Text[s.Start..s.End].StartsWith("In the wake of his 1994 tour", StringComparison.Ordinal));

        Assert.That(paragraph.References.Any(r => r.Sentence == sentence && r.Entity.Id == "central-asia"), Is.True, "the region is Central Asia");
        Assert.That(paragraph.Syntax!.IsParsed(sentence), Is.False, "\"the region, Chinese Premier\" is no place in a country");
    }

    [TestCase("Sim Tack is the chief military analyst with Force Analysis, which assesses armed conflicts around the globe.", "Sim Tack HOLDS_ROLE_IN Force Analysis")]
    [TestCase("Wolf Warrior 2 also reflects the stance of the Chinese government, said Peter Fabricius, a freelance journalist and a consultant with the Institute for Security Studies, an Africa-focused research organization.", "Peter Fabricius HOLDS_ROLE_IN Institute for Security Studies")]
    [TestCase("Joshua Meservey, a senior policy analyst for Africa and the Middle East at The Heritage Foundation, suspects the attacks might be a test of some kind.", "Joshua Meservey HOLDS_ROLE_IN Heritage Foundation")]
    public void Read_RoleTheTokenRulesCannotAttach_HoldsRoleInBody(string sentence, string expected)
    {
        Assert.That(Named(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_GroupTiedToDemonymNamedAgency_PartOfCountry()
    {
        IReadOnlyList<string> claims = Claims("The result has been a turn by Malian authorities towards mercenaries such as the Wagner Group, which has close links to the Russian GRU intelligence agency.");

        Assert.That(claims, Does.Contain("gru PART_OF russia"));
    }

    private static IReadOnlyList<string> Named(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        return [.. doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}")];
    }

    private static IReadOnlyList<string> Claims(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        return [.. doc.Paragraphs.SelectMany(p => p.Claims).Select(Describe)];
    }

    private static string Describe(Claim claim) => $"{claim.Subject.Id} {claim.Predicate} {claim.Object.Id}{(claim.Negated ? " | negated" : "")}";

    // Written: a name the gazetteer knows as another country's capital (Victoria, Seychelles) before a country's name is
    // another place of that name ("Preston, Victoria, Australia"), so it is not made part of that country; the capital
    // before its own country still is.
    [Test]
    public void Read_CapitalOfAnotherCountryBeforeCountry_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The school is in Preston, Victoria, Australia.", "The summit was held in Victoria, Seychelles.");

        Assert.That(claims, Does.Not.Contain("victoria-seychelles PART_OF australia").And.Contain("victoria-seychelles PART_OF seychelles"));
    }

    // Written: a demonym after a place and a comma opens the speakers' clause, not the place's country.
    [Test]
    public void Read_PlaceCommaDemonymSpeakers_NoPartOf()
    {
        Assert.That(ShippedClaims.Of("The road will link Badakhshan province to Xinjiang, Afghan officials said."), Has.None.Contains("PART_OF afghanistan"));
    }

    // Seeds 003_df5809cbc19a0e8f.txt:539 and 000_b1cf9653562b7715.txt:326: a relation noun's "with" parses the sentence only
    // when a party is named after it; "relationships with different European countries" names none, so the tree could add
    // nothing.
    [TestCase("Different Five Eyes partners will have slightly different relationships with different European countries.", false)]
    [TestCase("Russia has a warmer relationship with China, but it is one with tensions below the surface.", true)]
    public void Read_RelationNounWithParty_ParsedOnlyWhenNamed(string sentence, bool parsed)
    {
        Paragraph paragraph = Docs.Process(ShippedPipeline.Value, sentence).Paragraphs[0];

        Assert.That(paragraph.Syntax!.IsParsed(0), Is.EqualTo(parsed));
    }

    // Seeds 000_b1cf9653562b7715.txt:131, 147 and 167: a relation noun the tree can give no party (it completes another
    // noun, or a verb form without a subject governs it) or that the token rules already read ("close relationship with")
    // does not parse its sentence; "X has a warmer relationship with Y" above still does.
    [TestCase("For China, having long cultivated a relationship with the Taliban, it was easy for Beijing to continue operating in Kabul after they took over.")]
    [TestCase("In claiming the attack, ISKP specifically referenced Beijing’s close relationship with the Taliban as a motivating factor.")]
    // Seeds: a gerund after "to", tagged as a subordinator there, has no subject either.
    [TestCase("He awarded Mr Mirziyoyev the Order of Alexander Nevsky, which is given to foreign leaders “for major contributions to promoting friendly ties with Russia”.")]
    public void Read_RelationNounWithoutTreeParty_NotParsed(string sentence)
    {
        Paragraph paragraph = Docs.Process(ShippedPipeline.Value, sentence).Paragraphs[0];

        Assert.That(paragraph.Syntax!.IsParsed(0), Is.False);
    }

    [Test]
    public void Read_RelationNounCompletingAnotherNoun_NotParsed()
    {
        Paragraph paragraph = Docs.Process(ShippedPipeline.Value, Docs.SeedLine("000_b1cf9653562b7715.txt", 131)).Paragraphs[0];
        int sentence = Array.FindIndex(paragraph.Sentences, s => paragraph.Text[s.Start..s.End].StartsWith("Still, Beijing was careful", StringComparison.Ordinal));

        Assert.That(sentence, Is.GreaterThanOrEqualTo(0));
        Assert.That(paragraph.Syntax!.IsParsed(sentence), Is.False, "\"the appearance of good relations with the Republic\" gives the relation no party");
    }

    // Factbook text (models/claims/texts, Oman): "with its neighbors" names no party after the possessive, so the tree
    // could add nothing; "with its two communist neighbors, Vietnam and China" names them.
    [Test]
    public void Read_RelationNounWithPossessiveAndNoName_NotParsed()
    {
        Paragraph paragraph = Docs.Process(ShippedPipeline.Value, "He prioritized strategic ties to the UK and US, and his moderate, independent foreign policy allowed Oman to maintain good relations with its neighbors and avoid external entanglements.").Paragraphs[0];

        Assert.That(paragraph.Syntax!.IsParsed(0), Is.False);
    }

    // Factbook text (models/claims/texts, Laos): the parties of a relation noun named after a possessive and a comma.
    [Test]
    public void Read_RelationNounWithPossessiveThenNames_ReadFromTree()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Laos has retained its official commitment to communism and maintains close ties with its two communist neighbors, Vietnam and China, both of which continue to exert substantial political and economic influence on the country.");

        Assert.That(claims, Does.Contain("laos ALLIED_WITH vietnam"));
    }

    // Wire copy: the ambassador is named in apposition to his title; his state is no party to his meeting, nor he to it.
    [Test]
    public void Read_ActorNounWithNamedApposition_NameAloneActs()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China's ambassador to Pakistan, Jiang Zaidong, met Prime Minister Shehbaz Sharif hours after the attack and demanded that those responsible be \"severely punished\", according to a statement from the Chinese embassy in Islamabad.");

        Assert.That(claims, Does.Not.Contain("china MEETS jiang-zaidong"));
    }

    // Wire report (the nineteenth development set): relations said to have soured state no cooperation.
    [Test]
    public void Read_RelationsThatSoured_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan's relations with Kabul have also soured, with Islamabad accusing the Taliban government of sheltering the Tehrik-e-Taliban Pakistan and the BLA, charges the Taliban reject.");

        Assert.That(claims, Does.Not.Contain("afghanistan COOPERATES_WITH pakistan"));
        Assert.That(claims, Does.Contain("pakistan CRITICIZES taliban"));
    }

    // Written wire-report line: the verb that builds a relation may stand four words before the noun.
    [Test]
    public void Read_VerbFourWordsBeforeRelationNoun_Cooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbekistan, which has built the most pragmatic relationship with the Taliban of any neighbour, signed a separate memorandum with Kabul on extending the Uzbek-built Hairatan-Mazar-i-Sharif railway, Uzbek officials said.");

        Assert.That(claims, Does.Contain("taliban COOPERATES_WITH uzbekistan"));
    }

    // Wire report (the thirtieth development set): the parser reads "which" as a second subject beside "Pakistan"; the name is
    // the subject, the group the relative stands for is none.
    [Test]
    public void Read_RelativeBesideNamedSubject_NameIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamabad's relations with the Taliban remain strained, however, over attacks inside Pakistan by the Pakistani Taliban, or TTP, which Pakistan accuses Kabul of harbouring.");

        Assert.That(claims, Does.Contain("pakistan CRITICIZES afghanistan"));
        Assert.That(claims, Has.None.StartsWith("ttp CRITICIZES"));
    }

    // tests/eval/written/h27/a3.md and h31/a2.md: a state-owned company with a demonym is the state's and of its
    // nationality; the sentence is parsed with "state-owned" between the article and the demonym.
    [TestCase("Work at the site was suspended for weeks after each attack, and China Gezhouba Group, the state-owned Chinese contractor, has since demanded that the Water and Power Development Authority (WAPDA), the Pakistani utility that owns the dam, provide bulletproof vehicles and army escorts for its engineers.", "china-gezhouba-group")]
    [TestCase("A spokesman for the group, Jeeyand Baloch, said in a statement that the engineers worked for Huaxing Road and Bridge Group, a Chinese state-owned contractor building a section of the M-8 motorway.", "d:organisation:huaxing-road-bridge-group")]
    public void Read_StateOwnedDemonymCompanyInApposition_PartOfAndBasedInState(string sentence, string company)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain($"{company} PART_OF china").And.Contain($"{company} BASED_IN china"));
    }

    // VOA dev 2018-08-08:11: a state's possessive names the owner only, no nationality claim.
    [Test]
    public void Read_StatesPossessiveStateRunBody_PartOfOnly()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Each of these stories, published by Xinhua, China’s state-run news organization, typifies the country’s coverage of Africa.");

        Assert.That(claims, Does.Contain("xinhua PART_OF china"));
        Assert.That(claims, Does.Not.Contain("xinhua BASED_IN china"));
    }

    // Written variants of h32/a2.md:16 and h35/a3.md:26: a state cue modifying the noun's own modifier ("state gas")
    // still makes the company the possessive state's own, not only based there.
    [TestCase("Turkmenistan's state gas company, Turkmengaz, leads the project consortium.", "turkmengaz PART_OF turkmenistan", "turkmengaz BASED_IN turkmenistan")]
    [TestCase("Kazakhstan's state railway company, Kazakhstan Temir Zholy, is also preparing to build a 225-km line from Torghundi, on the Turkmen border, to Herat, a project the two governments have costed at about $500 million.", "kazakhstan-temir-zholy PART_OF kazakhstan", "kazakhstan-temir-zholy BASED_IN kazakhstan")]
    public void Read_StatesPossessiveStateCueOnNounModifier_PartOfOnly(string sentence, string expected, string absent)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Does.Not.Contain(absent));
    }
}
