using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// Descriptions of a group of three ("the three sides", "all three countries", "the three") on the shipped gazetteers
/// and coreference.yaml, through the production pipeline, on lines of the written development articles.
/// </summary>
[TestFixture]
internal sealed class GroupChooserTests
{
    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    private const string Hosted =
        "BEIJING, April 14 (Reuters) - China hosted the foreign ministers of Pakistan and Afghanistan on Tuesday for the seventh round of their trilateral dialogue, pressing both neighbours to keep a fragile border truce and to cooperate against militant groups that threaten Chinese interests in the region. The meeting was the first gathering of the three ministers since deadly clashes on the Pakistan-Afghanistan border in December.";

    private const string Statement =
        "Chinese Foreign Minister Wang Yi, who is also a member of the Communist Party's Politburo, met Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and Amir Khan Muttaqi, the Taliban administration's acting foreign minister, at the Diaoyutai State Guesthouse before the three held a joint session. In a joint statement afterwards, the three sides pledged to step up intelligence sharing against the Turkestan Islamic Party and said they would not allow any group to use their territory against one another.";

    // h30 a3: the host and the two whose ministers it hosted are the three sides; the Taliban administration beside
    // Pakistan is no third country, and a sentence naming two of the three is passed over.
    [Test]
    public void Choose_TheThreeSidesAfterHostAndGuests_TheThreeCountries()
    {
        Document doc = Process(Hosted, Statement);

        Reference? sides = At(doc, 1, "the three sides");
        Assert.That(sides, Is.Not.Null);
        Assert.That(Meant(sides!), Is.EquivalentTo(new[] { "china", "pakistan", "afghanistan" }));
    }

    // h29 a2: "the three" with no noun are the three persons named together before, not their countries.
    [Test]
    public void Choose_TheThreeAfterHostAndCounterparts_TheThreePersons()
    {
        Document doc = Process(
            "China has tried to stay out of the quarrel, urging both neighbours to settle their differences through dialogue. Foreign Minister Wang Yi hosted his Afghan and Pakistani counterparts, Amir Khan Muttaqi and Ishaq Dar, in Beijing in May, and the three signed a memorandum on extending the China-Pakistan Economic Corridor into Afghanistan.");

        Reference? three = At(doc, 0, "the three signed");
        Assert.That(three, Is.Not.Null);
        Assert.That(Meant(three!), Is.EquivalentTo(new[] { "wang-yi", "amir-khan-muttaqi", "ishaq-dar" }));
        Assert.That(ShippedClaims.In(doc), Does.Contain("ishaq-dar SIGNS_AGREEMENT_WITH wang-yi")
            .And.Contain("amir-khan-muttaqi SIGNS_AGREEMENT_WITH wang-yi").And.Contain("amir-khan-muttaqi SIGNS_AGREEMENT_WITH ishaq-dar"));
    }

    // h32 a3: among more persons of one sentence ("Zhao's visit", the three ministers), the three joined in one list.
    [Test]
    public void Choose_TheThreeAfterListAmongMore_TheList()
    {
        Document doc = Process(
            "Zhao's visit comes ahead of a trilateral meeting in Islamabad later this month at which the foreign ministers of China, Afghanistan and Pakistan, Wang Yi, Amir Khan Muttaqi and Ishaq Dar, are expected to discuss extending the China-Pakistan Economic Corridor into Afghanistan. Pakistani Prime Minister Shehbaz Sharif is expected to receive the two visiting ministers. The three last met in Kabul in August, when they agreed to step up security cooperation against militant groups.");

        Reference? three = At(doc, 0, "The three");
        Assert.That(three, Is.Not.Null);
        Assert.That(Meant(three!), Is.EquivalentTo(new[] { "wang-yi", "amir-khan-muttaqi", "ishaq-dar" }));
        Assert.That(ShippedClaims.In(doc), Does.Contain("amir-khan-muttaqi MEETS ishaq-dar").And.Not.Contain("china MEETS pakistan"));
    }

    // h33 a1: three countries named in one sentence but in clauses of their own, none joined, are no group.
    [Test]
    public void Choose_ThreeCountriesNoneJoined_NoReference()
    {
        Document doc = Process(
            "Some analysts say the trilateral format reflects Beijing's reluctance to rely on Russian-led security structures in the region. Russia leads the Collective Security Treaty Organization (CSTO), to which Kyrgyzstan belongs; Uzbekistan left the bloc in 2012.",
            "All three countries are members of the Shanghai Cooperation Organisation (SCO), whose Regional Anti-Terrorist Structure is headquartered in Tashkent.");

        Assert.That(At(doc, 1, "All three countries"), Is.Null);
        Assert.That(ShippedClaims.In(doc), Does.Not.Contain("russia MEMBER_OF sco"));
    }

    // h33 a1 (its opening sentence before its closing one): "all three countries" are the three joined in one list.
    [Test]
    public void Choose_AllThreeCountriesAfterList_TheList()
    {
        Document doc = Process(
            "TASHKENT, October 21 (Reuters) - China, Kyrgyzstan and Uzbekistan signed an agreement on Tuesday to set up a Joint Railway Security Centre for the China-Kyrgyzstan-Uzbekistan railway, officials said.",
            "All three countries are members of the Shanghai Cooperation Organisation (SCO), whose Regional Anti-Terrorist Structure is headquartered in Tashkent.");

        Reference? all = At(doc, 1, "All three countries");
        Assert.That(all, Is.Not.Null);
        Assert.That(Meant(all!), Is.EquivalentTo(new[] { "china", "kyrgyzstan", "uzbekistan" }));
        Assert.That(ShippedClaims.In(doc), Does.Contain("china MEMBER_OF sco").And.Contain("kyrgyzstan MEMBER_OF sco").And.Contain("uzbekistan MEMBER_OF sco"));
    }

    // h32 a2: four countries in one sentence, only two of them joined ("to Pakistan and India", "the U.S. oil company"), are
    // no clear group of four.
    [Test]
    public void Choose_FourCountriesTwoJoined_NoReference()
    {
        Document doc = Process(
            "The 1,814-km pipeline, designed to carry 33 billion cubic metres of gas a year from Turkmenistan's Galkynysh field to Pakistan and India, was first proposed in the 1990s, when the Taliban held talks with the U.S. oil company Unocal on a similar route.",
            "The Asian Development Bank, which advised the four countries on the project for more than a decade, has put no money into the pipeline since the Taliban returned to power.");

        Assert.That(At(doc, 1, "the four countries"), Is.Null);
    }

    // h35 a2: a name the sentence repeats after its list ("… and Kyrgyzstan would press ahead with the Kambarata-1 dam in
    // Kyrgyzstan") still counts as listed, and "the three countries" are the three joined.
    [Test]
    public void Choose_ListedNameRepeatedAfterList_TheList()
    {
        Document doc = Process(
            "Uzbek Energy Minister Jurabek Mirzamakhmudov said after the meeting that Uzbekistan, Kazakhstan and Kyrgyzstan would press ahead with the Kambarata-1 dam in Kyrgyzstan, which the three countries agreed in 2023 to build together.");

        Reference? three = At(doc, 0, "the three countries");
        Assert.That(three, Is.Not.Null);
        Assert.That(Meant(three!), Is.EquivalentTo(new[] { "uzbekistan", "kazakhstan", "kyrgyzstan" }));
    }
}
