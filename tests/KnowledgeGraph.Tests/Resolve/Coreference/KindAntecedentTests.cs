using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// Descriptions of a narrow kind read beyond the window, through the shipped pipeline on the opening paragraphs of
/// development articles (h35/a1.md, h44/a1.md, h57/a1.md; each line one paragraph).
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

    [Test]
    public void Process_LineAfterRailwayNamedParagraphsBefore_GivesTheRailwaysClaim()
    {
        // h57/a1.md: "The line" is the railway the first paragraph named and the last one calls "the railway".
        Document doc = Docs.Process(ShippedPipeline.Value,
            "BISHKEK, February 17 (Reuters) - Kyrgyzstan on Tuesday signed contracts worth $2.1 billion with China Railway Group and its subsidiary China Railway Tunnel Group to build the mountain section of the China-Kyrgyzstan-Uzbekistan railway, the Kyrgyz transport ministry said. The work will be paid for largely with a loan from China's Export-Import Bank, deepening the Central Asian country's debt to its giant neighbour.",
            "Under the agreements, the two Chinese state-owned companies will dig more than 40 tunnels and build about 90 bridges on a 105-km stretch between the Torugart pass on the Chinese border and the village of Makmal in Jalal-Abad region. Transport Minister Nurlan Abdykadyrov, who signed the documents alongside executives of both firms, said the first trains could run by 2030.",
            "The 523-km line will run from Kashgar in China's Xinjiang region across the Tian Shan mountains to Andijan in eastern Uzbekistan, giving Chinese exporters a southern rail route to Europe and the Middle East that bypasses Russia and Kazakhstan. Beijing, Bishkek and Tashkent signed the intergovernmental agreement on the project in June 2024, and construction formally began with a ceremony in Jalal-Abad that December.",
            "Kyrgyzstan's share of the cost, estimated at $2.3 billion, is to be covered by Chinese credit, with repayments drawn from future freight revenue. The government has not published the loan terms.",
            "\"We are building a railway, not a trap,\" Cabinet Chairman Adylbek Kasymaliev told the Jogorku Kenesh, the Kyrgyz parliament, last week, rejecting claims by opposition deputy Aibek Osmonov that the project would hand Beijing leverage over the country's mineral deposits. He said the Chinese loan would be repaid over 20 years and that Kyrgyzstan had secured a five-year grace period.",
            "Osmonov, who represents the Naryn region that the line will cross, has demanded that the cabinet publish the contracts with the Chinese firms. \"Nobody in this country has seen what we have promised China in exchange,\" he told Reuters.",
            "Kyrgyzstan owes about $1.7 billion to China Exim Bank, roughly 40 percent of its external debt, according to finance ministry data, making the bank by far its largest creditor. Much of that debt dates from loans for the Datka-Kemin power line and the North-South road, both built by Chinese contractors.",
            "The International Monetary Fund, whose staff visited Bishkek in January, said in its latest review that the railway borrowing could push public debt above 60 percent of gross domestic product by 2028. The Washington-based lender urged the authorities to seek grants and equity from partners instead of new loans.",
            "China's foreign ministry spokesman Guo Jiakun dismissed the debt concerns on Monday, saying Chinese financing for the railway was \"transparent, sustainable and welcomed by the people of both countries\". The line is a flagship of President Xi Jinping's Belt and Road Initiative in Central Asia.");

        Assert.That(doc.Paragraphs[8].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"),
            Does.Contain("China-Kyrgyzstan-Uzbekistan railway PART_OF Belt and Road Initiative"));
    }

    [Test]
    public void Process_LineAfterPipelineNamed_IsThePipeline()
    {
        // h44/a1.md: "The line is run by …" two paragraphs after the pipeline is named.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "ASTANA, October 14 (Reuters) - Kazakhstan's state oil company KazMunayGas and China National Petroleum Corporation (CNPC) signed an agreement on Tuesday to expand the pipeline that carries Kazakh crude to western China, a project that will be financed largely by a loan from the state-owned China Development Bank.",
            "The upgrade will raise the capacity of the Kazakhstan-China oil pipeline, which runs about 2,800 km from the oil hub of Atyrau in western Kazakhstan to the Alashankou border crossing in Xinjiang, to 25 million tonnes a year from 20 million tonnes, KazMunayGas said in a statement. The work, to be carried out by KazTransOil and CNPC's engineering arm China Petroleum Pipeline Engineering, is due to be completed by the end of 2028.",
            "The line is run by Kazakhstan China Pipeline LLC, a 50-50 joint venture of KazMunayGas's pipeline unit KazTransOil and CNPC. It has carried more than 200 million tonnes of oil to China since its first section opened in 2006.");

        Assert.That(References(doc.Paragraphs[2]), Does.Contain("The line→Kazakhstan-China oil pipeline"));
    }
}
