using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve;

[TestFixture]
internal sealed class MentionResolverTests
{
    [TestCase("In many ways, Beijing has sought to continue the relatively limited engagement efforts that were being undertaken prior to the takeover of Kabul by the Taliban.",
        "Beijing→china:metonym", "Kabul→kabul:name", "Taliban→taliban:name")]
    [TestCase("Xi Jinping and Kazakh President Kassym-Jomart Tokayev met at a summit in Beijing.",
        "Xi Jinping→xi-jinping:name", "Kazakh→kazakhstan:demonym", "Kassym-Jomart Tokayev→d:person:kassym-jomart-tokayev:discovered", "Beijing→beijing:name")]
    [TestCase("Both Beijing and Kabul worked closely together to keep the story out of the public domain.",
        "Beijing→china:metonym", "Kabul→afghanistan:metonym")]
    [TestCase("The Chinese embassy in Kabul has avoided these negative stories.", "Chinese→china:demonym", "Kabul→kabul:name")]
    [TestCase("By some U.S. estimates, Djibouti owes more than $1.2 billion to Beijing.", "U.S.→united-states:acronym", "Beijing→china:metonym")]
    public void Process_Capital_IsPlaceOrGovernmentByContext(string sentence, params string[] expected)
    {
        Assert.That(Docs.Mentions(Docs.Extract(sentence)), Is.EqualTo(expected));
    }

    [Test]
    public void Process_LocativeListIsData_EditingItChangesTheReading()
    {
        // The words that make a capital the place are cues.yaml's place_locatives: without "in", "a summit in Beijing"
        // reads Beijing as the government, as any capital with no locative before it.
        string yaml = SmallGazetteer.Yaml.Replace("place_locatives: [in, ", "place_locatives: [", StringComparison.Ordinal);
        Assert.That(yaml, Is.Not.EqualTo(SmallGazetteer.Yaml));

        Document doc = Docs.Process(Docs.Pipeline(yaml), "Xi Jinping and Kazakh President Kassym-Jomart Tokayev met at a summit in Beijing.");

        Assert.That(Docs.Mentions(doc), Does.Contain("Beijing→china:metonym"));
    }

    [TestCase("Travel between Nairobi and Mombasa by road is unpredictable and can take up to 15 hours.")]
    [TestCase("The arrests mark the first time Chinese officials have faced charges linked to the SGR, which has garnered controversy since the inaugural run between Nairobi, the capital, and Mombasa, a major coastal city, in mid 2017.")]
    public void Process_CapitalOnRouteOrDescribedAsCapital_IsPlace(string sentence)
    {
        Paragraph paragraph = Docs.Process(ShippedPipeline.Value, sentence).Paragraphs[0];
        Mention nairobi = paragraph.Mentions.Single(m => paragraph.Normalised[m.Start..m.End] == "Nairobi");
        Assert.That(nairobi.Entity.Id, Is.EqualTo("nairobi"));
    }

    // CIA World Factbook, Laos and Haiti (relation training set): "capital" right before the name, with or without a
    // comma, makes it the city.
    [TestCase("China, for example, provided 70% of the funding for a $5.9 billion, 400-km railway line between the Chinese border and the capital Vientiane, which opened for operations in 2021.", "Vientiane", "vientiane")]
    [TestCase("With control of much of the capital, Port-au-Prince, gang leaders called for the ouster of HENRY’S government.", "Port-au-Prince", "port-au-prince")]
    public void Process_CapitalNamedAfterCapital_IsPlace(string sentence, string name, string id)
    {
        Paragraph paragraph = Docs.Process(ShippedPipeline.Value, sentence).Paragraphs[0];
        Mention capital = paragraph.Mentions.Single(m => paragraph.Normalised[m.Start..m.End] == name);
        Assert.That(capital.Entity.Id, Is.EqualTo(id));
    }

    [TestCase("Last year, Uganda's Ministry of Education named 35 schools countrywide where the Chinese language would be taught.")]
    [TestCase("A government directive to introduce the teaching of Mandarin Chinese in schools may lead to better employment opportunities.")]
    [TestCase("But he says learning Chinese was easy, and upon graduation he was asked to start teaching in a pilot class in Luwero.")]
    public void Process_DemonymNamingALanguage_IsNoMentionOfTheCountry(string sentence)
    {
        Assert.That(Docs.Mentions(Docs.Extract(sentence)), Has.None.StartsWith("Chinese"));
    }

    [Test]
    public void Process_DemonymBeforeANoun_StaysTheCountry()
    {
        Assert.That(Docs.Mentions(Docs.Extract("Students learning Chinese characters met Chinese officials.")), Has.Exactly(2).StartsWith("Chinese→china"));
    }

    [Test]
    public void Process_PartialNameAfterFullName_ResolvesToThatPerson()
    {
        var doc = Docs.Extract(
            "Both Beijing and Kabul worked closely together to keep the story out of the public domain, with then-Vice President (and former NDS chief) Amrullah Saleh tasked to manage the relationship by President Ashraf Ghani.",
            "By early 2021, the relationship had been built up again to the point that Saleh was attending events at the Chinese embassy.",
            "Ghani spoke by telephone with Xi.");
        var partials = doc.Paragraphs.SelectMany(p => p.Mentions).Where(m => m.Kind == MentionKind.Partial).Select(m => (m.Entity.Id, m.Confidence)).ToList();
        Assert.That(partials, Is.EqualTo(new[] { ("amrullah-saleh", 0.9f), ("ashraf-ghani", 0.9f), ("xi-jinping", MentionResolver.GazetteerOnlyPartial) }));
    }

    // Development text (h32): "the elder Berdimuhamedov" is the father, whose first role began earlier, though the son is
    // named in full nearer before.
    [Test]
    public void Process_ElderBeforeSharedFamilyName_IsTheOlderPerson()
    {
        var doc = Docs.Process(ShippedPipeline.Value,
            "The ceremony near the Torghundi border crossing was attended by Gurbanguly Berdimuhamedov, who chairs Turkmenistan's People's Council and is the father and predecessor of President Serdar Berdimuhamedov, and by Abdul Ghani Baradar, the Taliban's deputy prime minister for economic affairs. It was the elder Berdimuhamedov's first visit to Afghanistan since he left the presidency in 2022.");
        Assert.That(Docs.Mentions(doc), Does.Contain("Berdimuhamedov→gurbanguly-berdimuhamedov:partial"));
        Assert.That(Docs.Mentions(doc), Does.Not.Contain("Berdimuhamedov→serdar-berdimuhamedov:partial"));
    }

    [Test]
    public void Process_GhaniInArticleNamingBothGhanis_IsAshrafGhaniNeverBaradar()
    {
        var doc = Docs.Extract(
            "Both Beijing and Kabul worked closely together, with then-Vice President Amrullah Saleh tasked to manage the relationship by President Ashraf Ghani.",
            "Chinese Foreign Minister Wang Yi, right, stands next to Mullah Abdul Ghani Baradar, acting deputy prime minister of the Afghan Taliban’s caretaker government, in Kabul on Mar. 24.",
            "Shortly before the Taliban’s visit, Chinese leaderXi Jinping spoke by telephone with Afghan President Ghani, likely in part to smooth relations.",
            "Baradar said little.");
        var ids = Docs.Mentions(doc);
        Assert.That(ids, Does.Contain("Mullah Abdul Ghani Baradar→abdul-ghani-baradar:name"));
        Assert.That(ids, Does.Contain("Ghani→ashraf-ghani:partial"));
        Assert.That(ids, Does.Contain("Baradar→abdul-ghani-baradar:partial"));
        Assert.That(ids, Does.Contain("Wang Yi→wang-yi:name"));
    }

    [Test]
    public void Process_DerivedLastNameWithoutFullName_IsNotResolved()
    {
        var doc = Docs.Extract("Baradar met Ghani in 2019.");
        Assert.That(Docs.Mentions(doc), Is.Empty);
    }

    [Test]
    public void Process_WangAlone_IsNeitherWangYiNorWangYu()
    {
        var doc = Docs.Extract("By November 2022, Chinese Ambassador to Afghanistan Wang Yu highlighted the aid.", "Wang said more would come.");
        Assert.That(Docs.Mentions(doc), Does.Contain("Wang Yu→wang-yu:name"));
        Assert.That(doc.Paragraphs[1].Mentions.Select(m => m.Entity.Id), Has.None.StartWith("wang-"));
    }

    [Test]
    public void Process_TheRepublicInAfghanArticle_IsTheAfghanRepublic()
    {
        var doc = Docs.Extract(
            "Prior to the collapse of the Republic, Beijing was a partner of the Afghan government.",
            "In security terms, China cooperated closely with the Republic on Uyghur militants Beijing saw gathering in Afghanistan.");
        Assert.That(Docs.Mentions(doc), Does.Contain("the Republic→afghan-republic:name"));
    }

    [Test]
    public void Process_TheRepublicWithoutAfghanistan_IsNotMatched()
    {
        var doc = Docs.Extract("The People's Republic of China and the Republic disagreed.");
        Assert.That(Docs.Mentions(doc), Is.EqualTo(new[] { "People's Republic of China→china:name" }));
    }

    // h26/a2.md (a development article, which names Afghanistan): "Chinese embassy" names the one in Kabul only when no
    // other place follows "in".
    [Test]
    public void Process_ConditionalAliasInAnotherPlace_AnotherBodyOfThatKind()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The Wakhan, a 350-km Afghan panhandle bordered by Tajikistan to the north and Pakistan to the south, touches China only at the remote Wakhjir Pass.",
            "Neither the Tajik Foreign Ministry nor the Chinese embassy in Dushanbe responded to requests for comment.");
        Paragraph paragraph = doc.Paragraphs[1];

        Mention embassy = paragraph.Mentions.Single(m => paragraph.Normalised[m.Start..m.End] == "Chinese embassy");

        Assert.That(embassy.Entity.Id, Is.Not.EqualTo("chinese-embassy-kabul"));
        Assert.That(embassy.Entity.Name, Is.EqualTo("Chinese embassy in Dushanbe"));
    }

    // Written dev h39/a1.md:30 (an article that does not name Afghanistan): "Chinese embassy" followed by "in" and
    // another place names that place's embassy all the same.
    [Test]
    public void Process_ConditionalAliasInAnotherPlaceWithoutItsCondition_AnotherBodyOfThatKind()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese embassy in Bishkek said in a separate statement that it hoped the dispute would be settled \"in accordance with law\", and it advised Chinese citizens to avoid the area.");

        Assert.That(claims, Does.Contain("d:organisation:chinese-embassy-in-bishkek BASED_IN bishkek"));
    }
}
