using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// Descriptions of a narrow kind read beyond the window, through the shipped pipeline on the opening paragraphs of a
/// development article (h35/a1.md, each line one paragraph).
/// </summary>
[TestFixture]
internal sealed class KindAntecedentTests
{
    private const string Agreement = "TASHKENT, October 14 (Reuters) - Uzbekistan and Afghanistan's Taliban administration agreed on Tuesday to set up a joint technical commission to measure how much water the Qosh Tepa canal draws from the Amu Darya, Uzbek officials said, the first formal mechanism between the two neighbours on a project that Tashkent has repeatedly criticised.";
    private const string Talks = "The agreement was reached during talks in Tashkent between Uzbek Foreign Minister Bakhtiyor Saidov and a Taliban delegation led by Abdul Latif Mansoor, the acting minister of water and energy in Kabul. Saidov also held a separate meeting with Mansoor and \"stressed the need for a fair and reasonable use of transboundary rivers\", the Uzbek Foreign Ministry said in a statement.";
    private const string Route = "The 285-km (177-mile) canal, which the Taliban began digging in March 2022, runs west from the river through Afghanistan's northern provinces of Balkh, Jowzjan and Faryab and is meant to irrigate up to 550,000 hectares of desert. The Amu Darya forms much of Afghanistan's northern border with Tajikistan, Uzbekistan and Turkmenistan before flowing on towards the shrunken Aral Sea.";
    private const string Fear = "Uzbek officials fear the canal could cut the river's flow by as much as 15%, endangering cotton and wheat farms in Uzbekistan's Khorezm region and the autonomous republic of Karakalpakstan, where the retreat of the Aral Sea has already left farmland salty and dry. Speaking at a regional summit in 2023, President Shavkat Mirziyoyev warned that the project \"could radically change the water regime\" of the Amu Darya and urged Kabul to join regional talks on sharing the river.";
    private const string Builder = "The first 108-km section of the canal was completed in October 2023, and the second phase, which carries the water west towards the Turkmen border, is largely finished, according to the National Development Corporation, the state-owned Afghan company that is building the canal. Mansoor said the Islamic Emirate would pay for a third phase from its own budget, as it had for the first two.";

    private static List<string> References(Paragraph paragraph) =>
        [.. paragraph.References.Select(r => $"{paragraph.Text[r.Start..r.End]}→{r.Entity.Name}")];

    [Test]
    public void Process_KindNamedOnceBeyondTheWindow_IsTheOneNamed()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Agreement, Talks, Route, Fear);

        Assert.That(References(doc.Paragraphs[3]), Does.Contain("the canal→Qosh Tepa canal"));
    }

    [Test]
    public void Process_KindBeyondTheWindow_GivesTheClaim()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Agreement, Talks, Route, Fear, Builder);

        Assert.That(doc.Paragraphs[4].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"),
            Does.Contain("National Development Corporation BUILDS_OR_OPERATES Qosh Tepa canal"));
    }

    [Test]
    public void Process_RegionBeyondTheWindow_IsNotRead()
    {
        // h34/a1.md: "the region" is the one the article is about, not the region it named paragraphs before.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Uzbek officials fear the canal could cut the river's flow by as much as 15%, endangering cotton and wheat farms in Uzbekistan's Khorezm region and the autonomous republic of Karakalpakstan, where the retreat of the Aral Sea has already left farmland salty and dry.",
            Talks, Route,
            "Tajikistan, whose President Emomali Rahmon has been the region's most outspoken critic of the Taliban, sent only a mid-level diplomat to the talks.");

        Assert.That(doc.Paragraphs[3].References.Select(r => r.Entity.Type), Has.None.EqualTo(EntityType.Place));
    }
}
