using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// Descriptions named by their owner and kind (coreference.yaml `owned`), through the shipped pipeline on real lines of
/// the VOA dev split and the seeds (each line one paragraph of an article).
/// </summary>
[TestFixture]
internal sealed class OwnedDescriptionsTests
{
    private const string LasersInDjibouti = "China is denying accusations that it fired military-grade lasers at U.S. planes landing at Camp Lemonnier, in the East African nation of Djibouti.";
    private const string NewBase = "He recently said that China’s new base allows it to install communication, and possibly interception, systems that allow it to monitor what other powers are doing.";
    private const string TajikPresence = "This led to the creation of a People’s Armed Police (PAP) permanent presence being established in Tajikistan along the top of the Wakhan Corridor—the thin strip of Afghanistan which reaches out and touches China, separating Tajikistan from Pakistan.";

    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    /// <summary>"words→entity-id (owner words)" for every described mention, in paragraph order.</summary>
    private static List<string> Described(Document doc) =>
        [.. doc.Paragraphs.SelectMany(p => p.Mentions.Where(m => m.Kind == MentionKind.Described)
            .Select(m => $"{p.Text[m.Start..m.End]}→{m.Entity.Id} ({p.Text[p.Tokens[m.OwnerToken].Start..p.Tokens[m.OwnerToken].End]})"))];

    [Test]
    public void Process_CapitalPossessiveBeforeBase_NamesTheOwnersBase()
    {
        Document doc = Process("U.S. intelligence warned this past September (2017) that Beijing's first overseas military base, at Doraleh, in the east African nation of Djibouti, was likely to be the first of many.");

        Assert.That(Described(doc), Is.EqualTo(new[] { "first overseas military base→djibouti-base (Beijing)" }));
    }

    [Test]
    public void Process_CountryPossessiveWhereArticleNamesThePlace_NamesTheBase()
    {
        Document doc = Process(LasersInDjibouti, NewBase);

        Assert.That(Described(doc), Is.EqualTo(new[] { "new base→djibouti-base (China)" }));
    }

    [Test]
    public void Process_ArticleNamesNoPlaceOfABase_NamesNothing()
    {
        Assert.That(Described(Process(NewBase)), Is.Empty);
    }

    [Test]
    public void Process_ArticleNamesThePlacesOfTwoBases_NamesNothing()
    {
        // The seed means the outpost in Tajikistan; the article names Djibouti too, so "China's … base" is either.
        Document doc = Process(TajikPresence, "This was China’s first-known military base outside its borders; it has since more publicly established a naval base in Djibouti and is currently exploring opportunities in other places as well.");

        Assert.That(Described(doc), Is.Empty);
    }

    [Test]
    public void Process_NounBeforeBase_NamesNothing()
    {
        Document doc = Process(TajikPresence, "The net result of that would be to weaken Beijing’s support base in its larger geopolitical confrontation with the West, and would also provide more space for the West to focus more on China.");

        Assert.That(Described(doc), Is.Empty);
    }

    [Test]
    public void Process_IndefiniteObjectOfOpened_OwnerIsTheVerbsSubject()
    {
        Document doc = Process("In its response, China did not explain why the U.S. claims are untrue or directly deny that they have employed lasers in Djibouti, where China recently opened a new logistics and military base.");

        Assert.That(Described(doc), Is.EqualTo(new[] { "new logistics and military base→djibouti-base (China)" }));
    }

    [Test]
    public void Process_VerbWithoutParsedSubject_OwnerIsTheCountryBeforeIt()
    {
        // The parse reads "China" as an apposition of "the Indian Ocean", and in this paragraph coreference leaves "its"
        // unresolved (China and Africa both fit): the country right before "opened" owns the base.
        Document doc = Process(
            "Historically, China exerted its security presence in Africa through contributions to United Nations peacekeeping missions, Fabricius said. However, it has long used its U.N. involvement to protect its interests, he added.",
            "For instance, in South Sudan, where China has significant oil interests, the country has contributed a 700-troop infantry battalion to the U.N. mission, UNMISS. In the Democratic Republic of Congo — a major supplier of copper and cobalt to the Chinese economy — China has contributed 220 troops to the U.N. mission, MONUSCO.",
            "But recently, China has shown a willingness to take direct military action in Africa. Its navy has monitored and captured Somali pirates in the Indian Ocean, and last year China opened its first overseas logistics and military base, a naval resupply facility in Djibouti.");

        Assert.That(doc.Paragraphs[2].References.Select(r => doc.Paragraphs[2].Text[r.Start..r.End]), Has.None.EqualTo("its"));
        Assert.That(Described(doc), Is.EqualTo(new[] { "first overseas logistics and military base→djibouti-base (China)" }));
    }
}
