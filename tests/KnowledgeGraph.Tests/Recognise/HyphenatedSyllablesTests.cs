using KnowledgeGraph.Model;
using KnowledgeGraph.Recognise;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class HyphenatedSyllablesTests
{
    [Test]
    public void At_SyllableAfterCapitalisedNameWord_IsTrue()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Bush was only able to give a partial response to the query on the leader of Taiwan, referring to Taiwanese President Lee Teng-hui simply as \"Lee.\"");

        Assert.That(Hyphens(doc.Paragraphs[0]).Select(h => HyphenatedSyllables.At(doc.Paragraphs[0], h)), Is.EqualTo(new[] { true }));
    }

    [Test]
    public void At_HyphensOfCompoundsOfNamesAndCommonWords_AreFalse()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Anti-Israeli and pro-Palestinian feeling is strong among several major Iraqi ideological groups and currents.");

        List<int> hyphens = [.. Hyphens(doc.Paragraphs[0])];
        Assert.That(hyphens, Has.Count.EqualTo(2));
        Assert.That(hyphens.Select(h => HyphenatedSyllables.At(doc.Paragraphs[0], h)), Is.All.False);
    }

    private static IEnumerable<int> Hyphens(Paragraph paragraph) =>
        Enumerable.Range(0, paragraph.Tokens.Length).Where(i => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length) is "-");
}
