using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// "He" or "she" opening its sentence is the subject of the sentence before in its paragraph when that is the only
/// person named there, on the shipped gazetteers and coreference.yaml, through the production pipeline (each line one
/// paragraph).
/// </summary>
[TestFixture]
internal sealed class PreviousSubjectTests
{
    // Written dev h41/a1.md:20-22: Shehbaz Sharif, the subject a paragraph before, scored close enough to leave "He" unsure.
    private const string Sharif = "Prime Minister Shehbaz Sharif, who is due in Beijing next month for talks with Premier Li Qiang, called the bombing a cowardly strike against \"Pakistan's closest friend\" and ordered a review of security for all Chinese nationals in Sindh.";
    private const string LinJian = "In Beijing, foreign ministry spokesperson Lin Jian said China \"strongly condemns\" the attack and \"firmly supports\" Pakistan's fight against terrorism. He demanded that Islamabad \"hunt down and severely punish the perpetrators\" and take \"concrete and effective measures\" to protect Chinese personnel, projects and institutions in the country.";

    // Written dev h48/a2.md:15-17: Jeenbek Kulubaev, the subject of the paragraph before, competed with Adylbek Kasymaliev.
    private const string Kulubaev = "The Chinese embassy in Bishkek condemned the violence and urged Kyrgyz authorities to \"ensure the safety of Chinese citizens and enterprises and punish those responsible.\" China's ambassador met Foreign Minister Jeenbek Kulubaev on Tuesday to discuss the incident, the Kyrgyz foreign ministry said. Kulubaev told the envoy that Hengxin Jinlong must compensate families in Jyluu-Bulak for any damage to their fields and livestock.";
    private const string Kasymaliev = "Adylbek Kasymaliev, chairman of the Cabinet of Ministers, told lawmakers on Wednesday that Kyrgyzstan valued its partnership with China but that investors who poisoned rivers would \"leave with nothing.\" He ordered the company to pay for an independent test of the river water.";

    [TestCase(Sharif, LinJian, "lin-jian")]
    [TestCase(Kulubaev, Kasymaliev, "adylbek-kasymaliev")]
    public void Process_HeOpeningSentenceAfterOnlyPersonSubject_IsThatSubject(string before, string line, string person)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, before, line);
        Paragraph p = doc.Paragraphs[1];
        Reference? he = p.References.FirstOrDefault(r => p.Text[r.Start..r.End] == "He");

        Assert.That(he?.Entity.Id, Is.EqualTo(person));
        Assert.That(he!.IsSure, Is.True);
    }

    [Test]
    public void Process_HeOpeningSentenceAfterSpokesperson_GivesTheDemand()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Sharif, LinJian);

        Assert.That(ShippedClaims.In(doc), Does.Contain("lin-jian DEMANDS_FROM pakistan"));
        Assert.That(ShippedClaims.In(doc), Does.Not.Contain("shehbaz-sharif DEMANDS_FROM pakistan"));
    }

    [Test]
    public void Process_HeOpeningParagraphAfterOnlyPersonSubject_IsLeftToTheChooser()
    {
        // A paragraph break may turn to another person: the sentence before must be in the pronoun's paragraph.
        Document doc = Docs.Process(ShippedPipeline.Value, Sharif, "In Beijing, foreign ministry spokesperson Lin Jian said China \"strongly condemns\" the attack.", "He demanded that Islamabad act.");

        Assert.That(doc.Paragraphs[2].References.Where(r => r.IsSure), Is.Empty);
    }

    // Written dev h62/a1.md:17 and h39/a3.md:14: "It" opening its sentence before a verb continues the one subject that fits
    // in the sentence before; the help of the Pakistani army is in the act Beijing is accused of.
    [TestCase("The BLA, which is led by Bashir Zeb and has waged an insurgency against Islamabad for two decades, claimed responsibility in an emailed statement. It said it had targeted \"Chinese occupiers\" and accused Beijing of looting the province's gold, copper and gas with the help of the Pakistani army.", "balochistan-liberation-army CRITICIZES china", "pakistan-army SUPPORTS balochistan-liberation-army")]
    [TestCase("China has not formally recognised the Taliban government, but it accepted Bilal Karimi as the Taliban's ambassador in Beijing in January 2024. It has since become the largest foreign investor in Afghanistan's mining sector.", "china INVESTS_IN afghanistan", "taliban INVESTS_IN afghanistan")]
    // Written dev h56/a2.md:27 and h70/a1.md:27: "Its" opening its sentence reads the same, past a relative clause naming
    // another state.
    [TestCase("China, which calls Pakistan its \"ironclad friend\" and has poured more than $60 billion into the China-Pakistan Economic Corridor, has tried to stay out of the dispute in public. Its Foreign Ministry spokesman, Lin Jian, on Monday urged both neighbours to reopen the border and settle their differences through dialogue.", "china-ministry-of-foreign-affairs PART_OF china", "lin-jian DEMANDS_FROM china")]
    [TestCase("Pakistan, which accuses the Taliban of sheltering fighters of the Tehrik-e-Taliban Pakistan (TTP), has watched the rapprochement with alarm. Its foreign ministry said last week that India was backing TTP militants from Afghan territory, a charge New Delhi rejected as baseless.", "pakistan-ministry-of-foreign-affairs PART_OF pakistan", "taliban-ministry-of-foreign-affairs PART_OF taliban")]
    public void Process_ItOpeningSentenceAfterOnlySubjectThatFits_GivesItsClaim(string line, string expected, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(line);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Does.Not.Contain(wrong));
    }

    // Written dev h60/a1.md:12: the agent of a passive verb is the sentence's one actor that fits.
    [Test]
    public void Process_ItsOpeningSentenceAfterPassiveAgent_IsTheAgent()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The rally was organised by Atajurt, an Almaty-based volunteer group that has collected testimony on thousands of ethnic Kazakhs detained in Xinjiang since 2017. Its founder, Serikzhan Bilash, was arrested by Kazakh authorities in 2019 and later left the country.");
        Paragraph p = doc.Paragraphs[0];
        Reference? its = p.References.FirstOrDefault(r => p.Text[r.Start..r.End] == "Its");

        Assert.That(its?.Entity.Name, Is.EqualTo("Atajurt"));
    }

    // Written dev h43/a3.md:13-17: Ishaq Dar, named a paragraph before, left "he" after ", but" unsure.
    private const string Wang = "\"Neighbours cannot move away from each other,\" Wang told reporters, standing between Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and Afghanistan's acting Foreign Minister Amir Khan Muttaqi. He said China respected the sovereignty of both countries and would not take sides.";
    private const string Dar = "Dar said Pakistan expected \"verifiable action\" from the Afghan authorities against the Tehrik-e-Taliban Pakistan (TTP), which he said had carried out more than 600 attacks in Pakistan last year.";
    private const string Muttaqi = "Muttaqi, in a statement issued by his ministry, said the Islamic Emirate would not let any group threaten Pakistan from Afghan soil, but he rejected Pakistani claims that the TTP's leadership lives in Afghanistan.";

    [Test]
    public void Process_HeAfterCommaBut_IsTheSentenceSubject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Wang, Dar, Muttaqi);
        Paragraph p = doc.Paragraphs[2];
        Reference? he = p.References.FirstOrDefault(r => p.Text[r.Start..r.End] == "he");

        Assert.That(he?.Entity.Id, Is.EqualTo("amir-khan-muttaqi"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("amir-khan-muttaqi CRITICIZES pakistan"));
    }

    // CIA World Factbook, Turkmenistan (relation training set): a pronoun after ", and" behind a clause's own subject is
    // that clause's object (the area), not a continuation of the sentence's first name.
    [TestCase("Various Persian empires ruled the area in antiquity, and Alexander the Great, Muslim armies, the Mongols, Turkic warriors, and eventually the Russians conquered it.", "russia ATTACKS muslims")]
    public void Process_PronounAfterJoinedClausesOwnSubject_IsNoContinuation(string line, string claim)
    {
        Assert.That(ShippedClaims.Of(line), Does.Not.Contain(claim));
    }
}
