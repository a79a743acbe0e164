using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// "the" and a noun no description lists refers to the one entity in reach whose name ends in that noun ("New Gwadar
/// International Airport … The airport"), through the production pipeline on the shipped gazetteers and coreference.yaml.
/// </summary>
[TestFixture]
internal sealed class NameNounAntecedentTests
{
    private static Reference? At(Document doc, string words)
    {
        Paragraph paragraph = doc.Paragraphs[0];
        int start = paragraph.Text.IndexOf(words, StringComparison.Ordinal);
        return paragraph.References.FirstOrDefault(r => r.Start == start);
    }

    // Development text (h31): "The airport" is the New Gwadar International Airport of the sentence before, which China
    // paid for.
    [Test]
    public void Find_NounEndingANameBefore_RefersToThatEntity()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "GWADAR, October 14 (Reuters) - Nine months after it opened, the Chinese-funded New Gwadar International Airport handles just two domestic flights a week, officials said on Tuesday, underscoring how security fears continue to weigh on China's investments in the restive province of Balochistan. "
            + "The airport, built with a $246 million grant from China, was jointly inaugurated by Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang during Li's visit to Islamabad in October 2024.");

        Assert.That(At(doc, "The airport")?.Entity.Id, Is.EqualTo("new-gwadar-international-airport"));
    }

    // Written line: a noun that only qualifies the noun after it ("the airport road") is no reference.
    [Test]
    public void Find_NounBeforeAnotherNoun_IsNoReference()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "The New Gwadar International Airport opened in January. Workers later closed the airport road for repairs.");

        Assert.That(At(doc, "the airport"), Is.Null);
    }
}
