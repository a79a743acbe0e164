using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve;

[TestFixture]
internal sealed class DiscoveredRepeatsTests
{
    private const string Villagers =
        "Police said about 300 residents of the nearby village of Jyluu-Bulak stormed the company's camp on Monday night, setting fire to two trucks and injuring seven Chinese employees, after weeks of complaints that cyanide from the mine's tailings had leaked into the Chatkal River.";

    [Test]
    public void Process_PlaceWrittenAgainWithoutItsCue_IsThePlace()
    {
        // h48/a2.md: "the village of Jyluu-Bulak" is found by its cue; "a school in Jyluu-Bulak" has none.
        Document doc = Docs.Process(ShippedPipeline.Value, Villagers,
            "It said it had paid 40 million soms in local taxes last year and had built a school in Jyluu-Bulak.");
        Assert.That(doc.Paragraphs[1].Mentions.Where(m => doc.Paragraphs[1].Normalised[m.Start..m.End] == "Jyluu-Bulak").Select(m => m.Entity.Id),
            Is.EqualTo(new[] { "d:place:jyluu-bulak" }));
    }

    [Test]
    public void Process_CompanyNamedAloneLater_ClaimsGoToTheCompany()
    {
        // h39/a1.md: "Kyrgyzaltyn, Kyrgyzstan's state gold company" is found by its description; later it stands alone.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The mine is run by Tianshan Jinyuan Mining, a subsidiary of Xinjiang Jinyuan Group, an Urumqi-based firm that is believed to be controlled by Xinjiang's regional government. Jinyuan holds 70 percent of the project, and Kyrgyzaltyn, Kyrgyzstan's state gold company, owns the rest.",
            "Kyrgyzaltyn is also the junior partner of China's Zijin Mining at the Taldybulak Levoberezhny gold mine in the Chuy region, which has operated without major disputes since 2015. Its chairman, Almazbek Dzhumabaev, said on Tuesday that the state company would ask Jinyuan to pay for a water treatment plant for the villages downstream of Jangy-Tash.");
        string[] claims = [.. doc.Paragraphs[1].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}")];
        Assert.That(claims, Does.Contain("Almazbek Dzhumabaev LEADS Kyrgyzaltyn"));
        Assert.That(claims, Does.Not.Contain("Almazbek Dzhumabaev LEADS Zijin Mining"));
    }

    [Test]
    public void Process_CompanyNamedWithoutItsLastWord_IsTheCompany()
    {
        // h48/a2.md: "Hengxin Jinlong" is "Hengxin Jinlong Mining", named before.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The licence of Hengxin Jinlong Mining, which has operated the Kara-Tash open-pit mine in the Chatkal district since 2019, was frozen for six months pending an environmental audit, ministry spokeswoman Aizada Toktogulova said.",
            "Hengxin Jinlong, a subsidiary of the Urumqi-based Xinjiang Hengxin Resources Group, which is believed to have close ties to the Xinjiang Production and Construction Corps, denied that any cyanide had escaped and said its tailings dam met Chinese and Kyrgyz standards.");
        Assert.That(doc.Paragraphs[1].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"),
            Does.Contain("Hengxin Jinlong Mining PART_OF Xinjiang Hengxin Resources Group"));
    }

    [Test]
    public void Process_NameBeforeANounItModifies_IsNoRepeat()
    {
        // h37/a1.md: "the Islam Qala reception centre" is the centre, not the "Islam Qala" found before.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Mawlawi Abdul Kabir, who heads the ministry, told reporters at Islam Qala on Tuesday that the Islamic Emirate had asked Tehran to slow the expulsions and to let deportees bring their savings home.",
            "At the crossing, 120 km west of Herat city, families waited in 40-degree heat to be registered by the Taliban's Ministry of Refugees and Repatriation, which runs the Islam Qala reception centre with the IOM and the U.N. refugee agency, UNHCR.");
        Assert.That(doc.Paragraphs[1].Mentions.Select(m => doc.Paragraphs[1].Normalised[m.Start..m.End]), Does.Not.Contain("Islam Qala"));
    }

    [Test]
    public void Process_NameBeforeAPersonsRole_IsTheBody()
    {
        // h47/a1.md: "the nationalist youth movement Kalys" is found by its description; "Kalys leader Bakyt Osmonov" leads it.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Police said the rally, called by the nationalist youth movement Kalys, ended peacefully after about three hours. Two of the movement's leaders were briefly detained for blocking the main road towards the Torugart pass on the Chinese border, the Interior Ministry said.",
            "Kalys leader Bakyt Osmonov, one of the two men detained, told Reuters the movement would keep protesting until the centre was closed. \"Next time we will come to Bishkek,\" he said.");
        Assert.That(doc.Paragraphs[1].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain("Bakyt Osmonov LEADS Kalys"));
    }
}
