using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class NameDiscovererTests
{
    /// <summary>The first paragraph's claims, a discovered subject by its name and the object by id, else the other way round.</summary>
    private static IEnumerable<string> NamedClaims(Document doc) =>
        doc.Paragraphs[0].Claims.Select(c => c.Subject.IsDiscovered ? $"{c.Subject.Name} {c.Predicate} {c.Object.Id}" : $"{c.Subject.Id} {c.Predicate} {c.Object.Name}");

    [Test]
    public void Process_PortOfPlace_IsTheProjectPlacePort()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "That precedent was set late last year, when Sri Lanka, burdened with $8 billion in loans to Chinese firms, transferred the Port of Hambantota to China on a 99-year lease.");
        Mention port = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Hambantota Port");
        Assert.That((port.Entity.Id, doc.Paragraphs[0].Normalised[port.Start..port.End]), Is.EqualTo(("d:project:hambantota-port", "Port of Hambantota")));
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Not.Contain("hambantota"));
    }

    // h36/a1.md, h36/a2.md: "Aviation", "Systems" and "Shipbuilders" end companies' names (cues company_suffixes).
    [TestCase("Pakistan says its J-10C jets, firing PL-15 missiles, shot down five Indian aircraft on May 7, the first day of the fighting, among them three Rafales that India bought from France's Dassault Aviation.", "Dassault Aviation BASED_IN france")]
    [TestCase("New Delhi is negotiating with Germany's Thyssenkrupp Marine Systems to build six new boats at state-run Mazagon Dock Shipbuilders in Mumbai, a deal Indian officials expect to sign next year.", "Thyssenkrupp Marine Systems BASED_IN germany")]
    public void Process_CompanySuffixWord_IsACompany(string line, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain(claim));
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Organisation).Select(m => m.Entity.Subtype), Has.All.EqualTo("company"));
    }

    // h37/a3.md, h42/a2.md, h44/a2.md: one unknown word and a lower-case head of cues named_place_heads name a place;
    // "refinery" heads a project (cues project_suffixes).
    [TestCase("Back at Torkham, Gul Rahman's family boarded a minibus to the Omari camp, a transit site in Nangarhar run by the Taliban's refugee ministry with support from the International Organization for Migration.", "afghan-ministry-of-refugees-and-repatriation BUILDS_OR_OPERATES Omari camp")]
    [TestCase("Smaller volumes go to buyers in Turkmenistan through the Aqina crossing in Faryab.", "Aqina crossing PART_OF faryab")]
    [TestCase("Once in China, the oil is processed mainly at the Dushanzi refinery in Xinjiang, which is run by PetroChina, CNPC's listed subsidiary, and supplies fuel to the region's capital, Urumqi.", "Dushanzi refinery BASED_IN xinjiang")]
    public void Process_UnknownWordBeforePlaceHead_NamesThePlace(string line, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(NamedClaims(doc),
            Does.Contain(claim));
    }

    // h39/a3.md, h48/a1.md, h51/a2.md, h35/a1.md: one unknown word and a lower-case project head of cues lower_project_heads
    // ("deposit", "intake", "venture") name a project, after "the" or a possessive determiner ("its Qashqari field").
    [TestCase("KABUL, November 18 (Reuters) - Afghanistan's Taliban administration has signed a 30-year contract with a Chinese consortium led by Hexin Resources to mine lithium at the Pasghushta deposit in eastern Nuristan province, the mines ministry said on Tuesday, the largest deal yet for the country's untapped reserves of the battery metal.", "Pasghushta deposit BASED_IN nuristan")]
    [TestCase("Zijin Mining runs the Zeravshan gold venture in the northern Sughd region in partnership with the Tajik government, while TBEA, a power equipment maker from Xinjiang, was granted two gold deposits in return for building the Dushanbe-2 power plant.", "zijin-mining BUILDS_OR_OPERATES Zeravshan gold venture")]
    [TestCase("It will also give priority to Afghan staff at its Qashqari field in Sar-e Pul, where most of the wells are concentrated.", "Qashqari field BASED_IN sar-e-pul-af")]
    public void Process_UnknownWordBeforeLowerProjectHead_NamesTheProject(string line, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(NamedClaims(doc),
            Does.Contain(claim));
    }

    // h37/a1.md, h46/a1.md, h63/a3.md: a facility someone builds, runs or holds ("centre", "reservoir", "base" of cues
    // lower_project_heads) is named by its name and head, also after a curated place ("the Kajaki
    // reservoir", not the town) and a possessive ("the Pakistan Air Force's Minhas base").
    [TestCase("At the crossing, 120 km west of Herat city, families waited in 40-degree heat to be registered by the Taliban's Ministry of Refugees and Repatriation, which runs the Islam Qala reception centre with the IOM and the U.N. refugee agency, UNHCR.", "afghan-ministry-of-refugees-and-repatriation BUILDS_OR_OPERATES Islam Qala reception centre")]
    [TestCase("The Islamic Emirate is honouring the treaty as far as nature allows,\" Mansoor said in a statement, adding that Iranian technicians were welcome to measure flows at the Kajaki reservoir in Helmand province.", "Kajaki reservoir BASED_IN helmand")]
    [TestCase("Asif said the first batch would arrive in early 2027 and be based at the Pakistan Air Force's Minhas base in Kamra, northwest of Islamabad.", "Minhas base BASED_IN kamra-pk")]
    public void Process_UnknownNameBeforeFacilityHead_NamesTheFacility(string line, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(NamedClaims(doc),
            Does.Contain(claim));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => c.Subject.Id), Does.Not.Contain("kajaki-af"));
    }

    // h35/a1.md: "whose" opens the project's noun phrase as "the" does; h48/a1.md: "intake" heads a project after one
    // lower-case word.
    [TestCase("Turkmenistan, whose Karakum canal draws most of its water from the Amu Darya, has been more guarded than Tashkent.", "Karakum canal")]
    [TestCase("The two governments also agreed to run the Golovnaya water intake on the Isfara River jointly, ending a row over irrigation water that set off the 2021 clashes.", "Golovnaya water intake")]
    public void Process_UnknownWordBeforeProjectHead_IsAProject(string line, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Mention project = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That((project.Entity.Type, project.Kind), Is.EqualTo((EntityType.Project, MentionKind.Discovered)));
    }

    // h28/a1.md: after a country's possessive a head that also names a place ("field") leaves the name a place, never
    // the country's project.
    [Test]
    public void Process_PossessiveBeforePlaceHead_StaysAPlace()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The 1,000-km line is designed to carry 30 billion cubic metres of gas a year from Turkmenistan's Galkynysh field through Uzbekistan, Tajikistan and Kyrgyzstan to Xinjiang, China's far-western region.");
        Mention field = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Galkynysh field");
        Assert.That(field.Entity.Type, Is.EqualTo(EntityType.Place));
        Assert.That(ShippedClaims.In(doc), Has.None.Contains("BUILDS_OR_OPERATES"));
    }

    // h32/a1.md, h44/a1.md, h42/a2.md, h46/a1.md: "Railways" ends a company's name and keeps its demonym (cues
    // company_suffixes), "Consortium" and "Hotel" end a body's name, "post" heads a place's (cues named_place_heads).
    [TestCase("Russian Railways signed a memorandum with Uzbekistan Railways in September to survey the mountainous section through the Salang pass, and Kazakhstan's state railway, Kazakhstan Temir Zholy, is studying a feeder link across Uzbekistan.", "Russian Railways SIGNS_AGREEMENT_WITH uzbekistan-railways")]
    [TestCase("Kazakhstan sends about 80% of its crude exports through the Caspian Pipeline Consortium (CPC) line across Russia to the Black Sea, a route that was disrupted in February when Ukrainian drones struck a CPC pumping station in southern Russia.", "ukraine ATTACKS Caspian Pipeline Consortium")]
    [TestCase("Security for Chinese staff has been a concern since gunmen from Islamic State Khorasan Province (ISKP), which is waging an insurgency against the Taliban, stormed the Longan Hotel in Kabul in December 2022, wounding five Chinese citizens.", "Longan Hotel BASED_IN kabul")]
    [TestCase("Relations between the two neighbours, which share a border of more than 900 km, soured in May 2023 when Iranian and Taliban border guards exchanged fire near the Sasuli post in Nimroz.", "Sasuli post PART_OF nimruz")]
    public void Process_NameWithBodyOrPlaceWord_IsNamed(string line, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(NamedClaims(doc),
            Does.Contain(claim));
    }

    // Written dev h44: a title that opens with a stop word ("Chief") is stripped whole, not left a word into the name.
    [Test]
    public void Process_TitleOpeningWithStopWord_NameWithoutTheTitle()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "\"Today's launch shows that our cooperation with Chinese partners is moving from raw materials to high-value products,\" Kazatomprom Chief Executive Meirzhan Yussupov said at the ceremony, which was attended by CGN Vice President Chen Haoran and officials from both countries.");

        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Meirzhan Yussupov").And.Not.Contain("Executive Meirzhan Yussupov"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("d:person:meirzhan-yussupov LEADS kazatomprom"));
    }

    [Test]
    public void Process_TitledNameWithHyphenatedSyllable_KeepsTheSyllable()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Bush was only able to give a partial response to the query on the leader of Taiwan, referring to Taiwanese President Lee Teng-hui simply as \"Lee.\"");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Lee Teng-hui").And.Not.Contain("Lee Teng"));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain("Lee Teng-hui LEADS taiwan"));
    }

    [Test]
    public void Process_NameWithArabicParticle_IsOnePersonNotAShortName()
    {
        // English-EWT (Juan Cole's weblog); "Abdullah" alone is the curated short form of Abdullah Abdullah.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Al-Zaman : American forces killed Shaikh Abdullah al-Ani, the preacher at the mosque in the town of Qaim, near the Syrian border.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Abdullah al-Ani").And.Not.Contain("Abdullah Abdullah"));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Name}"), Does.Contain("united-states KILLS Abdullah al-Ani"));
    }

    [Test]
    public void Process_TitledNameWithArabicParticle_KeepsTheWholeName()
    {
        // GUM news: the title's name runs over "al-".
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Civil Defense Authority director General Suleiman al-Amr, in remarks to al-Ikhbariya television, said \"All those who were wounded and the dead have been taken to hospital.\"");
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain("Suleiman al-Amr LEADS Civil Defense Authority"));
    }

    [Test]
    public void Process_GenericFirstWordOfSuffixedNameAfterArticle_IsKept()
    {
        // English-EWT (a news-group post): "International" is a generic word, but here it opens the agency's name.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Claude Mandil, the executive director of the International Energy Agency in Paris, said the reserves in the East China Sea were hardly worth the trouble.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("International Energy Agency").And.Not.Contain("Energy Agency"));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain("Claude Mandil LEADS International Energy Agency"));
    }

    [Test]
    public void Process_OrganisationNameStartingWithGenericHead_IsKeptWhole()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Wolf Warrior 2 also reflects the stance of the Chinese government, said Peter Fabricius, a freelance journalist and a consultant with the Institute for Security Studies, an Africa-focused research organization.");
        Mention body = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Institute for Security Studies");
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    [TestCase("Last year, Uganda's Ministry of Education named 35 schools countrywide where the Chinese language would be taught.", "d:organisation:ministry-of-education-of-uganda")]
    [TestCase("In a written response to VOA, China’s Ministry of National Defense said, “The Chinese side has refuted the untrue allegations made by the United States through official channels.”", "china-ministry-of-national-defense")]
    public void Process_CountrysGenericBody_IsThatCountrysBody(string sentence, string id)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Contain(id));
    }

    [TestCase("In Sri Lanka, China took over Hambantota Port and thousands of acres of surrounding land as part of a debt forgiveness package, raising concerns about sovereignty.", "Hambantota Port", "d:project:hambantota-port")]
    [TestCase("“The Mombasa-Nairobi Railway has also greatly facilitated the mobility of people between Mombasa and Nairobi, and the freight transport time has been shortened from more than 10 hours to more than 4 hours, thus reducing the logistics costs by over 40 percent,” she wrote.", "Mombasa-Nairobi Railway", "d:project:mombasa-nairobi-railway")]
    public void Process_PlaceNamesBeforeProjectSuffix_AreTheProjectsName(string sentence, string name, string id)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Paragraph paragraph = doc.Paragraphs[0];

        Assert.That(paragraph.Mentions.Where(m => paragraph.Text[m.Start..m.End] == name).Select(m => m.Entity.Id), Is.EqualTo(new[] { id }));
    }

    // English-EWT (an Enron e-mail, relation training texts) and written wire-report lines: a name after "the" and its
    // modifiers, then a lower-case project head (after at most one lower-case word), is a project named with its head.
    [TestCase("They are currently working on a bid (due 1/31) for the Medusa project which involves Murphy (operator), Agip and Callon in Mississippi Canyon Blocks #538 and #582.", "Medusa project")]
    [TestCase("China's Sinohydro completed the 183-megawatt Isimba dam on the Nile in 2019.", "Isimba dam")]
    [TestCase("The Karuma dam is funded by China Exim Bank.", "Karuma dam")]
    [TestCase("China Merchants operates the Doraleh container terminal.", "Doraleh container terminal")]
    [TestCase("Tanzania suspended the Chinese-funded Bagamoyo port project in 2019.", "Bagamoyo port project")]
    public void Process_NameBeforeLowerCaseProjectHead_IsProject(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Mention project = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That(project.Entity.Type, Is.EqualTo(EntityType.Project));
    }

    // Written dev h39/a1.md:8, h35/a3.md, h39/a3.md: a name of two words glued by a hyphen, or with a number glued by a
    // hyphen, before a lower-case project head is a project named with its head.
    [TestCase("BISHKEK, September 23 (Reuters) - Several hundred villagers blocked the only road to the Chinese-run Jangy-Tash gold mine in Kyrgyzstan's Naryn region for a third day on Tuesday, demanding that the operator halt blasting they say has fouled a river their livestock drink from.", "d:project:jangy-tash-gold-mine")]
    [TestCase("Uzbek Energy Minister Jurabek Mirzamakhmudov said after the meeting that Uzbekistan, Kazakhstan and Kyrgyzstan would press ahead with the Kambarata-1 dam in Kyrgyzstan, which the three countries agreed in 2023 to build together.", "d:project:kambarata-1-dam")]
    [TestCase("Zijin Mining runs the Zeravshan gold venture in the northern Sughd region in partnership with the Tajik government, while TBEA, a power equipment maker from Xinjiang, was granted two gold deposits in return for building the Dushanbe-2 power plant.", "d:project:dushanbe-2-power-plant")]
    public void Process_HyphenatedOrNumberedNameBeforeProjectHead_IsProject(string sentence, string id)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Project).Select(m => m.Entity.Id), Does.Contain(id));
    }

    [Test]
    public void Process_HyphenatedNameBeforeMineHead_ClaimsTheOperatorAndPlace()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "BISHKEK, September 23 (Reuters) - Several hundred villagers blocked the only road to the Chinese-run Jangy-Tash gold mine in Kyrgyzstan's Naryn region for a third day on Tuesday, demanding that the operator halt blasting they say has fouled a river their livestock drink from.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("china BUILDS_OR_OPERATES d:project:jangy-tash-gold-mine"));
    }

    // CIA World Factbook, Senegal, and GUM news (relation training texts): a body named with its country after "of" is
    // discovered whole; "the Government of Haiti" (cues state_itself_suffixes) names the state itself.
    [TestCase("The Socialist Party of Senegal ruled for 40 years until Abdoulaye Wade was elected president in 2000.", "Socialist Party of Senegal")]
    [TestCase("Volunteer organization Comic Corps of Canada collects donations of comics.", "Comic Corps of Canada")]
    public void Process_BodyOfCountry_IsOneOrganisation(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Organisation).Select(m => m.Entity.Name), Does.Contain(name));
    }

    [Test]
    public void Process_GovernmentOfCountry_NoBody()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Government of Haiti then installed Ariel Henry as prime minister.");

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Organisation), Is.Empty);
    }

    // Written wire-report line: "Mines" and "Resources" end company names.
    [Test]
    public void Process_MinesAndResourcesSuffixes_AreOrganisations()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Zambian government owns 20 percent of Konkola Copper Mines, which Vedanta Resources controls.");

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Organisation).Select(m => m.Entity.Name),
            Does.Contain("Konkola Copper Mines").And.Contain("Vedanta Resources"));
    }

    [Test]
    public void Process_NameAfterPlacePrefix_IsPlace()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "China is denying accusations that it fired military-grade lasers at U.S. planes landing at Camp Lemonnier, in the East African nation of Djibouti.");
        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Camp Lemonnier").Entity.Type, Is.EqualTo(EntityType.Place));
    }

    [Test]
    public void Process_NameAfterTitle_IsDiscoveredPerson()
    {
        var doc = Docs.Extract("A decade ago, Peking University international studies professor Wang Jisi set the conceptual foundation for what would become the Belt and Road Initiative.");
        Mention wang = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Wang Jisi");
        Assert.Multiple(() =>
        {
            Assert.That(wang.Kind, Is.EqualTo(MentionKind.Discovered));
            Assert.That(wang.Entity.Type, Is.EqualTo(EntityType.Person));
            Assert.That(wang.Entity.Id, Is.EqualTo("d:person:wang-jisi"));
            Assert.That(wang.Entity.IsDiscovered, Is.True);
            Assert.That(wang.Confidence, Is.EqualTo(0.85f));
        });
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Peking University"));
        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Peking University").Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    // Written wire-report lines: a name in apposition after a role and the state it is sent to is a person, not a place
    // inside that state ("Kenya, Wu Peng" is no "Mombasa, Kenya"); a capitalised title before a comma may end another
    // name (an e-mail signature's "Director, Enron" in English-EWT), so only lower-case roles count.
    [TestCase("The Chinese ambassador to Kenya, Wu Peng, dismissed the report.", "Wu Peng", EntityType.Person)]
    [TestCase("China's ambassador to Zambia, Li Jie, rejected the claims.", "Li Jie", EntityType.Person)]
    public void Process_NameAfterRoleToState_IsPerson(string sentence, string name, EntityType type)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name).Entity.Type, Is.EqualTo(type));
    }

    // Written wire-report lines: a place of the gazetteer before a lower-case project head that ends the phrase names a
    // project; before "of" or another noun it stays the place.
    [TestCase("Chinese companies would not resume work on the Mohmand dam in Khyber Pakhtunkhwa.", "Mohmand dam", EntityType.Project)]
    [TestCase("The corridor runs from Xinjiang to the Arabian Sea port of Gwadar.", "Arabian Sea", EntityType.Place)]
    public void Process_PlaceBeforeProjectHead_ProjectOnlyWhenTheHeadEndsThePhrase(string sentence, string name, EntityType type)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name).Entity.Type, Is.EqualTo(type));
    }

    // Written wire-report lines: a lower-case role right before a name of two words or more ("Chinese ambassador Zhao
    // Wenbin") makes it a person; a single capitalised word after a role is left to the learned recogniser.
    [TestCase("Chinese ambassador Zhao Wenbin met Kasymaliev on Wednesday in Bishkek.", "Zhao Wenbin")]
    [TestCase("Turkish foreign minister Hakan Fidan has shuttled between the two capitals.", "Hakan Fidan")]
    public void Process_NameAfterLowerCaseRole_IsPerson(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name).Entity.Type, Is.EqualTo(EntityType.Person));
    }

    // Written wire-report line: a person's name, "of" and an organisation's name are two names; "Bank of China"-like names
    // whose first words are an organisation's own stay whole (the seed set's entity scores hold them).
    [Test]
    public void Process_PersonOfOrganisation_IsPersonAndOrganisation()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "\"The loans are not a trap,\" said Deborah Brautigam of Johns Hopkins University.");
        Assert.Multiple(() =>
        {
            Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Deborah Brautigam").Entity.Type, Is.EqualTo(EntityType.Person));
            Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Johns Hopkins University").Entity.Type, Is.EqualTo(EntityType.Organisation));
            Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("d:person:deborah-brautigam HOLDS_ROLE_IN d:organisation:johns-hopkins-university"));
        });
    }

    // Written wire-report lines: "Treasury Secretary", Kenya's "Treasury Cabinet Secretary" and "Auditor General", and a
    // lower-case "senator", are titles, not words of the name.
    [TestCase("Treasury Secretary Janet Yellen visited Lusaka.", "Janet Yellen")]
    [TestCase("Kenya's Auditor General Edward Ouko warned that the port's revenues were used as collateral.", "Edward Ouko")]
    [TestCase("Opposition senator Moses Wetangula called for the contract to be published.", "Moses Wetangula")]
    [TestCase("Kenya said Treasury Cabinet Secretary Henry Rotich defended the loans.", "Henry Rotich")]
    public void Process_SecretaryTitleBeforeName_IsNoPartOfIt(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Type == EntityType.Person).Entity.Name, Is.EqualTo(name));
    }

    [Test]
    public void Process_OrganisationAfterCapitalisedTitleAndComma_StaysOrganisation()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Jeffrey Dasovich Director, Enron");
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Name == "Enron").Select(m => m.Entity.Type), Has.None.EqualTo(EntityType.Person));
    }

    [Test]
    public void Process_PartialOfDiscoveredPerson_ResolvesInSameArticle()
    {
        var doc = Docs.Extract(
            "A decade ago, Peking University international studies professor Wang Jisi set the conceptual foundation for what would become the Belt and Road Initiative.",
            "In it, Wang decried the excessive focus of Chinese foreign policy on Washington and the Asia-Pacific region.");
        Mention wang = doc.Paragraphs[1].Mentions.Single(m => m.Kind == MentionKind.Partial);
        Assert.That((doc.Paragraphs[1].Text[wang.Start..wang.End], wang.Entity.Id, wang.Confidence), Is.EqualTo(("Wang", "d:person:wang-jisi", 0.7f)));
    }

    [Test]
    public void Process_OrganisationSuffix_IsDiscoveredOrganisation()
    {
        var doc = Docs.Extract("The murder of the Karachi University Confucius Institute director by a female suicide bomber dispatched by the Majeed Brigade in April 2022 crossed a line.");
        var found = doc.Paragraphs[0].Mentions.Where(m => m.Kind == MentionKind.Discovered).Select(m => (m.Entity.Name, m.Entity.Type)).ToList();
        Assert.That(found, Does.Contain(("Majeed Brigade", EntityType.Organisation)));
    }

    [Test]
    public void Process_SentenceInitialStopWord_IsNotPartOfName()
    {
        var doc = Docs.Extract("Yet Professor Raffaello Pantucci argued otherwise.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Is.EqualTo(new[] { "Raffaello Pantucci" }));
    }

    [TestCase("Going beyond this, Russia and Central Asian states have in recent years welcomed China’s tech-driven approach to security by, for example, adopting ‘Smart City’ development models and projects with hundreds of cameras in their capitals.", "Smart City")]
    [TestCase("Nothing was spared in the way of pomp and ceremony for the state visit, including the awarding of the Order of Altyn Kyran (Order of the Golden Eagle) to Mr Xi.", "Golden Eagle")]
    [TestCase("In 2021, ZTE handed a SDM (Subscriber Data Management) platform to Uzbekistan’s largest mobile operator.", "Subscriber Data Management")]
    public void Process_BareCapitalisedRun_IsNoEntity(string sentence, string run)
    {
        var names = Docs.Extract(sentence).Paragraphs[0].Mentions.Select(m => m.Entity.Name);
        Assert.That(names, Has.None.Contains(run.Split(' ')[0]));
    }

    [Test]
    public void Process_TitleAfterAnd_EndsTheName()
    {
        var doc = Docs.Extract("The meeting was attended by Finance Minister Steven Mnuchin and Secretary of State Mike Pompeo.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Steven Mnuchin").And.Contain("Mike Pompeo"));
    }

    [Test]
    public void Process_ProjectSuffix_IsDiscoveredProject()
    {
        var doc = Docs.Extract("Kenya borrowed heavily from China to build the Standard Gauge Railway.");
        Mention railway = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Standard Gauge Railway");
        Assert.That(railway.Entity.Type, Is.EqualTo(EntityType.Project));
    }

    [Test]
    public void Process_ShortNameInsideUnknownFullName_LongerNameWins()
    {
        // "University" is a stop word (never a name alone) and Cornell a short form of Svante Cornell, who is not named.
        var doc = Docs.Extract("Irene Sun, an engagement manager at a consulting firm, disagreed.", "Students at Cornell University said the loans were opaque.");
        Assert.That(Docs.Mentions(doc), Is.EqualTo(new[] { "Irene Sun→d:person:irene-sun:discovered", "Cornell University→d:organisation:cornell-university:discovered" }));
    }

    [Test]
    public void Process_InitialAndNames_OneNameAndItsSurnameLater()
    {
        var doc = Docs.Extract(
            "The deal is fragile, said S. Akbar Zaidi, director of a business school in Karachi.",
            "But Zaidi thinks the corridor will be finished.");
        Mention zaidi = doc.Paragraphs[1].Mentions.Single();
        Assert.That((zaidi.Entity.Id, zaidi.Kind), Is.EqualTo(("d:person:s-akbar-zaidi", MentionKind.Partial)));
    }

    [Test]
    public void Process_TwoOrganisationsJoinedByAnd_AreTwoNames()
    {
        var doc = Docs.Extract("Researchers at Rice University and Cornell University tracked the loans.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Is.EqualTo(new[] { "Rice University", "Cornell University" }));
    }

    // Written line in the manner of a foreign-office release (no corpus sentence names a counterpart the gazetteer lacks):
    // "counterpart" before a name is a person's role, like "leader" or "founder".
    [Test]
    public void Process_NameAfterCounterpart_IsDiscoveredPerson()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Foreign Secretary Philip Hammond held talks with his Iraqi counterpart Ibrahim al-Jaafari in London.");
        Mention jaafari = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Ibrahim al-Jaafari");

        Assert.That(jaafari.Entity.Type, Is.EqualTo(EntityType.Person));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain("Ibrahim al-Jaafari NEGOTIATES_WITH Philip Hammond"));
    }

    [TestCase("Gas from the Galkynysh field, which China National Petroleum Corporation (CNPC) helped to develop, travels through Uzbekistan and Kazakhstan along the three lines of the Central Asia-China gas pipeline, which together can carry about 55 billion cubic metres a year.", "Galkynysh field")]
    [TestCase("China has financed the 300-megawatt Gwadar coal power plant and a desalination plant in the city under CPEC, but the power station is still not connected to the national grid and the desalination plant runs at a fraction of its capacity.", "Gwadar coal power plant")]
    public void Process_NameBeforeLowerCaseFieldOrPlantHead_IsProject(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name).Entity.Type, Is.EqualTo(EntityType.Project));
    }

    // Written dev h35/a1.md:8 and h35/a2.md:18: a canal is a project, its builder's.
    [TestCase("TASHKENT, October 14 (Reuters) - Uzbekistan and Afghanistan's Taliban administration agreed on Tuesday to set up a joint technical commission to measure how much water the Qosh Tepa canal draws from the Amu Darya, Uzbek officials said, the first formal mechanism between the two neighbours on a project that Tashkent has repeatedly criticised.", "d:project:qosh-tepa-canal")]
    [TestCase("But the Amu Darya supplies nearly all of the water used by Turkmenistan's cotton farms, much of it through the Karakum canal, which the Soviet Union built in the 1950s.", "soviet-union BUILDS_OR_OPERATES d:project:karakum-canal")]
    public void Process_NameBeforeLowerCaseCanalHead_IsProject(string sentence, string expected)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id).Concat(ShippedClaims.In(doc)), Does.Contain(expected));
    }

    // Written wire-report dateline: a month written without its period is a date, not a place.
    [Test]
    public void Process_DatelineMonthWithoutPeriod_IsNoName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "KABUL, Mar 10 — The Taliban administration on Tuesday signed an agreement with Xinjiang Central Asia Petroleum and Gas Co that allows the Chinese company to drill 18 new wells in the Amu Darya basin, the Ministry of Mines and Petroleum said.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => doc.Paragraphs[0].Normalised[m.Start..m.End]), Does.Not.Contain("Mar"));
    }

    // h29 a2: the plural description says the apposition lists more than one company.
    [Test]
    public void Process_NamesListedAfterPluralDescription_AreTwoBodies()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "In April, the Ministry of Mines and Petroleum signed exploration agreements with two Chinese companies, Fortune Lithium and Xinjiang Huaxin Resources, covering blocks in Nuristan and Ghazni, ministry spokesman Abdul Rahim Saqib said.");

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Organisation).Select(m => m.Entity.Id), Is.EqualTo(new[]
        {
            "afghan-ministry-of-mines-and-petroleum", "d:organisation:fortune-lithium", "d:organisation:xinjiang-huaxin-resource",
        }));
    }

    // After a singular description the apposition names one body, "and" inside it.
    [Test]
    public void Process_NameWithAndAfterSingularDescription_StaysWhole()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The contract went to a Chinese company, Hengda Road and Bridge Group, last year.");

        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Hengda Road and Bridge Group"));
    }

    // h29 a2: a demonym before a company's last word is a word of the company's name; the article names Afghanistan later.
    [Test]
    public void Process_DemonymStartingCompanyName_IsPartOfTheName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The plant is operated by Balkh Sino Minerals, a joint venture between Kashgar-based Tianyu Mining and the state-owned Afghan Mining Corporation, and it opened in May.",
            "The copper plant is a small part of a broader wave of Chinese investment in Afghanistan's mineral wealth, which a 2010 Pentagon study valued at up to $1 trillion.");

        Assert.That(Docs.Mentions(doc), Does.Contain("Afghan Mining Corporation→d:organisation:afghan-mining-corporation:discovered").And.Not.Contain("Afghan→afghanistan:demonym"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("d:organisation:afghan-mining-corporation PART_OF afghanistan"));
    }

    [Test]
    public void Process_DemonymBeforeStateOrgan_StaysADescription()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Kenyan Transport Ministry said the railway would open in June.");

        Assert.That(Docs.Mentions(doc), Does.Contain("Kenyan→kenya:demonym"));
    }

    // h29 a3 and a1: a province's and a mountain range's name opening a company's name described in apposition.
    [TestCase("Officials travelling with him said they hoped to sign deals on pine nut exports and on a cement plant in Herat province to be built by Anhui Conch, one of China's largest cement makers.",
        "Anhui Conch→d:organisation:anhui-conch:discovered")]
    [TestCase("Zhang Lei, who moved from Urumqi three years ago and now runs Tianshan Trading, a wholesale business in the district, said his sales had doubled since the Taliban cut tariffs on some Chinese goods last year.",
        "Tianshan Trading→d:organisation:tianshan-trading:discovered")]
    public void Process_PlaceNameOpeningDescribedCompany_IsPartOfTheName(string sentence, string expected)
    {
        Assert.That(Docs.Mentions(Docs.Process(ShippedPipeline.Value, sentence)), Does.Contain(expected));
    }

    // h29 a3: "Vice" and "Minister" are stop words; the title with its complement still leads to the name.
    [Test]
    public void Process_StopWordTitleWithComplementBeforeName_FindsTheTitledPerson()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He was greeted at the airport by Chinese Vice Minister of Commerce Gao Xiaomei and by Bilal Karimi, Afghanistan's ambassador to China.");

        Assert.That(claims, Does.Contain("d:person:gao-xiaomei HOLDS_ROLE_IN china"));
    }

    [Test]
    public void Process_StopWordTitleWithComplementAlone_NoPerson()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Vice Minister of Industry and Commerce said exports had risen.");

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Person), Is.Empty);
    }

    // VOA dev (2018-03-14, China's military footprint): a plural description and a comma before one name, no list, leave
    // the name to what the article made of it (the analyst named in full earlier).
    [Test]
    public void Process_OneNameAfterPluralDescription_NoBody()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Wolf Warrior 2 also reflects the stance of the Chinese government, said Peter Fabricius, a freelance journalist and a consultant with the Institute for Security Studies, an Africa-focused research organization.",
            "Historically, China exerted its security presence in Africa through contributions to United Nations peacekeeping missions, Fabricius said.");

        Assert.That(doc.Paragraphs[1].Mentions.Select(m => m.Entity.Id), Does.Contain("d:person:peter-fabricius").And.None.StartsWith("d:organisation:"));
    }

    [TestCase("Its mission chief for Pakistan, Iva Petrova, said the authorities had met most of their targets but needed to widen the tax base.", "Iva Petrova")]
    [TestCase("That sets it apart from Russia, which in July became the first country to do so after President Vladimir Putin's government accepted the credentials of the Taliban's envoy in Moscow, Gul Hassan Hassan.", "Gul Hassan Hassan")]
    public void Process_NameAfterRolePrepositionPlaceAndComma_IsPerson(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Mention person = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That(person.Entity.Type, Is.EqualTo(EntityType.Person));
    }

    [Test]
    public void Process_RepresentativeForPlaceInApposition_HoldsTheRole()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "At talks in Herat on Friday, Kazakhstan's special representative for Afghanistan, Yerkin Tokumov, and the Taliban's commerce minister, Nooruddin Azizi, agreed to aim for $3 billion within three years and to open a Kazakh trading house in the city.");
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain("Yerkin Tokumov HOLDS_ROLE_IN kazakhstan"));
    }

    [Test]
    public void Process_TitledNameAndSecondName_AreTwoPersons()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The deal was signed in the Uzbek capital by Transport Minister Ilkhom Makhkamov, Pakistan's Railways Minister Hanif Abbasi and Abdul Rahman Sharifi, the Taliban's acting minister of public works, in the presence of Uzbek President Shavkat Mirziyoyev.");
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Name), Does.Contain("Hanif Abbasi").And.Contain("Abdul Rahman Sharifi"));
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"),
            Does.Contain("Hanif Abbasi HOLDS_ROLE_IN pakistan").And.Contain("Abdul Rahman Sharifi HOLDS_ROLE_IN taliban"));
    }

    [Test]
    public void Process_SuffixedNameAfterPossessive_KeepsItsGenericFirstWord()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Its fighters stormed Gwadar's Pearl Continental hotel in 2019, and in 2021 a suicide bomber from the group hit a vehicle carrying Chinese workers on the port's East Bay Expressway.");
        Mention road = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name.EndsWith("Bay Expressway", StringComparison.Ordinal));
        Assert.That((road.Entity.Name, road.Entity.Type), Is.EqualTo(("East Bay Expressway", EntityType.Project)));
    }

    [Test]
    public void Process_NameWithHyphenatedParticleAfterTitleComplement_IsPerson()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Qatar, which mediated the October ceasefire together with Turkey, sent Minister of State Mohammed Al-Khulaifi to the talks as an observer, a first for the format.");
        Mention person = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Mohammed Al-Khulaifi");
        Assert.That(person.Entity.Type, Is.EqualTo(EntityType.Person));
    }

    // Written dev h36/a3.md:14: a role for a mission in its host, then a name in apposition: the name is the person
    // holding the role there.
    [Test]
    public void Process_NameAfterRoleForMissionInHost_IsPersonHoldingTheRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A spokesperson for the Chinese embassy in New Delhi, Yu Jing, said China's defence cooperation with Pakistan was \"normal\" and \"not directed at any third country\", and urged India to view the relationship \"objectively and rationally\".");

        Assert.That(claims, Does.Contain("d:person:yu-jing HOLDS_ROLE_IN d:organisation:chinese-embassy-in-new-delhi"));
    }

    // Development article h43/a3: a title word before a lone organisation head names a body, not a person.
    [Test]
    public void Process_TitleBeforeOrganisationHead_IsAnOrganisation()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Under the accord, military and border officials from the two sides will meet every month at the Torkham and Chaman crossings, and a hotline will connect the Pakistan Army's General Headquarters in Rawalpindi with the Afghan Defence Ministry in Kabul, according to a joint statement.");

        Mention body = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "General Headquarters");
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Type), Has.None.EqualTo(EntityType.Person));
    }

    // h38/a2.md, h41/a1.md: "Executive Director" and the police rank "Constable" are titles (cues person_titles), not names.
    [TestCase("\"The ban has produced the largest drop in illicit opium supply ever recorded, but the market is adapting,\" UNODC Executive Director Ghada Waly said in a statement from Vienna, where the agency is headquartered.", "Ghada Waly LEADS unodc")]
    [TestCase("Sindh Chief Minister Murad Ali Shah ordered an inquiry into how the car was able to approach the convoy and announced compensation for the family of the slain officer, Constable Imran Ali of the Special Protection Unit.", "Imran Ali HOLDS_ROLE_IN d:organisation:special-protection-unit")]
    public void Process_NameAfterOfficeOrRankTitle_NameWithoutTheTitle(string line, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain(claim));
    }

    [Test]
    public void Process_SentenceOpeningWithResidentsOf_NamesThePlaceAlone()
    {
        // h48/a2.md: "Residents", capitalised only because it opens the sentence, is no part of the village's name; "Ayni
        // district" is the imported Tajik district (Nohiyai Ayni), not the town of Ayni.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Residents of Kamar-Tepa, a village in Sughd's Ayni district, told Ozodi, the Tajik service of Radio Free Europe/Radio Liberty, last month that dust from the Zeravshan venture's processing plant had killed their apricot orchards.");
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("d:place:kamar-tepa PART_OF nohiyai-ayni-tj"));
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Not.Contain("d:place:residents-of-kamar-tepa"));
    }

    // h41/a3.md, h43/a2.md: an earned honorific (cues name_honorifics: Qari, Hafiz, Haji) is a word of the name it opens.
    [TestCase("In a statement, the military's media wing, Inter-Services Public Relations (ISPR), said troops of the Special Security Division and the Frontier Corps had raided a hideout in Lakki Marwat district of Khyber Pakhtunkhwa overnight, killing 11 militants including Qari Zarak Khan, a TTP commander it described as the mastermind of the ambush.",
        "d:person:qari-zarak-khan MEMBER_OF ttp", "d:person:zarak-khan MEMBER_OF ttp")]
    [TestCase("Hafiz Saifullah Nazari, a spokesman for the Taliban's governor in Kandahar, gave a different account.",
        "d:person:hafiz-saifullah-nazari HOLDS_ROLE_IN taliban", "d:person:saifullah-nazari HOLDS_ROLE_IN taliban")]
    public void Process_NameAfterHonorific_KeepsTheHonorific(string line, string claim, string wrong)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain(claim).And.Not.Contain(wrong));
    }
}
