using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// Coreference on the shipped gazetteers and coreference.yaml, through the production pipeline, on real lines of the
/// seeds and of the VOA dev split (each line one paragraph of an article).
/// </summary>
[TestFixture]
internal sealed class CoreferenceResolverTests
{
    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    /// <summary>"words→entity-id" for every reference, in paragraph order.</summary>
    private static List<string> References(Document doc) =>
        doc.Paragraphs.SelectMany(p => p.References.Select(r => $"{p.Text[r.Start..r.End]}→{r.Entity.Id}")).ToList();

    private static Reference? At(Document doc, int paragraph, string words, int occurrence = 1)
    {
        Paragraph p = doc.Paragraphs[paragraph];
        int start = -1;
        for (int i = 0; i < occurrence; i++)
        {
            start = p.Text.IndexOf(words, start + 1, StringComparison.Ordinal);
        }

        return p.References.FirstOrDefault(r => r.Start == start);
    }

    // Development text (h31): the agency a dateline names ("(Reuters)") is no antecedent, so "It" and "its" are the
    // group that claimed the attack in the sentence before.
    [Test]
    public void Process_PronounAfterDatelineWithAgency_IsNotTheAgency()
    {
        Document doc = Process(
            "QUETTA, February 3 (Reuters) - Gunmen and a suicide bomber attacked a convoy carrying Chinese engineers in Pakistan's southwestern province of Balochistan on Tuesday, killing two Chinese nationals and four Pakistani soldiers, the army said, in the deadliest assault on Chinese workers in the country since 2024.",
            "The Balochistan Liberation Army (BLA), the most powerful of several separatist groups fighting the state in the province, claimed responsibility. It said its Majeed Brigade suicide squad had carried out the attack near the town of Turbat, about 150 km (95 miles) from the port of Gwadar.");

        Assert.That(At(doc, 1, "It")?.Entity.Id, Is.EqualTo("balochistan-liberation-army"));
        Assert.That(References(doc), Does.Not.Contain("It→reuters"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("majeed-brigade PART_OF balochistan-liberation-army"));
    }

    // Written wire-report line: "the two leaders" are the two persons named before.
    [Test]
    public void Process_TheTwoLeaders_AreTheTwoPersons()
    {
        Document doc = Process("Kazakh President Kassym-Jomart Tokayev welcomed Xi Jinping at the airport, and the two leaders signed more than 20 agreements.");

        Reference? reference = At(doc, 0, "the two leaders");
        Assert.That(reference, Is.Not.Null);
        Assert.That(Meant(reference!), Is.EquivalentTo(new[] { "kassym-jomart-tokayev", "xi-jinping" }));
    }

    // Development text (h38): the subject of the clause before ", and" may be one of "the two countries" of the clause
    // after it, and the two the sentence names are the pair rather than a country named more often further back.
    [Test]
    public void Process_TwoCountriesAfterCommaAnd_AreTheTwoTheSentenceNames()
    {
        Document doc = Process(
            "Kyrgyzstan, which like Tajikistan belongs to the CSTO and hosts a Russian air base at Kant, has long relied on Moscow for counter-narcotics training and equipment. Russia's FSB and Kyrgyzstan's State Committee for National Security run a joint task force on the Tajik border in Batken, and Russian instructors trained Kyrgyz sniffer-dog units last year.",
            "But China's role is growing. Beijing donated X-ray scanners and drug-testing kits worth 40 million yuan to the Kyrgyz customs service in 2025, and Chinese-funded cameras now watch the Irkeshtam and Torugart crossings, which handle most of the trade between the two countries.");

        Reference? reference = At(doc, 1, "the two countries");
        Assert.That(reference, Is.Not.Null);
        Assert.That(Meant(reference!), Is.EquivalentTo(new[] { "china", "kyrgyzstan" }));
    }

    // Development text (h35): "the Uzbek president" is the one of two persons joined by "and" who serves Uzbekistan, not
    // the country of the demonym.
    [Test]
    public void Process_DemonymTitleAfterJoinedPersons_IsThePersonServingTheCountry()
    {
        Document doc = Process("Rahmon and Mirziyoyev are expected to discuss electricity trade and Rogun's reservoir rules when the Uzbek president visits Dushanbe in June, Tajik officials said.");

        Assert.That(At(doc, 0, "the Uzbek president")?.Entity.Id, Is.EqualTo("shavkat-mirziyoyev"));
    }

    // Development text (h44): "the two men" are the two persons the sentence before names, not a speaker named alone
    // in the paragraph before.
    [Test]
    public void Process_TwoMenAfterMeeting_AreTheTwoPersonsMet()
    {
        Document doc = Process(
            "\"China is our key partner on the eastern route, and this agreement shows that the partnership delivers,\" Vice Energy Minister Yerzhan Tulegenov told reporters at the signing ceremony in Astana. He said he expected the two countries to begin talks next year on new long-term supply contracts.",
            "CNPC Chairman Dai Houliang met Prime Minister Olzhas Bektenov in the capital on Monday to discuss the project, the government said. The two men also discussed a gas processing plant at the offshore Kashagan field, in which CNPC has held a stake of 8.33% since 2013, but reached no agreement on it, a government official said.");

        Reference? reference = At(doc, 1, "The two men");
        Assert.That(reference, Is.Not.Null);
        Assert.That(Meant(reference!), Is.EquivalentTo(new[] { "d:person:dai-houliang", "olzhas-bektenov" }));
    }

    // Development text (h47): "the two ministers" are the minister and counterpart of the sentence before, not the person
    // a pronoun there refers to.
    [Test]
    public void Process_TwoMinistersAfterCounterpart_AreTheMinisterAndCounterpart()
    {
        Document doc = Process(
            "\"Tashkent wants Chinese money and Russian jobs, but it does not want to be anyone's classroom,\" said Nodira Yusupova, a researcher at the Center for Economic Research and Reforms, a Tashkent-based think tank.",
            "She said the decree might delay plans for a third Confucius Institute in Bukhara, which were discussed when Foreign Minister Bakhtiyor Saidov visited Beijing in December and met his Chinese counterpart, Wang Yi. During that visit the two ministers also signed a memorandum on student exchanges, the Uzbek foreign ministry said at the time.");

        Reference? reference = At(doc, 1, "the two ministers");
        Assert.That(reference, Is.Not.Null);
        Assert.That(Meant(reference!), Is.EquivalentTo(new[] { "bakhtiyor-saidov", "wang-yi" }));
    }

    // Written wire-report lines: the government a titled envoy urges is not the envoy's own state, named by the demonym
    // of the title; the country a titled president speaks of after "said" is.
    [Test]
    public void Process_GovernmentUrgedByTitledEnvoy_IsNotTheEnvoysState()
    {
        Document doc = Process("Chinese ambassador Zhao Wenbin met Kasymaliev on Wednesday and urged the government to guarantee the safety of Chinese staff.");

        Assert.That(At(doc, 0, "the government")?.Entity.Id, Is.Not.EqualTo("china"));
    }

    [Test]
    public void Process_CountryAfterTitledPresidentSaid_IsThePresidentsState()
    {
        Document doc = Process("Chinese President Xi Jinping said the country would open its market wider.");

        Assert.That(At(doc, 0, "the country")?.Entity.Id, Is.EqualTo("china"));
    }

    // Written wire-report lines: a name an apposition calls "a militant group" is named so, and the subject of the
    // relative clause after the apposition does not win "the group" from it.
    [Test]
    public void Process_GroupAfterApposedMilitantGroup_IsNotTheRelativeClausesSubject()
    {
        Document doc = Process("Chinese diplomats say Beijing is worried about the Turkistan Islamic Party, a Uyghur militant group that the Taliban have sheltered in Badakhshan. The group has trained fighters near the border.");

        Assert.That(At(doc, 0, "The group")?.Entity.Id, Is.Not.EqualTo("taliban"));
    }

    // Development text (h30/a1.md:14-16): "the group" right after "27 TTP commanders" is the TTP, the nearest group that
    // fits and an armed one, not the Taliban government that opens the paragraph before.
    [Test]
    public void Process_GroupAfterNearestMilitantGroup_IsThatGroup()
    {
        Document doc = Process(
            "The clashes are the latest flare-up in a dispute that has poisoned relations between the two neighbours since the Taliban returned to power in August 2021. Islamabad says the TTP, an umbrella of Pakistani militant factions that is separate from but allied to the Afghan Taliban, runs training camps in Kunar and Khost and launches attacks from Afghan soil. The Taliban government denies harbouring the group and says Pakistan's security failures are an internal matter.",
            "Defence Minister Khawaja Asif told the National Assembly on Monday that Pakistan's patience \"has run out\" and warned that the military would strike \"wherever the terrorists hide.\" He also said Islamabad had handed the Afghan side a dossier naming 27 TTP commanders, including the group's leader Noor Wali Mehsud, who he said was living in Kabul under Taliban protection.");

        Assert.That(At(doc, 1, "the group")?.Entity.Id, Is.EqualTo("ttp"));
    }

    // Development text (h40/a2.md:30): "the movement" is as often the governing movement, so the nearest armed group does
    // not win it.
    [Test]
    public void Process_MovementAfterArmedGroupModifier_IsNotThatGroup()
    {
        Document doc = Process("China's special envoy for Afghan affairs, Yue Xiaoyong, has shuttled between Kabul and Islamabad since the clashes. Two diplomats in Islamabad said Beijing had also quietly asked the Taliban to hand over several TTP commanders, a request the movement is said to have turned down.");

        Assert.That(At(doc, 0, "the movement")?.Entity.Id, Is.Not.EqualTo("ttp"));
    }

    // Written wire-report lines: "the committee" is the body named a committee, not another body named before it.
    [Test]
    public void Process_TheCommittee_IsTheBodyNamedCommittee()
    {
        Document doc = Process("The deal with Huawei was approved by the State Committee for National Security. Saimumin Yatimov, the committee's chairman, said the cameras would be installed by June.");

        Assert.That(At(doc, 0, "the committee")?.Entity.Name, Does.Contain("Committee"));
    }

    [Test]
    public void Process_TheCommitteeWithNoBodySoNamed_IsNoReference()
    {
        Document doc = Process("The deal was approved by Huawei. The committee said the cameras would be installed by June.");

        Assert.That(At(doc, 0, "The committee"), Is.Null);
    }

    // Development text (h27/a1.md:8-10): the apposition "a separatist group" after a bracketed short name names the group so,
    // and "The group" a paragraph on is it rather than the brigade named in the sentence before.
    [Test]
    public void Process_GroupAfterBracketedShortNameApposition_IsTheGroupNamedSo()
    {
        Document doc = Process(
            "KARACHI, April 14 (Reuters) - A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers on the outskirts of Karachi on Monday, killing two Pakistani security guards and wounding three Chinese nationals, police said. The Balochistan Liberation Army (BLA), a separatist group that has repeatedly targeted Chinese nationals in Pakistan, claimed responsibility for the attack.",
            "Jeeyand Baloch, the group's spokesman, said in a statement that its Majeed Brigade had carried out the bombing and accused China of plundering the mineral wealth of Balochistan with the help of the Pakistani military. The group said it would continue to target \"every Chinese project\" in the province until Beijing withdrew its workers.");

        Assert.That(At(doc, 1, "The group")?.Entity.Id, Is.EqualTo("balochistan-liberation-army"));
    }

    // Development text (h27/a3.md:22, h30/a3.md:28): "the army", "the military" are the force whose name or alias holds
    // the word, named before in the sentence or the one before.
    [Test]
    public void Process_TheArmyAfterNamedMilitary_IsThatForce()
    {
        Document doc = Process("Pakistan's military, which has ruled the country for nearly half of its history and dominates its security policy, is wary of armed foreign guards on its soil. The army's Special Security Division, created in 2016 to protect CPEC projects, has since been expanded, and officials say the Frontier Corps and provincial police now deploy thousands more personnel to escort Chinese convoys. Lieutenant General Ahmed Sharif Chaudhry, the director general of ISPR, the military's media wing, told reporters in Rawalpindi last month that no foreign force would be allowed to operate in Pakistan and that the army was \"fully capable\" of protecting its Chinese friends.");

        Assert.That(At(doc, 0, "The army")?.Entity.Id, Is.EqualTo("pakistan-army"));
    }

    [Test]
    public void Process_TheMilitaryAfterNamedArmyChief_IsThatForce()
    {
        Document doc = Process("Pakistan's army chief, Field Marshal Asim Munir, is due in Beijing next week for talks with Chinese defence officials, according to Inter-Services Public Relations, the military's media wing. Munir last met Chinese Defence Minister Dong Jun in July 2025, and Pakistan buys most of its combat aircraft from China.");

        Assert.That(At(doc, 0, "the military")?.Entity.Id, Is.EqualTo("pakistan-army"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("inter-services-public-relations PART_OF pakistan-army"));
    }

    // Written variant: with no force so named, "the army" is never the country itself but the country's force
    // (StateForces).
    [Test]
    public void Process_TheArmyWithNoForceSoNamed_IsTheStatesForceNotTheState()
    {
        Document doc = Process("Pakistan has sent more troops to the border with Afghanistan. The army said the operation would continue until the militants were defeated.");

        Assert.That(At(doc, 0, "The army")?.Entity.Id, Is.EqualTo("pakistan-army"));
    }

    // Written development set h37 (a3.md:23): "the agency" is a UN body the gazetteer links to the United Nations,
    // whatever its name ("the World Food Programme"); a body that is no part of the UN and not named an agency is not.
    [Test]
    public void Process_TheAgencyAfterUnBody_IsTheUnBody()
    {
        Document doc = Process("The WFP said last week it needed $570 million to feed 9.5 million Afghans through the lean season. The United States, once the agency's largest donor, halted most assistance to Afghanistan in 2025.");

        Assert.That(At(doc, 0, "the agency")?.Entity.Id, Is.EqualTo("wfp"));
    }

    [Test]
    public void Process_TheAgencyAfterBodyOutsideTheUn_IsNoReference()
    {
        Document doc = Process("The deal was approved by Huawei. The agency said the cameras would be installed by June.");

        Assert.That(At(doc, 0, "The agency"), Is.Null);
    }

    // Seeds (003_df5809cbc19a0e8f.txt:166), a written line and CIA World Factbook, Vietnam (relation training set): "the
    // latter" is the nearer of two names before it; "the latter half" of a century is no reference, nor is "the latter"
    // after a single name.
    [Test]
    public void Process_TheLatter_IsTheNearerOfTwo()
    {
        Document seed = Process("As the US and its Western partners push sanctions on Chinese firms, this will complicate the latter’s viability and the operating spaces they are in.");
        Document written = Process("Kazakhstan and Uzbekistan signed the accord in May, and the latter has since ratified it.");
        Document half = Process("Dai Viet suffered additional civil war and division in the latter half of the 18th century.");
        Document single = Process("In the late 19th century, the Afar sultans signed treaties with the French that allowed the latter to establish the colony of French Somaliland in 1862.");

        Assert.That(At(seed, 0, "the latter")?.Entity.Id, Is.EqualTo("china"));
        Assert.That(At(written, 0, "the latter")?.Entity.Id, Is.EqualTo("uzbekistan"));
        Assert.That(At(half, 0, "the latter"), Is.Null);
        Assert.That(At(single, 0, "the latter"), Is.Null);
    }

    // VOA dev (2018-02-18-chinese-new-year-skit-kenya-railway-backlash.md:27), CIA World Factbook, Georgia (relation
    // training set) and a written line: "the state" that only qualifies the noun after it ("the state-owned", "the state
    // religion", "the state agency") is no reference; seeds 003:58: "the region" before a verb the tagger takes for a
    // noun still is.
    [Test]
    public void Process_DescriptionQualifyingNoun_IsNoReference()
    {
        Document owned = Process("Chinese New Year", "The Chinese Spring Festival Gala, broadcast on the state-owned China Central Television network to millions of households across China, is different.");
        Document religion = Process("Georgia", "The area came under Roman influence in the first centuries A.D., and Christianity became the state religion in the 330s.");
        Document agency = Process("Kenya Railways", "Kenya Railways, the state agency that owns the Standard Gauge Railway, pays China Road and Bridge Corporation to run the line.");
        Document region = Process("Sahel", "Isis affiliates in the Sahel have grown stronger. Terrorist groups across the region target foreigners, with mixed motives.");

        Assert.That(At(owned, 1, "the state"), Is.Null);
        Assert.That(At(religion, 1, "the state"), Is.Null);
        Assert.That(At(agency, 1, "the state"), Is.Null);
        Assert.That(At(region, 1, "the region")?.Entity.Id, Is.EqualTo("sahel"));
    }

    // Written wire-report lines: a subject pronoun after a verb of saying is the name that says it, though a subject of the
    // line before fits too ("The Taliban" for "it"); the claim of the reported clause follows.
    [Test]
    public void Process_PronounAfterVerbOfSaying_IsTheSpeaker()
    {
        Document doc = Process(
            "The Taliban said they would not allow the TTP to use Afghan soil against Pakistan.",
            "Beijing said it would invest $5 billion in Afghanistan.",
            "Kazakhstan announced that it had signed an agreement with China.");

        Assert.That(At(doc, 1, "it")?.Entity.Id, Is.EqualTo("china"));
        Assert.That(At(doc, 2, "it")?.Entity.Id, Is.EqualTo("kazakhstan"));
        Assert.That(doc.Paragraphs[1].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("china INVESTS_IN afghanistan"));
    }

    // Written wire-report line: a dateline in capitals before a dash is where the report was filed, not the subject "it"
    // refers back to.
    [Test]
    public void Process_NameInCapitalsBeforeDash_IsNoAntecedent()
    {
        Document doc = Process(
            "Oil deal signed",
            "KABUL — The Taliban signed a 25-year contract with a Chinese company on Thursday to extract oil from the Amu Darya basin, the group's first major international energy deal since it seized power.");

        Assert.That(At(doc, 1, "it seized")?.Entity.Id, Is.EqualTo("taliban"));
    }

    // seeds/000:155 (a curated role's country) and a written line (the demonym before the title; a relative clause
    // between the speaker and the verb of saying): "his country" is the country the person serves.
    [Test]
    public void Process_HisCountry_IsTheCountryThePersonServes()
    {
        Document seed = Process("By November 2022, Chinese Ambassador to Afghanistan Wang Yu highlighted how his country had given “300 million RMB in emergency aid to Afghanistan and continued to complete 1 billion RMB in bilateral aid.”");
        Document written = Process(
            "Chinese President Xi Jinping met the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan on Tuesday.",
            "Kazakh President Kassym-Jomart Tokayev, who hosted the summit, said his country supports the Belt and Road Initiative.");

        Assert.That(At(seed, 0, "his country")?.Entity.Id, Is.EqualTo("china"));
        Assert.That(seed.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("china PROVIDES_AID_TO afghanistan"));
        Assert.That(At(written, 1, "his country")?.Entity.Id, Is.EqualTo("kazakhstan"));
    }

    // CIA World Factbook, Uruguay (relation training set): a possessive after a verb of saying ("declared") is the
    // speaker's, surely; resolved so, it is no other name between that subject and a later possessive, which keeps its
    // subject's preference.
    [Test]
    public void Process_SecondPossessiveAfterOneResolvedToSubject_IsTheSubject()
    {
        Document doc = Process("The Spanish founded the city of Montevideo in modern-day Uruguay in 1726 as a military stronghold, and it soon became an important commercial center due to its natural harbor. Argentina initially claimed Uruguay, but Brazil annexed the country in 1821. Uruguay declared its independence in 1825 and secured its freedom in 1828 after a three-year struggle.");

        Assert.That(At(doc, 0, "its independence")?.Confidence, Is.GreaterThanOrEqualTo(Reference.Sure));
        Assert.That(At(doc, 0, "its freedom")?.Entity.Id, Is.EqualTo("uruguay"));
    }

    // Written: after a copula the pronoun of a reported clause may be the act, so the speaker gets no precedence.
    [Test]
    public void Process_PronounAfterVerbOfSayingBeforeCopula_SpeakerNotPreferred()
    {
        Document doc = Process(
            "The Taliban said they would not allow the TTP to use Afghan soil against Pakistan.",
            "Beijing said it was a violation of international law.");

        Assert.That(At(doc, 1, "it")?.Entity.Id, Is.Not.EqualTo("china"));
    }

    [Test]
    public void Process_TheyAfterUnnamedPluralSubject_ResolvesToNoEntity()
    {
        // English-EWT (Juan Cole's weblog), one paragraph: "They" are the guerrillas, not the Shiites named before.
        Document doc = Process("(Kut is in southeastern Iraq and has an overwhelmingly Shiite population, who are on the lookout for Baathist saboteurs and willingly turn them in. Guerrillas killed an engineer, Asi Ali, from Tikrit. They also killed Shaikh Hamid 'Akkab, a clan elder of a branch of the Dulaim tribe in Tikrit.");

        Assert.That(At(doc, 0, "They"), Is.Null);
        Assert.That(doc.Paragraphs[0].Claims.Select(c => c.Predicate), Does.Not.Contain("KILLS"));
    }

    // CIA World Factbook, Tonga (relation training set): "him" in a clause opened by "after" may be the subject of the clause
    // before it, and is the king the chiefs tried to overthrow, not his father named two sentences before.
    [Test]
    public void Process_ObjectPronounInLaterClause_IsTheEarlierClausesSubject()
    {
        Document doc = Process("In the 1830s, a low-ranking chief from Ha’apai began to consolidate control over the islands and was crowned King George Tupou I in 1845, establishing the only still-extant Polynesian monarchy. During TUPOU's reign (1845–93), Tonga became a unified and independent country with a modern constitution (1875), legal code, and administrative structure. In separate treaties, Germany (1876), Great Britain (1879), and the US (1888) recognized Tonga’s independence. His son and successor, King George Tupou Ii, agreed to enter a protectorate agreement with the UK in 1900 after rival Tongan chiefs tried to overthrow him.");

        Assert.That(At(doc, 0, "him")?.Entity.Id, Is.EqualTo("d:person:george-tupou-ii"));
    }

    // CIA World Factbook, Chad (relation training set): a possessive in its clause's subject's own clause is that subject's,
    // though the sentence before names France as its subject.
    [Test]
    public void Process_PossessiveAfterItsClauseSubject_IsThatSubject()
    {
        Document doc = Process("By 1910, France had incorporated the northern arid region, the Lake Chad Basin, and southeastern Chad into French Equatorial Africa. Chad achieved its independence in 1960 and then saw three decades of instability, oppressive rule, civil war, and a Libyan invasion.");

        Assert.That(At(doc, 0, "its")?.Entity.Id, Is.EqualTo("chad"));
    }

    // CIA World Factbook, North Macedonia (relation training set): a name between the subject and the possessive is a
    // nearer antecedent; the subject gets no preference ("recognized Macedonia by its constitutional name").
    [Test]
    public void Process_PossessiveAfterAnotherName_NotTheSubjectsByPreference()
    {
        Document doc = Process("As an interim measure, the US and over 130 other nations recognized Macedonia by its constitutional name, Republic of Macedonia.");

        Assert.That(At(doc, 0, "its")?.Entity.Id, Is.Not.EqualTo("united-states"));
    }

    // VOA dev (2018-05-04-china-denies-lasers-djibouti.md:17): the name a verb of asking controls is the subject of the
    // infinitive its possessive stands in (coreference.yaml `object_control`), not the Pentagon.
    [Test]
    public void Process_PossessiveInInfinitiveAfterAskedName_IsThatName()
    {
        Document doc = Process("“They are very serious incidents. There have been two minor injuries. This activity poses a threat to our airmen,” White said. She added that the Pentagon had issued a formal complaint and asked China to conduct its own investigation.");

        Assert.That(At(doc, 0, "its")?.Entity.Id, Is.EqualTo("china"));
    }

    // English-EWT (a newsgroup post): "him" in the subject's own clause, after a semicolon, is never that subject.
    [Test]
    public void Process_ObjectPronounInSubjectsOwnClause_NotThatSubject()
    {
        Document doc = Process("Andreas Bechtolsheim built a microcomputer; Vinod Khosla recruited him and Scott McNealy to manufacture computers based on it, and Bill Joy to develop a UNIX-based OS for the computer.");

        Assert.That(At(doc, 0, "him")?.Entity.Id, Is.Not.EqualTo("d:person:vinod-khosla"));
    }

    [Test]
    public void Process_ItAfterCountrySubject_IsTheCountryAndSure()
    {
        Document doc = Process("China is denying accusations that it fired military-grade lasers at U.S. planes landing at Camp Lemonnier, in the East African nation of Djibouti.");

        Reference reference = doc.Paragraphs[0].References.Single();
        Assert.That((doc.Paragraphs[0].Text[reference.Start..reference.End], reference.Entity.Id, reference.Kind), Is.EqualTo(("it", "china", ReferenceKind.Pronoun)));
        Assert.That(reference.IsSure, Is.True);
        Assert.That(doc.Paragraphs[0].Text[reference.Antecedent.Start..reference.Antecedent.End], Is.EqualTo("China"));
    }

    [Test]
    public void Process_ItAfterSubjectWithModifierNames_IsTheSubjectNotAModifier()
    {
        // "Russia-initiated" and "Afghanistan's neighbours" only modify their nouns; "It" continues the subject.
        Document doc = Process("The Moscow format is a Russia-initiated group that was established in 2017 to bring together Afghanistan’s neighbours. It includes Russia, China, India, Iran, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.");

        Assert.That(References(doc), Is.EqualTo(new[] { "It→moscow-format" }));
    }

    // Written: a description placed in a named place is not the place named before ("the port" may mean a city).
    [Test]
    public void Process_DescriptionThenInPlace_NotAPlaceNamedBefore()
    {
        Document doc = Process("The Islamic State took control of Mosul in 2014.", "China took control of the port in Gwadar.");

        Assert.That(References(doc), Has.None.Contains("mosul"));
        Assert.That(doc.Paragraphs.SelectMany(p => p.Claims).Select(c => c.Subject.Id), Has.None.EqualTo("mosul"));
    }

    [Test]
    public void Process_PossessivesAcrossSentences_AreTheSubjectCountry()
    {
        Document doc = Process("But recently, China has shown a willingness to take direct military action in Africa. Its navy has monitored and captured Somali pirates in the Indian Ocean, and last year China opened its first overseas logistics and military base, a naval resupply facility in Djibouti.");

        Assert.That(References(doc), Is.EqualTo(new[] { "Its→china", "its→china" }));
        Assert.That(doc.Paragraphs[0].References.Select(r => r.Kind), Has.All.EqualTo(ReferenceKind.Possessive));
    }

    [Test]
    public void Process_ExpletiveIt_IsNotResolved()
    {
        Document doc = Process(
            "China and Russia are working to expand their influence across Africa, hoping to outspend or out-compete the United States, U.S. officials warn, describing it as part of a larger effort by both countries to reshape the world order.",
            "On Tuesday, the commander of U.S. forces in Africa told lawmakers it is now critical for African countries to know Washington can and will remain a steadfast partner.");

        Assert.That(doc.Paragraphs[1].References, Is.Empty);
    }

    [Test]
    public void Process_WhenItComesTo_IsNotResolved()
    {
        Document doc = Process(
            "Each of these stories, published by Xinhua, China’s state-run news organization, typifies the country’s coverage of Africa.",
            "Rather than focus on corruption or disasters, China’s news about Africa emphasizes positive angles, especially when it comes to the Communist Party’s deepening involvement across the continent.");

        Assert.That(At(doc, 1, "it comes"), Is.Null);
    }

    [Test]
    public void Process_TheTwoCountries_NamesBothCountries()
    {
        Document doc = Process(
            "China and Russia are working to expand their influence across Africa, hoping to outspend or out-compete the United States, U.S. officials warn, describing it as part of a larger effort by both countries to reshape the world order.",
            "For months, top national security officials have been talking about the reemergence of what they describe as a great power competition, calling out China and Russia as the two countries doing the most to counter the United States.");

        Reference? two = At(doc, 1, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "china", "russia" }));
        Assert.That(two.Kind, Is.EqualTo(ReferenceKind.Description));
    }

    [Test]
    public void Process_TheGroupAfterMilitantGroup_IsTheGroup()
    {
        string line = Docs.SeedLine("003_df5809cbc19a0e8f.txt", 523);
        Document doc = Process(line);

        Reference? group = At(doc, 0, "the group");
        Assert.That(group?.Entity.Id, Is.EqualTo("islamic-state"));
    }

    [Test]
    public void Process_PossessiveInOpeningPhrase_IsTheSubjectAfterIt()
    {
        Document doc = Process(
            "Debt forgiveness is a small part of a much larger package announced at this year’s FOCAC, and details about affected countries aren’t known, Moore said.",
            "In his speech, Xi said the relief would help “heavily indebted and poor countries, landlocked developing countries and small island developing countries.”");

        Reference? his = At(doc, 1, "his");
        Assert.That(his?.Entity.Id, Is.EqualTo("xi-jinping"));
    }

    [Test]
    public void Process_PronounInsideQuotation_IsNotResolved()
    {
        Document doc = Process(
            "But U.S. grievances haven’t yet shaped how China does business with Africa, Sun said.",
            "“When the Chinese look at their lending practices in Africa, what they care more about is the reaction within the recipient countries,” she said.");

        Assert.That(doc.Paragraphs[1].References.Select(r => doc.Paragraphs[1].Text[r.Start..r.End]), Has.None.EqualTo("their").And.None.EqualTo("they"));
    }

    [Test]
    public void Process_FirstPersonPronouns_AreNeverResolved()
    {
        Document doc = Process("\"There is a lot of economic activity, infrastructure development, medical, [you] name it, that China is working with Uganda,\" Baguma said. \"And many of our people, the Ugandans, are trading with China.\"");

        Assert.That(doc.Paragraphs[0].References.Select(r => doc.Paragraphs[0].Text[r.Start..r.End].ToLowerInvariant()), Has.None.AnyOf("we", "our", "i", "us"));
    }

    [Test]
    public void Process_TheCountryBeforeOf_IsNotResolved()
    {
        Document doc = Process("China is a major trade partner and investor in Africa, and many countries are encouraging their citizens to learn what is considered by many to be the language of the future. The president of the country said so.");

        Assert.That(References(doc), Has.None.StartsWith("The president"));
    }

    [Test]
    public void Process_ThePresidentWithoutATitledPerson_IsNotResolved()
    {
        Document doc = Process(
            "Scott Morris is a senior fellow at the Center for Global Development and the director of the U.S. Development Policy Initiative. He co-wrote a report in March that highlights the debt implications of the Belt and Road Initiative.",
            "The president praised the report.");

        Assert.That(doc.Paragraphs.SelectMany(p => p.References).Select(r => r.Entity.Name), Is.EqualTo(new[] { "Scott Morris" }));
    }

    [Test]
    public void Process_ThePresidentAfterTitledPerson_IsThatPerson()
    {
        Document doc = Process(
            "Chinese President Xi Jinping promised Monday to cancel debt for some of Africa’s least-developed countries.",
            "The president made the promise at the opening of the forum.");

        Assert.That(At(doc, 1, "The president")?.Entity.Id, Is.EqualTo("xi-jinping"));
    }

    [Test]
    public void Process_HeWithTwoPersonsInSentenceBefore_IsNotSure()
    {
        Document doc = Process("CTC: In July, FBI Director Chris Wray and MI5 Director Ken McCallum did a series of events in London. He said the lone-actor threat was the heart of the terrorist threat.");

        Reference? he = At(doc, 0, "He");
        Assert.That(he is null || !he.IsSure, Is.True);
    }

    [Test]
    public void Process_AllCapitalIT_IsNoPronoun()
    {
        Document doc = Process("Moreover, in the online Moscow Summit of November 2020, the heads of state of the SCO issued a communiqué on cooperation across the digital domains for commerce, IT security and counter-radicalisation.");

        Assert.That(References(doc), Has.None.StartsWith("IT"));
    }

    [Test]
    public void Process_DemonymAndHeadTitle_IsThatStatesHeadWithTheDemonymInside()
    {
        Document doc = Process("President Xi Jinping’s decision to pick Central Asia for his first foreign trip since the Covid-19 pandemic began reflects Beijing’s confidence that it is now the ascendant power in the Eurasian heartland. This was clearly evident from both Mr Xi’s tour of the region and the much-watched meeting between the Chinese leader and his Russian counterpart Vladimir Putin on the fringes of the Shanghai Cooperation Organisation (SCO) summit in Samarkand, Uzbekistan, last week.");

        Reference? leader = At(doc, 0, "the Chinese leader");
        Assert.That(leader, Is.Not.Null);
        Assert.That((leader!.Entity.Id, doc.Paragraphs[0].Text[leader.Start..leader.End], leader.Nationality?.Entity.Id), Is.EqualTo(("xi-jinping", "the Chinese leader", "china")));
    }

    [Test]
    public void Process_HeadOfAnotherState_IsNotTheDemonymsLeader()
    {
        Document doc = Process("Kazakh President Kassym-Jomart Tokayev was at the airport to personally welcome the Chinese leader in fluent Mandarin and nothing was spared in the way of pomp and ceremony for the state visit, including the awarding of the Order of Altyn Kyran (Order of the Golden Eagle) to Mr Xi.");

        Assert.That(At(doc, 0, "the Chinese leader"), Is.Null);
    }

    [Test]
    public void Process_TheRegionAfterTwoRegions_IsTheRegionNotTheContinent()
    {
        Document doc = Process(Docs.SeedLine("000_b1cf9653562b7715.txt", 29));

        Assert.That(At(doc, 0, "the region")?.Entity.Id, Is.EqualTo("central-asia"));
    }

    // Seeds 000_b1cf9653562b7715.txt:153: authorities in named provinces are their own, not the government named before.
    [Test]
    public void Process_AuthoritiesInProvincesOf_NotResolved()
    {
        Document doc = Process(Docs.SeedLine("000_b1cf9653562b7715.txt", 153));

        Assert.That(At(doc, 0, "the authorities"), Is.Null);
    }

    // Development article h34 a1, lines 14 and 16: "the interim government" after a paragraph naming the Taliban government.
    [Test]
    public void Process_TheInterimGovernmentInKabul_IsTheTaliban()
    {
        Document doc = Process(
            "China, which has not formally recognised the Taliban government but accepted the credentials of its ambassador, Bilal Karimi, in January 2024, stopped short of endorsing Moscow's call.",
            "Yue said China would keep working with the interim government in Kabul on security and trade, and opposed any attempt by outside powers to station troops in Afghanistan again.");

        Assert.That(At(doc, 1, "the interim government")?.Entity.Id, Is.EqualTo("taliban"));
    }

    [Test]
    public void Process_TheRegionAfterWestern_IsNeverTheWest()
    {
        Document doc = Process(Docs.SeedLine("000_b1cf9653562b7715.txt", 21), Docs.SeedLine("000_b1cf9653562b7715.txt", 23));

        Assert.That(At(doc, 1, "the region")?.Entity.Id, Is.Not.EqualTo("the-west"));
    }

    [Test]
    public void Process_TheContinent_IsTheContinentNamedBefore()
    {
        Document doc = Process("Offscreen, China's security footprint in Africa has been expanding quietly alongside its deepening economic interests across the continent.");

        Assert.That(At(doc, 0, "the continent")?.Entity.Id, Is.EqualTo("africa"));
    }

    [Test]
    public void Process_TheContinentAfterARegion_IsNotTheRegion()
    {
        Document doc = Process("In a ceremony last week attended by heads of state from across East Africa, Djibouti inaugurated what it says will become the largest free-trade zone on the continent.");

        Assert.That(At(doc, 0, "the continent"), Is.Null);
    }

    // Written: a name the gazetteer lacks has no subtype, but its head word tells its kind, so "the railway" refers to
    // the discovered "Standard Gauge Railway" and not to a discovered port.
    [Test]
    public void Process_TheRailwayAfterDiscoveredRailway_IsThatProject()
    {
        List<string> references = References(Process("Chinese firms built the Standard Gauge Railway.", "The railway was funded by China."));

        Assert.That(references, Has.Some.EndsWith("→d:project:standard-gauge-railway"));
    }

    [Test]
    public void Process_TheRailwayAfterDiscoveredPort_NoReference()
    {
        List<string> references = References(Process("Chinese firms built the Lamu Port.", "The railway was funded by China."));

        Assert.That(references, Has.None.StartsWith("railway").And.None.StartsWith("The railway"));
    }

    [Test]
    public void Process_ItAfterTopicPhrase_IsTheTopicNotANameAfterOfThe()
    {
        // seeds/000:582, outside the annotated set: "For China," opens the sentence's topic; "of the Soviet Union" is bound
        // by its preposition though an article stands between.
        Document doc = Process("For China, the end of the Soviet Union meant that it suddenly found itself bordering four new countries: Russia, Kazakhstan, Kyrgyzstan, and Tajikistan.");

        Assert.That(At(doc, 0, "it")?.Entity.Id, Is.EqualTo("china"));
    }

    [Test]
    public void Process_PluralPronounAfterPeopleInItsSentence_IsThatPeople()
    {
        // CIA World Factbook, Mozambique (relation training set): "the Portuguese" is a people, the antecedent of "they"
        // and "their" in its sentence, though another plural name stands nearer.
        Document doc = Process("The Portuguese were able to wrest much of the coastal trade from Arab Muslims in the centuries after 1500, and they set up their own colonies.");

        Assert.That(References(doc), Does.Contain("they→portugal").And.Contain("their→portugal"));
    }

    [Test]
    public void Process_ItAfterPluralReferenceToPeople_NotThatPeople()
    {
        // Seed article 000 (annotated seed set): "their" is the Uzbeks', and the cleft "it" is no Uzbekistan.
        Document doc = Process("Rather than the Uzbeks offering their visitor an award, it was the Russian leader who dished out a medal to his Uzbek counterpart.");

        Assert.That(References(doc), Does.Contain("their→uzbekistan"));
        Assert.That(At(doc, 0, "it"), Is.Null);
    }

    // Written lines in the manner of war reports: "the regime" and "the government" prefer the state the article named
    // with that noun ("the Syrian regime", "Syria's government") over a nearer country, even two sentences back.
    [TestCase("The Syrian regime has lost control of the east. Russia launched airstrikes on rebel positions in Idlib. The Free Syrian Army is fighting both the regime and ISIL.", "the regime")]
    [TestCase("Syria's government lost Raqqa in 2014. Russia and Iran sent help. The Free Syrian Army is fighting the government.", "the government")]
    public void Process_DescriptionAfterStateNamedWithItsNoun_IsThatState(string line, string words)
    {
        Document doc = Process(line);

        Assert.That(At(doc, 0, words)?.Entity.Id, Is.EqualTo("syria"));
    }

    // seeds/000:648 and the paragraph before it: with no militant group or government near, "the group" is the
    // intergovernmental body the paragraph names (the SCO), not the Communist Party named two paragraphs back.
    [Test]
    public void Process_GroupAfterIntergovernmentalBody_IsThatBody()
    {
        Document doc = Process(
            "This year’s summit is attracting more interest than previously as Chinese President Xi Jinping is set to attend as he makes his first international trip since the beginning of the COVID pandemic. The fact that he has chosen Central Asia and an SCO heads of state summit to do this, even before confirmation of his third term as Communist Party leader at the party’s congress next month, is a reflection of the importance of the SCO to Beijing.",
            "The exact agenda of the summit is still being set, but it is likely that Afghanistan, new members and connectivity will be key items.",
            "Afghanistan has been a perennial issue on which the SCO has failed to deliver. With the full accession of Iran to the group next year, Afghanistan will be almost entirely engulfed geographically by full SCO members, save for uncompromisingly neutral Turkmenistan, but Iran has been joining SCO summits for a while and Turkmenistan will be there this year too.");

        Assert.That(At(doc, 2, "the group")?.Entity.Id, Is.EqualTo("sco"));
        Assert.That(Relate.Claims.Extraction.ShippedClaims.In(doc), Does.Contain("iran MEMBER_OF sco"));
    }

    // seeds/000:324 and 326: "Both" before a verb is the pair the sentence before joined by "and", though the paragraph
    // before names each of them more often; before a name it is no reference ("both China and Russia").
    [Test]
    public void Process_BothBeforeVerbAfterPair_IsThePair()
    {
        string before = System.IO.File.ReadAllLines(RepoPaths.Of("seeds/000_b1cf9653562b7715.txt"))[323];
        Document doc = Process(before, "Russia and India offer another potential problem in geopolitical terms for Central Asia. Both are SCO members, but they have different relationships with China.");

        Reference? both = At(doc, 1, "Both");
        Assert.That(both?.Entity.Id, Is.EqualTo("russia"));
        Assert.That(both!.OtherAntecedents.Select(m => m.Entity.Id), Is.EqualTo(new[] { "india" }));
        Assert.That(Relate.Claims.Extraction.ShippedClaims.In(doc), Does.Contain("russia MEMBER_OF sco").And.Contain("india MEMBER_OF sco"));
    }

    [Test]
    public void Process_BothBeforeNames_NoReference()
    {
        Document doc = Process("Russia and India met in Moscow. Both China and Russia support the SCO.");

        Assert.That(At(doc, 0, "Both"), Is.Null);
    }

    // Seeds 000_b1cf9653562b7715.txt:326: the two countries named in the sentence before ("India's approach to China")
    // are the pair, not a name two sentences further back that scores a little higher alone.
    [Test]
    public void Process_TheTwoCountriesAfterPairInOneSentence_ThatPair()
    {
        Document doc = Process(
            "Russia and India offer another potential problem in geopolitical terms for Central Asia. Both are SCO members, but they have different relationships with China. India’s approach to China has long been two-sided, where on the one hand it is facing off near conflict, while on the other it is eager to engage. At the time of writing, confrontation over technology is at the forefront of the clash between the two countries, with India banning swathes of Chinese applications.");

        Reference? two = At(doc, 0, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "india", "china" }));
    }

    // Development article h42/a3: two countries named after a pair joined by "and", in the reference's own sentence, are
    // the pair it means.
    [Test]
    public void Process_TheTwoCountriesAfterTwoNamedPastAJoinedPair_TheNearerTwo()
    {
        Document doc = Process("TERMEZ, February 10 (Reuters) - Chinese companies working in Afghanistan are shipping drilling rigs, cable and mining trucks through Uzbekistan and Iran instead of Pakistan, whose border crossings with Afghanistan have been largely closed since deadly clashes between the two countries' forces in October, traders and officials said.");

        Reference? two = At(doc, 0, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "pakistan", "afghanistan" }));
    }

    // Written wire-report lines: "the two countries" are two countries, not the Taliban the sentence before courts.
    [Test]
    public void Process_TheTwoCountries_CountriesOnly()
    {
        Document doc = Process("Chinese officials have also courted the Taliban through trade, granting zero-tariff access to most Afghan exports and hosting Afghan traders at an annual expo in Kunming. Trade between the two countries rose to about $1.6 billion last year, according to Chinese customs data.");

        Reference? two = At(doc, 0, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "china", "afghanistan" }));
    }

    // Written: "his government" after a head of state is the state he leads, as "his country" is ("his administration"
    // stays his: Bush LEADS the United States).
    [Test]
    public void Process_HisGovernment_PersonsCountry()
    {
        Document doc = Process("Djibouti’s President Ismail Omar Guelleh has defended his government’s ties with Beijing.");

        Assert.That(At(doc, 0, "his government")?.Entity.Id, Is.EqualTo("djibouti"));
    }

    // Wire report (the twentieth development set): a possessive inside ", which …" belongs to the name before the comma.
    [Test]
    public void Process_PossessiveInCommaRelative_IsTheRelativesAntecedent()
    {
        Document doc = Process(
            "For Beijing, the bigger worry is the Turkestan Islamic Party, a Uyghur militant group that Chinese officials say has fighters in Badakhshan and could try to slip into China's Xinjiang region through the Wakhan, which runs to the Chinese border.",
            "China has also financed a training centre for Tajik special forces and, according to a 2019 report in The Washington Post, runs a small facility near Murghab that is staffed by members of the People's Armed Police.",
            "Beijing has never confirmed a troop presence in Tajikistan, and Dushanbe has denied that any Chinese soldiers are stationed on its territory.",
            "The arrangement sits awkwardly with Moscow, which keeps about 7,000 troops at its 201st military base in Dushanbe and Bokhtar and counts Tajikistan as a member of the Russian-led Collective Security Treaty Organization.");

        int paragraph = doc.Paragraphs.FindIndex(p => p.Text.Contains("at its 201st", StringComparison.Ordinal));
        Assert.That(At(doc, paragraph, "its 201st")?.Entity.Id, Is.EqualTo("russia"));
    }

    // Written wire-report lines: "of" before a gerund says what the referent did; "the company" still refers.
    [Test]
    public void Process_DescriptionBeforeOfAndGerund_IsResolved()
    {
        Document doc = Process("Chinese companies, meanwhile, have signed contracts worth several billion dollars with the Taliban, including a 25-year deal by the Xinjiang Central Asia Petroleum and Gas Company to extract oil from the Amu Darya basin. The Taliban cancelled that contract in July, accusing the company of failing to meet its investment commitments.");

        Assert.That(References(doc), Does.Contain("the company→capeic"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("taliban CRITICIZES capeic"));
    }

    // Written wire-report lines: "both" and the words of a description of two refer as "the two …" does.
    [Test]
    public void Process_BothCountries_AreTheTwoCountries()
    {
        Document doc = Process(
            "Relations between Dushanbe and Bishkek have warmed since the two countries signed a treaty in March 2025 settling the last disputed sections of their 980-kilometre border, where clashes killed more than 100 people in 2021 and 2022.",
            "Both countries also host Russian troops.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("tajikistan HOSTS russia").And.Contain("kyrgyzstan HOSTS russia"));
    }

    // Written wire report (tests/eval/written/h30/a1.md): "both sides" refers as "the two sides" does, to the pair named
    // together before it ("in close contact with Islamabad and Kabul and urged both sides"), never the one who urges.
    [Test]
    public void Process_BothSides_AreThePairNamedBefore()
    {
        Document doc = Process(
            "Qatar's Foreign Ministry spokesman Majed al-Ansari said on Tuesday that Doha was \"in close contact\" with Islamabad and Kabul and urged both sides to show restraint.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("d:person:majed-ansari DEMANDS_FROM pakistan").And.Contain("d:person:majed-ansari DEMANDS_FROM afghanistan"));
        Assert.That(ShippedClaims.In(doc), Has.None.EqualTo("d:person:majed-ansari DEMANDS_FROM qatar"));
    }

    // Development wire-report lines: a word in -ing that modifies the name after "of" makes the description name its own
    // referent ("the capital of neighbouring Jowzjan province"), unlike a gerund ("of failing to meet", above).
    [Test]
    public void Process_DescriptionBeforeOfAndModifierInIng_IsNotResolved()
    {
        Document doc = Process("CAPEIC did not respond to a request for comment. A manager at the company's field office in Sheberghan, the capital of neighbouring Jowzjan province, said the delays were caused by late customs clearance for drilling equipment shipped from Xinjiang and by power shortages at the site.");

        Assert.That(References(doc), Has.None.StartsWith("the capital"));
    }

    // Written wire report (tests/eval/written/h29/a3.md): a paragraph opening on "Trade between the two countries" after one
    // that names Moscow beside Beijing means the article's pair, China and Afghanistan, not the nearest two.
    [Test]
    public void Process_TheTwoCountriesOpeningParagraph_ArticlesPair()
    {
        Document doc = Process(
            "BEIJING, October 9 (Reuters) - Afghanistan's acting commerce minister, Nooruddin Azizi, arrived in Beijing on Thursday at the head of a 40-member delegation of officials and businessmen, the latest in a string of Taliban ministers to visit China this year. He was greeted at the airport by Chinese Vice Minister of Commerce Gao Xiaomei and by Bilal Karimi, Afghanistan's ambassador to China. Azizi is due to meet Commerce Minister Wang Wentao and executives from state-owned firms including China Road and Bridge Corporation, and to attend a trade fair in Urumqi next week, the Afghan embassy in Beijing said.",
            "The visit follows trips by Deputy Prime Minister Abdul Ghani Baradar, who toured an industrial park in Shenzhen in March, and by Minister of Mines and Petroleum Hedayatullah Badri, who met executives of China Metallurgical Group in Beijing in June to discuss restarting work at Mes Aynak. Foreign Minister Amir Khan Muttaqi travelled to Tianjin in late August for talks on the sidelines of the Shanghai Cooperation Organisation summit, although Afghanistan is not a member of the SCO.",
            "China has become the Taliban's most important economic partner since the group returned to power in 2021, even though no country except Russia has formally recognised its government. Moscow granted recognition in July, and diplomats in Beijing say Chinese officials are watching closely to see whether other capitals follow.",
            "Beijing was the first capital to accept a Taliban envoy's credentials, when Xi Jinping received Bilal Karimi at the Great Hall of the People in January 2024, and it has kept its ambassador, Zhao Xing, in Kabul throughout. \"China respects the independent choices of the Afghan people and has never interfered in Afghanistan's internal affairs,\" foreign ministry spokesman Lin Jian told a regular briefing on Tuesday, when asked whether Beijing would follow Moscow's lead.",
            "Trade between the two countries reached $1.6 billion last year, according to Chinese customs data, but Afghan exports, mostly pine nuts, talc and saffron, made up less than a tenth of it. Much of that cargo still moves through Pakistan, either by road to the port of Karachi or along the Karakoram Highway, which links Xinjiang with Pakistan's Gilgit-Baltistan region over the Khunjerab Pass.");

        Reference? two = At(doc, 4, "the two countries");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "china", "afghanistan" }));
    }

    // Written wire report (tests/eval/written/h29/a2.md): the subject that urges "both neighbours" is not one of them.
    [Test]
    public void Process_BothNeighboursAfterVerb_NotTheSubject()
    {
        Document doc = Process(
            "That dependence has become a liability as relations between Kabul and Islamabad have soured. Pakistan closed Torkham for nearly a month in March after border clashes between Pakistani and Afghan forces, stranding hundreds of trucks carrying Chinese machinery. Pakistani officials accuse the Taliban of sheltering fighters of the Tehrik-e-Taliban Pakistan, a charge Kabul denies.",
            "China has tried to stay out of the quarrel, urging both neighbours to settle their differences through dialogue. Foreign Minister Wang Yi hosted his Afghan and Pakistani counterparts, Amir Khan Muttaqi and Ishaq Dar, in Beijing in May, and the three signed a memorandum on extending the China-Pakistan Economic Corridor into Afghanistan.");

        Reference? both = At(doc, 1, "both neighbours");
        Assert.That(both, Is.Not.Null);
        Assert.That(Meant(both!), Is.EquivalentTo(new[] { "pakistan", "afghanistan" }));
    }

    // Written wire report (tests/eval/written/h26/a3.md): "relations with both neighbours" leaves out the subject, China.
    [Test]
    public void Process_BothNeighboursAfterPreposition_NotTheSubject()
    {
        Document doc = Process(
            "Tajikistan, by contrast, remains the Taliban's most vocal critic in the region. President Emomali Rahmon told the UN General Assembly in September that Afghanistan had become \"a haven for terrorist groups\" and called on the SCO to help build a security belt around the country, an idea Taliban officials dismissed as \"interference.\" Rahmon has also hosted annual forums of Afghan opposition groups in Dushanbe, including the National Resistance Front led by Ahmad Massoud.",
            "China, which has financed a network of border posts on the Tajik side of the frontier since 2016, has tried to keep good relations with both neighbours. Chinese Foreign Minister Wang Yi travelled to Kabul in August for talks with Muttaqi and Pakistan's deputy prime minister, Ishaq Dar, and received Tajik Foreign Minister Sirojiddin Muhriddin in Beijing weeks later. Chinese officials have since floated the idea of a trilateral security dialogue with Kabul and Dushanbe under the SCO umbrella.");

        Reference? both = At(doc, 1, "both neighbours");
        Assert.That(both, Is.Not.Null);
        Assert.That(Meant(both!), Does.Not.Contain("china"));
    }

    // Written wire report (tests/eval/written/h43/a3.md): "the sovereignty of both countries" leaves out the subject,
    // China, and means the two whose ministers the sentence before names.
    [Test]
    public void Process_BothCountriesAfterOf_NotTheSubject()
    {
        Document doc = Process(
            "\"Neighbours cannot move away from each other,\" Wang told reporters, standing between Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and Afghanistan's acting Foreign Minister Amir Khan Muttaqi. He said China respected the sovereignty of both countries and would not take sides.");

        Reference? both = At(doc, 0, "both countries");
        Assert.That(both, Is.Not.Null);
        Assert.That(Meant(both!), Is.EquivalentTo(new[] { "pakistan", "afghanistan" }));
    }

    // Written wire report (tests/eval/written/h37/a3.md): "accepted the credentials of its ambassador": the Taliban
    // government sent the ambassador, and China, the subject, received him.
    [Test]
    public void Process_ItsAfterCredentialsOf_NotTheReceiver()
    {
        Document doc = Process(
            "China has not formally recognised the Taliban government, but President Xi Jinping accepted the credentials of its ambassador, Bilal Karimi, in January 2024.");

        Reference? its = At(doc, 0, "its ambassador");
        Assert.That(its, Is.Not.Null);
        Assert.That(its!.Entity.Id, Is.EqualTo("taliban"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("bilal-karimi HOLDS_ROLE_IN taliban").And.Not.Contain("bilal-karimi HOLDS_ROLE_IN china"));
    }

    // Written wire report (tests/eval/written/h27/a1.md): "Pakistan's army said on Monday that its troops …": the army
    // that says it, not the state that possesses it, owns the troops.
    [Test]
    public void Process_PossessorOfReportingName_ItsIsTheName()
    {
        Document doc = Process("Pakistan's army said on Monday that its troops had killed 11 BLA militants in an intelligence-based operation in Balochistan's Kech district but gave no evidence linking them to the Karachi bombing. The military's media wing, Inter-Services Public Relations (ISPR), said the operation was part of a wider campaign against \"Indian-sponsored proxies\" in the province. New Delhi has repeatedly rejected Pakistani accusations that it backs Baloch separatists.");

        Reference? its = At(doc, 0, "its");
        Assert.That(its, Is.Not.Null);
        Assert.That(its!.Entity.Id, Is.EqualTo("pakistan-army"));
    }

    // Written wire report (tests/eval/written/h28/a1.md): "Its national gas company, QazaqGaz, co-owns …": the name in
    // apposition is not the subject the possessive anticipates, so "Its" is the state named before.
    [Test]
    public void Process_PossessiveBeforeApposedName_NotCataphoric()
    {
        Document doc = Process("Kazakhstan, through which the first three lines run, has its own stake in the system. Its national gas company, QazaqGaz, co-owns the Kazakh section with CNPC and has asked Beijing to buy more Kazakh gas instead of merely shipping Turkmen volumes across the steppe.");

        Reference? its = At(doc, 0, "Its");
        Assert.That(its, Is.Not.Null);
        Assert.That(its!.Entity.Id, Is.EqualTo("kazakhstan"));
    }

    // Written wire report (tests/eval/written/h29/a2.md): "The plant" is the processing plant the sentence before names.
    [Test]
    public void Process_ThePlantAfterNamedPlant_IsThatPlant()
    {
        Document doc = Process("MAZAR-I-SHARIF, July 22 (AP) - Trucks loaded with copper concentrate rolled out of the Chinese-run Dehdadi processing plant on the edge of Mazar-i-Sharif on Tuesday, bound for the Hairatan river port on the Uzbek border and, eventually, smelters in western China. The plant is operated by Balkh Sino Minerals, a joint venture between Kashgar-based Tianyu Mining and the state-owned Afghan Mining Corporation, and it opened in May.");

        Reference? plant = At(doc, 0, "The plant");
        Assert.That(plant, Is.Not.Null);
        Assert.That(plant!.Entity.Type, Is.EqualTo(EntityType.Project));
        Assert.That(plant.Entity.Name, Does.Contain("Dehdadi"));
    }

    // h30 a3: "its two neighbours" are the two the article names besides the possessor, never the possessor.
    [Test]
    public void Process_TwoNeighboursAfterPossessive_TheTwoBesidesThePossessor()
    {
        Document doc = Process(
            "BEIJING, April 14 (Reuters) - China hosted the foreign ministers of Pakistan and Afghanistan on Tuesday for the seventh round of their trilateral dialogue, pressing both neighbours to keep a fragile border truce and to cooperate against militant groups that threaten Chinese interests in the region.",
            "China's mediation between its two neighbours has become a test of the diplomatic clout it has sought to build as a peacemaker.");

        Reference? two = At(doc, 1, "its two neighbours");
        Assert.That(two, Is.Not.Null);
        Assert.That(Meant(two!), Is.EquivalentTo(new[] { "pakistan", "afghanistan" }));
    }

    // h30 a3: "both groups" are the two militant groups named together before, and each is what India is accused of backing.
    [Test]
    public void Process_BothGroupsAfterTwoMilitantGroups_TheTwoGroups()
    {
        Document doc = Process(
            "Chinese officials are particularly worried about the safety of the roughly 20,000 Chinese nationals working in Pakistan, many of them on projects of the China-Pakistan Economic Corridor. Since 2021, attacks by the Balochistan Liberation Army and the TTP have killed at least 21 Chinese citizens in Pakistan, including five engineers of the Dasu Hydropower Project who died in a suicide bombing near Besham in March 2024. Pakistan has accused India of backing both groups, a charge New Delhi denies.");

        Reference? both = At(doc, 0, "both groups");
        Assert.That(both, Is.Not.Null);
        Assert.That(Meant(both!), Is.EquivalentTo(new[] { "balochistan-liberation-army", "ttp" }));
        Assert.That(Relate.Claims.Extraction.ShippedClaims.In(doc), Does.Contain("india SUPPORTS balochistan-liberation-army").And.Contain("india SUPPORTS ttp"));
    }

    // h26/a1.md (a development article, up to the sentence): a description opening an apposition after a possessed name
    // means the possessor, however often the article named another country before.
    [Test]
    public void Process_CountryOpeningAppositionAfterPossessedName_IsThePossessor()
    {
        Document doc = Process(
            "DUSHANBE, August 12 (Reuters) - China will finance nine new outposts for Tajikistan's Border Troops in the mountainous Gorno-Badakhshan region, Tajik officials said on Tuesday, a move that deepens Beijing's security role along one of the most sensitive stretches of the Afghan frontier.",
            "The agreement was signed in Dushanbe on Monday by Tajik Interior Minister Ramazon Rahimzoda and China's Minister of Public Security, Wang Xiaohong, who arrived in the Tajik capital on Sunday for a two-day visit. Under its terms, Beijing will pay for the posts, supply vehicles, thermal cameras and communications equipment, and train Tajik officers at police academies in Xinjiang, according to a Tajik government statement.",
            "Tajikistan shares a 1,350-km border with Afghanistan, much of it running along the Panj River through steep gorges that smugglers and militants have used for decades. Its 477-km frontier with China meets the Afghan border near the eastern end of the Wakhan Corridor, a narrow strip of Afghan territory that separates Tajikistan from Pakistan. Khorog, the administrative centre of Gorno-Badakhshan, sits on the Panj directly opposite Afghan villages.",
            "Officials in Dushanbe said the new posts would be built at altitudes of up to 4,500 metres in the Ishkoshim and Murghob districts, where Tajik guards now patrol on foot or on horseback. \"Our Chinese partners understand that the security of the Pamirs is also the security of Xinjiang,\" Rahimzoda told reporters after the signing.",
            "The deal is the latest step in a security relationship that has grown quietly since 2016, when China and Tajikistan agreed to build a string of outposts and a training centre on the Tajik side of the border. Beijing has never officially confirmed reports that members of its People's Armed Police staff a base near the village of Shaymak, about 10 km from the Wakhan, though residents and satellite imagery suggest Chinese personnel have been there for years. Tajikistan's State Committee for National Security, the country's main intelligence agency, has also received Chinese drones and armoured vehicles, according to two Tajik security sources.");

        Assert.That(At(doc, 4, "the country")?.Entity.Id, Is.EqualTo("tajikistan"));
    }

    // tests/eval/written/h26/a2.md:10: a discovered name ending in a company suffix ("Engineering") is a company, so "the
    // company" may mean it, and the claim it makes is its own.
    [Test]
    public void Process_TheCompanyAfterDiscoveredEngineeringName_IsThatCompany()
    {
        Document doc = Process("The construction is being carried out by Kashgar Tianyuan Engineering, a Chinese state-owned contractor based in Xinjiang, whose engineers live in a fenced compound on the edge of Khorog and rarely leave it, residents said. A manager at the company, reached by telephone, said it was \"proud to help our Tajik brothers\" and declined to discuss costs. The company also sold thermal cameras to Tajikistan's Border Troops in 2023, according to procurement records seen by RFE/RL.");

        Assert.That(At(doc, 0, "The company")?.Entity.Id, Is.EqualTo("d:organisation:kashgar-tianyuan-engineering"));
    }

    // tests/eval/written/h35/a2.md: "the canal" is the discovered canal named before.
    [Test]
    public void Process_TheCanalAfterDiscoveredCanal_IsThatCanal()
    {
        Document doc = Process(
            "KABUL, February 19 (Reuters) - Afghanistan's Taliban administration has signed a $210 million contract with a Chinese state-owned engineering company to build pumping stations and line part of the Qosh Tepa canal with concrete, officials said on Thursday, bringing a foreign firm into a project that neighbouring Turkmenistan and Uzbekistan say threatens their water supplies.",
            "Under the deal, the company will build four pumping stations on the canal's third phase and line about 40 km of its bed, Afghanistan's Ministry of Energy and Water, which Mansoor heads, said in a statement.");

        Assert.That(At(doc, 1, "the canal")?.Entity.Id, Is.EqualTo("d:project:qosh-tepa-canal"));
    }

    // tests/eval/written/h34/a1.md:12-14: a possessive opening its sentence means the sentence before's subject, though
    // the paragraph before names another country as subject.
    [Test]
    public void Process_OpeningPossessiveAfterOtherParagraphsSubject_IsPreviousSentencesSubject()
    {
        Document doc = Process(
            "\"Recognition is not a reward, it is an acknowledgement of reality,\" Foreign Minister Sergei Lavrov told the delegates in his opening remarks, according to a transcript released by the Russian Foreign Ministry. He accused Washington of strangling the Afghan economy by keeping billions of dollars of the central bank's reserves frozen, and said Moscow would expand trade with Afghanistan and help repair its power grid.",
            "China, which has not formally recognised the Taliban government but accepted the credentials of its ambassador, Bilal Karimi, in January 2024, stopped short of endorsing Moscow's call. Its special envoy for Afghan affairs, Yue Xiaoyong, told reporters after the session that Beijing's position \"has not changed.\"");

        Assert.That(At(doc, 1, "Its")?.Entity.Id, Is.EqualTo("china"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("yue-xiaoyong HOLDS_ROLE_IN china"));
    }
}
