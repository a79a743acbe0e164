using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class PlaceBodiesTests
{
    // h45/a3.md, h41/a1.md: "the <province> police" (cues place_body_heads) is the province's police, not the province.
    [TestCase("Gunmen on motorcycles opened fire on the workers' camp late on Sunday, killing the two Chinese and an Afghan guard and wounding three other employees, said Abdul Wahid Tawhidi, a spokesman for the Badakhshan police.",
        "Abdul Wahid Tawhidi HOLDS_ROLE_IN Badakhshan Police", "Abdul Wahid Tawhidi HOLDS_ROLE_IN Badakhshan")]
    [TestCase("Two other Chinese engineers and four officers of the Special Protection Unit, a wing of the Sindh police created to guard foreigners working on CPEC projects, were wounded.",
        "Special Protection Unit PART_OF Sindh Police", "Special Protection Unit PART_OF Sindh")]
    public void Add_ProvinceNameAndPolice_IsTheProvincePolice(string line, string claim, string wrong)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Single(m => m.Entity.Name.EndsWith(" Police", StringComparison.Ordinal)).Entity.Type, Is.EqualTo(EntityType.Organisation));
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain(claim).And.Not.Contain(wrong));
    }
}
