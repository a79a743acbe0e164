using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class RouteNamesTests
{
    // h42/a3.md, h46/a3.md, h57/a3.md, h59/a2.md: places joined by hyphens before a lower-case route head (cues route_heads),
    // perhaps after lower-case modifiers, name one project, and the claim about the route follows, not one about its end.
    [TestCase("Uzbekistan Railways, the state rail operator, already runs the Hairatan-Mazar-i-Sharif railway, which opened in 2011.",
        "Hairatan-Mazar-i-Sharif railway", "uzbekistan-railways BUILDS_OR_OPERATES Hairatan-Mazar-i-Sharif railway", "mazar-i-sharif")]
    [TestCase("Tehran has lobbied for Chinese money to finish its Chabahar-Zahedan railway and to build a branch line to the Afghan border at Milak.",
        "Chabahar-Zahedan railway", "iran BUILDS_OR_OPERATES Chabahar-Zahedan railway", "zahedan")]
    [TestCase("Beijing and Bishkek agreed in 2024 to modernise both crossings, and the Chinese-funded Osh-Irkeshtam highway was rebuilt by China Road and Bridge Corporation.",
        "Osh-Irkeshtam highway", "china FUNDS Osh-Irkeshtam highway", "osh")]
    [TestCase("Chinese companies have until now played a smaller part in Kyrgyz hydropower, though TBEA built the Datka-Kemin high-voltage line, completed in 2015, with a loan from China's Exim Bank.",
        "Datka-Kemin high-voltage line", "tbea BUILDS_OR_OPERATES Datka-Kemin high-voltage line", "kemin-kg")]
    public void Add_PlacesJoinedByHyphensBeforeRouteHead_NameOneProject(string line, string name, string claim, string end)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Paragraph paragraph = doc.Paragraphs[0];
        Mention route = paragraph.Mentions.Single(m => m.Entity.Name == name);
        Assert.That((route.Entity.Type, route.Kind), Is.EqualTo((EntityType.Project, MentionKind.Discovered)));
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Id), Does.Not.Contain(end));
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Name}"), Does.Contain(claim));
    }

    // h43/a3.md: a route the gazetteer names whole stays the curated project, never re-read from its ends.
    [Test]
    public void Add_CuratedRoute_StaysTheCuratedProject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The joint statement also welcomed progress on the Uzbekistan-Afghanistan-Pakistan railway, which the three countries agreed to build under a framework deal signed in Kabul in July 2025.");
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Project).Select(m => m.Entity.Id), Is.EqualTo(new[] { "trans-afghan-railway" }));
    }
}
