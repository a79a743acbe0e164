using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// How the scorer weighs an antecedent the article named with a noun of the description ("the Taliban government … the
/// administration"), through the production pipeline on the shipped gazetteers and coreference.yaml.
/// </summary>
[TestFixture]
internal sealed class CandidateScorerTests
{
    // Development text (h42): "the administration" is the Taliban the sentence before names as "the Taliban government"
    // (another noun of the same description), not China, the subject there.
    [Test]
    public void Score_DescriptionAfterNameWithSameDescriptionsNoun_PrefersThatName()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "China has not formally recognised the Taliban government, although President Xi Jinping accepted the credentials of its ambassador, Bilal Karimi, in January 2024. Russia became the first country to recognise the administration in July.");

        Paragraph paragraph = doc.Paragraphs[0];
        int start = paragraph.Text.IndexOf("the administration", StringComparison.Ordinal);
        Assert.That(paragraph.References.FirstOrDefault(r => r.Start == start)?.Entity.Id, Is.EqualTo("taliban"));
        IReadOnlyList<string> claims = ShippedClaims.In(doc);
        Assert.That(claims, Does.Contain("russia RECOGNIZES taliban"));
        Assert.That(claims, Does.Not.Contain("russia RECOGNIZES china"));
    }
}
