using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class NameDescriptionsTests
{
    [TestCase("The corridor is a political project first, said Ayesha Siddiqa, a senior fellow at a London university.", "Ayesha Siddiqa")]
    [TestCase("Sabir Hamidi is the chief analyst with a Kabul consultancy and has tracked the mines since 2008.", "Sabir Hamidi")]
    [TestCase("The deal is fragile, said S. Akbar Zaidi, director of a business school in Karachi.", "S. Akbar Zaidi")]
    public void Describe_RoleAfterName_IsPerson(string sentence, string name)
    {
        Mention person = Docs.Extract(sentence).Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That((person.Entity.Type, person.Kind, person.Confidence), Is.EqualTo((EntityType.Person, MentionKind.Discovered, 0.85f)));
    }

    [Test]
    public void Describe_AcademicRoleAfterNameAfterCity_IsPerson()
    {
        // English-EWT (Juan Cole's weblog): "dean" is a person role; the city before the name is the gazetteer's.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "In Baghdad Kadhim Talal Husain, assistant dean at the School of Education at Mustansiriyah University, was assassinated with his driver in the Salikh district.");
        Mention person = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Kadhim Talal Husain");
        Assert.That((person.Entity.Type, person.Kind, person.Confidence), Is.EqualTo((EntityType.Person, MentionKind.Discovered, 0.85f)));
    }

    [Test]
    public void Describe_SpeechVerbBeforeName_IsPerson()
    {
        Mention person = Docs.Extract("“Nobody in Islamabad wants to repay in yuan,” said Nadia Qureshi.").Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Nadia Qureshi");
        Assert.That((person.Entity.Type, person.Confidence), Is.EqualTo((EntityType.Person, 0.75f)));
    }

    // Written dev h39/a1.md: a possessor stands for the apposition's determiner.
    [Test]
    public void Describe_BodyDescribedAfterNameWithPossessor_IsOrganisationOfTheState()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Jinyuan holds 70 percent of the project, and Kyrgyzaltyn, Kyrgyzstan's state gold company, owns the rest.");

        Assert.That(doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Kyrgyzaltyn").Entity.Type, Is.EqualTo(EntityType.Organisation));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain("Kyrgyzaltyn PART_OF kyrgyzstan"));
    }

    [TestCase("Dawn, one of Pakistan’s largest newspapers, reported the arrests on Sunday.", "Dawn")]
    [TestCase("Gallup, a polling firm, found that most Afghans distrust the Taliban.", "Gallup")]
    public void Describe_BodyDescribedAfterName_IsOrganisation(string sentence, string name)
    {
        Mention body = Docs.Extract(sentence).Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    [TestCase("Sim Tack is the chief military analyst with Force Analysis, which assesses armed conflicts around the globe.", "Force Analysis")]
    [TestCase("Zambia, where rumors have swirled since September that unsustainable debt will force the mineral-rich country to hand its state-owned power company, ZESCO, over to China.", "ZESCO")]
    public void Describe_EmployerOfRoleOrBodyDescribedBeforeName_IsOrganisation(string sentence, string name)
    {
        Mention body = Docs.Extract(sentence).Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    // GUM news (relation training texts) and a CIA World Factbook background: a name right after a lower-case body noun
    // and its article is that body.
    [TestCase("The Internet security firm Secunia.com, has said that as of March 4, 2011, IE6 has 277 vulnerabilities.", "Secunia.com")]
    [TestCase("Labor turmoil in 1980 led to the formation of the independent trade union Solidarity that over time became a political force.", "Solidarity")]
    [TestCase("Democrats are spitting mad over attacks on John Kerry’s record by the group Swift Boat Veterans for Truth.", "Swift Boat Veterans for Truth")]
    public void Describe_NameAfterBodyNoun_IsOrganisation(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Mention body = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    // English-EWT (an Enron e-mail, relation training texts) and a written wire-report line: a role heading a body and
    // "of" name the body the person works for.
    [TestCase("\"Terry did this by himself,'' said Smutney-Jones, executive director of the Independent Energy Producers.", "Independent Energy Producers")]
    [TestCase("Peter Ndegwa, chief executive of Safaricom, said the deal was signed.", "Safaricom")]
    public void Describe_NameAfterBodyHeadOf_IsOrganisation(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Mention body = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    // GUM news (relation training texts): a name after a role and "of" that qualifies the noun after it is no body.
    [Test]
    public void Describe_NameBeforeNounAfterBodyHeadOf_NoOrganisation()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Executive director of the Dallas chapter of the Council on American - Islamic Relations Alia Salem said Mohamed wishes to use his newfound fame.");

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Organisation).Select(m => m.Entity.Name), Has.None.EqualTo("Dallas"));
    }

    // Seeds 000:266: a name that qualifies the noun after it ("the giant Kashagan oil field") is no body.
    [Test]
    public void Describe_NameBeforeNounAfterBodyNoun_NoOrganisation()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "In 2003, when British Gas decided to sell its portion of the giant Kashagan oil field to CNOOC and Sinopec, KazMunaiGas blocked the sale.");

        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Organisation).Select(m => m.Entity.Name), Has.None.EqualTo("Kashagan"));
    }

    // VOA dev 2018-03-14:17, on the shipped cues: "mission" describes a body, so the acronym after it is an organisation.
    [Test]
    public void Describe_AcronymAfterMissionAndComma_IsOrganisation()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "For instance, in South Sudan, where China has significant oil interests, the country has contributed a 700-troop infantry battalion to the U.N. mission, UNMISS.");

        Mention body = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "UNMISS");
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    [Test]
    public void Describe_PlaceDescribedAfterName_IsPlace()
    {
        Mention place = Docs.Extract("The inaugural run between Nairobi, the capital, and Mombasa, a major coastal city, was in mid 2017.").Paragraphs[0].Mentions
            .Single(m => m.Entity.Name == "Mombasa");
        Assert.That((place.Entity.Type, place.Kind), Is.EqualTo((EntityType.Place, MentionKind.Discovered)));
    }

    [Test]
    public void Describe_CapitalisedWordsWithoutDescription_AreNoPerson()
    {
        var doc = Docs.Extract("Kabul Bank, which collapsed in 2010, was said to be sound.");
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Person), Is.Empty);
    }

    [Test]
    public void Describe_PlaceNounAndOfBeforeName_IsPlace()
    {
        Mention place = Docs.Process(ShippedPipeline.Value, "Ashgabat is also pushing ahead with the Turkmenistan-Afghanistan-Pakistan-India pipeline, known as TAPI, which would run 1,814 km from Galkynysh through Herat and Kandahar to the Indian border town of Fazilka.").Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Fazilka");
        Assert.That((place.Entity.Type, place.Kind), Is.EqualTo((EntityType.Place, MentionKind.Discovered)));
    }

    [TestCase("In Dushanbe, the government of President Emomali Rahmon has said the Tajik section will be built by a joint venture of CNPC and the state-owned Tajiktransgaz, with the Chinese side putting up most of the money.", "Tajiktransgaz")]
    [TestCase("\"China is not going to let Pakistan default, but it is not writing new cheques either,\" said Nadia Baig, an economist at the Karachi-based brokerage Topline Securities.", "Topline Securities")]
    public void Describe_BodyModifierOrNounBeforeName_IsOrganisation(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Mention body = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That((body.Entity.Type, body.Kind), Is.EqualTo((EntityType.Organisation, MentionKind.Discovered)));
    }

    // Written dev h39/a2.md: a country's demonym opens a body's description with no article ("Chinese carmaker BYD").
    [Test]
    public void Describe_DemonymAndBodyNounBeforeName_IsOrganisationOfTheCountry()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Chinese carmaker BYD already assembles vehicles in the Jizzakh region with state-owned UzAuto Motors at BYD Uzbekistan Factory, a joint venture that has become one of Beijing's most visible industrial investments in Central Asia.");
        Mention body = doc.Paragraphs[0].Mentions.First(m => m.Entity.Name == "BYD");
        Assert.That((body.Entity.Type, body.Kind), Is.EqualTo((EntityType.Organisation, MentionKind.Discovered)));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain("BYD BASED_IN china"));
    }

    [Test]
    public void Describe_BrokerageBeforeName_GivesTheEmployer()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "\"China is not going to let Pakistan default, but it is not writing new cheques either,\" said Nadia Baig, an economist at the Karachi-based brokerage Topline Securities.");
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain("Nadia Baig HOLDS_ROLE_IN Topline Securities"));
    }

    [TestCase("Five Chinese engineers and their Pakistani driver were killed in March last year when a suicide bomber struck their vehicle near Besham in Khyber Pakhtunkhwa as they travelled to the Dasu hydropower project, which is being built by China Gezhouba Group.", "Besham", "khyber-pakhtunkhwa")]
    [TestCase("Its first task will be to raise money for the 647-km line, which is to run from the Uzbek border town of Termez through Mazar-i-Sharif and Logar province to Kharlachi in Pakistan's Kurram district.", "Kharlachi", "kurram-pk")]
    public void Describe_NameBetweenLocativeAndInPlace_IsPlaceWithinIt(string sentence, string name, string within)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Mention place = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == name);
        Assert.That((place.Entity.Type, place.Kind), Is.EqualTo((EntityType.Place, MentionKind.Discovered)));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain($"{name} PART_OF {within}"));
    }
}
