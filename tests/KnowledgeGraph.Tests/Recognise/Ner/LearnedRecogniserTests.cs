using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise.Ner;

/// <summary>The shipped model's recogniser inside the pipeline: model-only names become typed discovered entities; curated matches win.</summary>
[TestFixture]
internal sealed class LearnedRecogniserTests
{
    [Test]
    public void Process_UnknownScholarQuotedByName_IsDiscoveredPersonWithCalibratedConfidence()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Beijing wants to help African nations develop, said Deborah Brautigam, who directs research on China and Africa.");
        Mention person = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Deborah Brautigam");
        Assert.That(person.Entity.Type, Is.EqualTo(EntityType.Person));
        Assert.That(person.Kind, Is.EqualTo(MentionKind.Discovered));
        Assert.That(person.Confidence, Is.InRange(0.5f, 1f));
    }

    [Test]
    public void Process_OneWordWithInnerCapital_IsOrganisationNotPerson()
    {
        // GUM interview title: the model takes the project's one-word name for a person.
        Document doc = Docs.Process(ShippedPipeline.Value, "Interview with LibriVox founder Hugh McGuire Sunday, May 28, 2006");
        Mention librivox = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "LibriVox");
        Assert.That(librivox.Entity.Type, Is.EqualTo(EntityType.Organisation));
    }

    [Test]
    public void Process_SurnameWithPrefix_StaysPerson()
    {
        // Wikipedia text of the claims training set: "DeJesús" has the capital of a surname prefix, not a company's.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "On December 26, 2012 he was traded to the Boston Red Sox (along with Joel Hanrahan) for Jerry Sands, Stolmy Pimentel, Mark Melancon, and Iván DeJesús, Jr..");
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Name.Contains("DeJesús")).Select(m => m.Entity.Type), Is.EqualTo(new[] { EntityType.Person }));
    }

    [Test]
    public void Process_HyphenatedGivenName_KeepsItsLastSyllable()
    {
        // GUM news: the Hong Kong activist's given name is written with a hyphen and a lower-case syllable.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The rest of the candidates elected in this constituency were young and relatively new activists from the localist camp, Lau Siu-lai and Youngspiration's Yau Wai-ching.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Lau Siu-lai"));
    }

    [Test]
    public void Process_CapitalisedWordAfterGluedHyphen_BelongsToTheName()
    {
        // GUM news: Korean given names written with a hyphen and a capital.
        Document doc = Docs.Process(ShippedPipeline.Value, "Korea substituted Park Joo-Ho in the 28th minute of the game due to injury and was replaced by Kim Min-Woo.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Name), Does.Contain("Park Joo-Ho").And.Contain("Kim Min-Woo"));
    }

    [Test]
    public void Process_NameEndingWithAdministrativeUnit_IsPlace()
    {
        // English-EWT (an answers post): the model reads the county as a person.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Marin County was predominantly caucasian and many of the expanding outer east bay areas started out as white suburbs.");
        Mention county = doc.Paragraphs[0].Mentions.Single(m => m.Entity.Name == "Marin County");
        Assert.That((county.Kind, county.Entity.Type), Is.EqualTo((MentionKind.Discovered, EntityType.Place)));
    }

    [Test]
    public void Process_CuratedNames_StayCurated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Chinese Foreign Minister Wang Yi met Pakistan's army chief in Islamabad.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Contain("wang-yi").And.Contain("islamabad"));
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.IsDiscovered).Select(m => m.Entity.Name), Has.None.Contains("Wang"));
    }

    [TestCase("You could say that Iranian attacks on water treatment plants in Israelh are a potential attack by a nation-state designed to instill terror.", "Israelh")]
    [TestCase("In the wake of the COVID-19 pandemic, what is your assessment of the CBRN terror threat?", "CBRN")]
    public void Process_GluedFootnoteLetterOrAttributiveAcronym_IsNoNewName(string sentence, string word)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.IsDiscovered).Select(m => m.Entity.Name), Has.None.EqualTo(word));
    }
    [TestCase("In August and November 2020, two SCO experimental policy zones were opened in China: a Cross-Border E-Commerce pilot zone in Lianyungang and the Qingdao Development Center.", "Cross")]
    [TestCase("But I think what happened over the ISIS campaign was that counterterrorism really drove the cooperation between SIGINT agencies in Europe.", "SIGINT")]
    [TestCase("Access to data is the key for SIGINT in particular, but probably for all the agencies, and what\u2019s changed is that there\u2019s been an exponential rise in the amount of data being produced by the private sector on citizens.", "SIGINT")]
    public void Process_CompoundPartOrCommonAcronym_IsNoNewName(string sentence, string word)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.IsDiscovered).Select(m => m.Entity.Name), Has.None.EqualTo(word));
    }

    [TestCase("He awarded Mr Mirziyoyev the Order of Alexander Nevsky, which is given to foreign leaders \u201cfor major contributions to promoting friendly ties with Russia\u201d.")]
    [TestCase("Kazakh President Kassym-Jomart Tokayev was at the airport to personally welcome the Chinese leader in fluent Mandarin and nothing was spared in the way of pomp and ceremony for the state visit, including the awarding of the Order of Altyn Kyran (Order of the Golden Eagle) to Mr Xi.")]
    public void Process_NameOfAnOrder_IsNoPerson(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.IsDiscovered && m.Entity.Type == EntityType.Person).Select(m => m.Entity.Name), Is.Empty);
    }

    // GUM and English-EWT training text: the model's span runs over a clause; the name ends at the comma.
    [TestCase("He traveled to Florida to meet with Devocht, who had told Montalvo he would assist him with future employment and housing.", "Devocht")]
    [TestCase("I live 10 minutes from Cycle City, but I Drove 50 mile south to Peachstate Powersports in LaGrange, dealt with the owner, Levi, and was well taken care of.", "LaGrange")]
    public void Process_SpanRunningOverAClause_KeepsOnlyTheName(string sentence, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        IEnumerable<string> names = doc.Paragraphs[0].Mentions.Where(m => m.Entity.IsDiscovered).Select(m => doc.Paragraphs[0].Normalised[m.Start..m.End]);

        Assert.That(names, Does.Contain(name).And.None.Contains(","));
    }

    [Test]
    public void Process_CityCommaState_TwoPlaces()
    {
        // GUM: "Cambridge, Massachusetts" was one place of both names.
        Document doc = Docs.Process(ShippedPipeline.Value, "On March 13, Professor Chomsky sat down with Michael Dranove for an interview in his MIT office in Cambridge, Massachusetts.");
        IEnumerable<string> places = doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Place).Select(m => m.Entity.Name);

        Assert.That(places, Does.Contain("Cambridge").And.Contain("Massachusetts"));
    }

    [Test]
    public void Process_SurnameAfterNameWithAndWithoutMiddleName_IsThatPerson()
    {
        // GUM (GUM_bio_goode): the same person written with and without his middle name, then by surname.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Matthew Goode",
            "Matthew William Goode (born 3 April 1978) is an English character actor.",
            "Goode was born in Exeter, Devon.");
        Mention surname = doc.Paragraphs[2].Mentions.First(m => doc.Paragraphs[2].Normalised[m.Start..m.End] == "Goode");

        Assert.That(surname.Entity.Id, Is.EqualTo("d:person:matthew-goode"));
    }
}
