using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// A bare body noun before a role noun ("a ministry spokesman, Mohammad Sediq Wardak") refers to the body of that noun
/// named before, through the production pipeline on the shipped gazetteers and coreference.yaml.
/// </summary>
[TestFixture]
internal sealed class BodyRoleModifierTests
{
    private static Reference? At(Document doc, string words)
    {
        Paragraph paragraph = doc.Paragraphs[0];
        int start = paragraph.Text.IndexOf(words, StringComparison.Ordinal);
        return paragraph.References.FirstOrDefault(r => r.Start == start);
    }

    // Development text (h45): "a ministry spokesman" is the Ministry of Public Works the sentence names, and the person
    // in apposition holds a role in it.
    [Test]
    public void At_MinistryBeforeSpokesman_RefersToTheMinistryNamedBefore()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "The 50-km section, blasted through rock and scree at altitudes above 4,000 metres, was built over two summers by the Ministry of Public Works using Afghan contractors, a ministry spokesman, Mohammad Sediq Wardak, told Reuters.");

        Assert.That(At(doc, "ministry spokesman")?.Entity.Id, Is.EqualTo("d:organisation:ministry-of-public-work"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("d:person:mohammad-sediq-wardak HOLDS_ROLE_IN d:organisation:ministry-of-public-work"));
    }

    // Written line: a bare "ministry" that no role noun follows is no reference ("ministry officials", "the ministry
    // building" are left to the description rules).
    [Test]
    public void At_MinistryBeforeOtherNoun_IsNoReference()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "The road was built by the Ministry of Public Works, and a ministry engineer, Mohammad Sediq Wardak, inspected it.");

        Assert.That(At(doc, "ministry engineer"), Is.Null);
    }
}
