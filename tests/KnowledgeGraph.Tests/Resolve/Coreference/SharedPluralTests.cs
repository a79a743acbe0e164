using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// A plural pronoun after a description of several parties in its sentence ("the two sides said they …") refers to the
/// same parties, on the shipped gazetteers and coreference.yaml, through the production pipeline.
/// </summary>
[TestFixture]
internal sealed class SharedPluralTests
{
    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    private static IEnumerable<string> Claims(Paragraph paragraph) =>
        paragraph.Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}");

    // h50 a2: "they" are the two sides, China and Pakistan, so both of them oppose the groups named.
    [Test]
    public void Find_TheyAfterTheTwoSides_AreBothSides()
    {
        Document doc = Process(
            "BEIJING, January 22 (Reuters) - China and Pakistan agreed on Thursday to set up a joint security company to protect Chinese workers on projects in Pakistan, officials from both countries said, after months of pressure from Beijing following a wave of deadly attacks by Baloch separatists on Chinese nationals.",
            "The agreement was signed in Beijing by Pakistan's Interior Minister Mohsin Naqvi and China's Minister of Public Security, Wang Xiaohong, after talks that Chinese state media described as \"candid and in-depth\". Under the deal, Chinese security personnel will for the first time be allowed to work alongside Pakistani forces at project sites, though they will not carry weapons, according to a Pakistani official who was present.",
            "Naqvi, who arrived in Beijing on Tuesday, also met Foreign Minister Wang Yi, who told him that China expected Pakistan to \"eliminate the terrorist threat at its root\" and to give the highest priority to the safety of Chinese citizens.",
            "The deal marks a shift for Islamabad, which had long resisted Chinese requests to deploy their own guards, arguing that foreign security contractors would undermine its sovereignty and inflame Baloch nationalists who already oppose the China-Pakistan Economic Corridor (CPEC) as a form of colonial exploitation.",
            "China has poured about $30 billion into completed CPEC projects since 2015, including power stations, motorways and the port at Gwadar, which is run by the state-owned China Overseas Ports Holding Company. But at least 21 Chinese nationals have been killed in Pakistan since 2021, most of them in attacks claimed by the Balochistan Liberation Army (BLA) and its suicide unit, the Majeed Brigade.",
            "Ties between the two countries, which officials often call \"all-weather\" friends, have been strained by the violence. Chinese officials have complained publicly about security lapses, a rare departure from Beijing's customary diplomatic restraint, and last year Ambassador Jiang Zaidong called the repeated attacks on Chinese nationals \"unacceptable\" at a seminar in Islamabad. President Xi Jinping raised the issue with Prime Minister Shehbaz Sharif when the two met on the sidelines of the Shanghai Cooperation Organisation summit in Tianjin in September.",
            "Pakistan's army chief, Field Marshal Asim Munir, has vowed to crush the insurgency in Balochistan, and the military launched a series of operations against separatist hideouts in the province last year. The Special Security Division, a force of some 15,000 soldiers raised in 2016 to guard CPEC projects, is being expanded by a second division, the army said in December. The division works alongside the Frontier Corps, a paramilitary force under the Interior Ministry that patrols the province's borders with Iran and Afghanistan.",
            "Pakistani officials privately acknowledge that the pressure has intensified since October, when a convoy of Chinese port workers was ambushed in Gwadar, whose deep-sea port is the centrepiece of the corridor.",
            "In a joint statement, the two sides said they would \"jointly combat\" the BLA, the East Turkestan Islamic Movement and the Pakistani Taliban, and would not allow \"any force\" to sabotage CPEC. China also reiterated its support for Pakistan's sovereignty and territorial integrity.");

        int last = doc.Paragraphs.Count - 1;
        Reference? they = At(doc, last, "they");
        Assert.That(they, Is.Not.Null);
        Assert.That(Meant(they!), Is.EquivalentTo(new[] { "china", "pakistan" }));
        Assert.That(Claims(doc.Paragraphs[last]), Does.Contain("china OPPOSES balochistan-liberation-army"));
        Assert.That(Claims(doc.Paragraphs[last]), Does.Contain("china OPPOSES ttp"));
    }

    // h39 a1: "their border" is the two countries', not that of the two passes named between.
    [Test]
    public void Find_TheirAfterTheTwoCountriesPastPlaces_IsTheTwoCountries()
    {
        Document doc = Process(
            "China is Kyrgyzstan's largest trading partner and, through the Export-Import Bank of China, holds roughly 40 percent of the country's external debt. Trade between the two countries, most of it trucked through the Torugart and Irkeshtam passes on their 1,060-km border, has more than doubled since 2020.");

        Reference? their = At(doc, 0, "their");
        Assert.That(their, Is.Not.Null);
        Assert.That(Meant(their!), Is.EquivalentTo(new[] { "china", "kyrgyzstan" }));
        Assert.That(Claims(doc.Paragraphs[0]), Does.Contain("china BORDERS kyrgyzstan"));
        Assert.That(Claims(doc.Paragraphs[0]), Does.Not.Contain("irkeshtam BORDERS torugart"));
    }

    // h30 a3: a name after a preposition stands aside: "they" are the three sides, not the Turkestan Islamic Party.
    [Test]
    public void Find_TheyAfterTheThreeSidesPastPrepositionObject_AreTheThreeSides()
    {
        Document doc = Process(
            "BEIJING, April 14 (Reuters) - China hosted the foreign ministers of Pakistan and Afghanistan on Tuesday for the seventh round of their trilateral dialogue, pressing both neighbours to keep a fragile border truce and to cooperate against militant groups that threaten Chinese interests in the region. The meeting was the first gathering of the three ministers since deadly clashes on the Pakistan-Afghanistan border in December.",
            "Chinese Foreign Minister Wang Yi, who is also a member of the Communist Party's Politburo, met Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and Amir Khan Muttaqi, the Taliban administration's acting foreign minister, at the Diaoyutai State Guesthouse before the three held a joint session. In a joint statement afterwards, the three sides pledged to step up intelligence sharing against the Turkestan Islamic Party and said they would not allow any group to use their territory against one another.");

        Reference? they = At(doc, doc.Paragraphs.Count - 1, "they");
        Assert.That(they, Is.Not.Null);
        Assert.That(Meant(they!), Is.EquivalentTo(new[] { "china", "pakistan", "afghanistan" }));
    }
}
