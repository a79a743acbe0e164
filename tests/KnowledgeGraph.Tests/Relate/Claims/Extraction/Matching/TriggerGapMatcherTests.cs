using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Matching;

/// <summary>Triggers whose words stand apart with a topic, a place or a closing quotation mark between them, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class TriggerGapMatcherTests
{
    // Written wire-report lines (no seed or VOA sentence puts a topic between a relation noun and its preposition).
    [Test]
    public void End_TopicBetweenNounAndPreposition_NounStillRelatesTheParties()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbekistan signed an agreement on water sharing with Kyrgyzstan.");

        Assert.That(claims, Does.Contain("kyrgyzstan SIGNS_AGREEMENT_WITH uzbekistan"));
    }

    [Test]
    public void End_NameInsideTheTopic_NoGapRead()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia hosted talks on Afghanistan with envoys from China, Pakistan and Iran.");

        Assert.That(claims, Has.None.Match("NEGOTIATES_WITH (china|iran|pakistan)"));
    }

    // Wire report (the twenty-ninth development set): the place of the talks stands between the noun and its "with".
    [Test]
    public void End_PlaceBetweenNounAndPreposition_Negotiates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The meeting came days after China's special envoy for Afghanistan, Yue Xiaoyong, held talks in Kabul with Foreign Minister Amir Khan Muttaqi and Deputy Prime Minister Abdul Ghani Baradar on security and trade.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi NEGOTIATES_WITH yue-xiaoyong"));
        Assert.That(claims, Does.Contain("abdul-ghani-baradar NEGOTIATES_WITH yue-xiaoyong"));
        Assert.That(claims, Has.None.Contains("NEGOTIATES_WITH kabul"));
    }

    // Written development line (h55/a1), after the article's opening line that names the two countries: a quoted
    // fragment ends with the relation noun, and its preposition follows the closing quotation mark.
    [Test]
    public void End_QuoteClosedBeforePreposition_Cooperates()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "ISLAMABAD, February 17 (Reuters) - Pakistan and China agreed on Tuesday to reschedule about 420 billion rupees ($1.5 billion) that Pakistan owes to Chinese independent power producers, Finance Minister Muhammad Aurangzeb said, days before an International Monetary Fund mission arrives in Islamabad to review the country's $7 billion loan programme.",
            "The Chinese embassy in Islamabad said in a statement that the agreement reflected the \"all-weather strategic cooperative partnership\" between the two countries. It urged Pakistan to ensure that future payments are made on time and that Chinese personnel at the plants are protected.");

        IEnumerable<string> quoted = doc.Paragraphs.SelectMany(p => p.Claims)
            .Where(c => c.Trigger.StartsWith("partnership", StringComparison.Ordinal))
            .Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}");
        Assert.That(quoted, Does.Contain("china COOPERATES_WITH pakistan"));
    }

    // Written development line (h65/a1): "of" and a measure stand between the noun and its preposition.
    [Test]
    public void End_MeasureAfterOfBetweenNounAndPreposition_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kazakhstan, which shares a border of more than 1,700 km with China's Xinjiang region, is the largest economy in Central Asia and a founding member of the Shanghai Cooperation Organisation (SCO).");

        Assert.That(claims, Does.Contain("kazakhstan BORDERS xinjiang"));
    }

    // Invented wire lines: a sum after "of" with a bracketed conversion, and one after "worth" that opens with an
    // approximation of two words.
    [TestCase("Japan announced aid of about $30 million (4.5 billion yen) to Afghanistan.", "japan PROVIDES_AID_TO afghanistan")]
    [TestCase("Russia signed loans worth more than $5 billion to Egypt.", "russia FUNDS egypt")]
    public void End_SumAfterOfOrWorth_NounRelatesTheParties(string line, string claim)
    {
        Assert.That(ShippedClaims.Of(line), Does.Contain(claim));
    }

    // tests/eval/written/h70/a3.md:31: "of" and the goods traded stand between the noun and its preposition.
    [Test]
    public void End_GoodsAfterOfBetweenNounAndPreposition_TradesWith()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In the capital's Lajpat Nagar market, Haji Abdul Qadir Nuri, who heads the Afghan Traders' Association, said Afghan exports of dried fruit and saffron to India had risen by a quarter since an air freight corridor run by Ariana Afghan Airlines resumed in January.");

        Assert.That(claims, Does.Contain("afghanistan TRADES_WITH india"));
    }
}
