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

    // h52/a1.md, h45/a1.md: the ezafe written apart links two words into one name (cues spaced_link_syllables); the
    // curated "Shahrak" of Afghanistan and a "Broghil" of its own are no mentions inside it.
    [TestCase("Abdul Ghani Baradar, the Taliban's deputy prime minister for economic affairs, and Turkmen Foreign Minister Rashid Meredov cut a ribbon at a compressor site near the village of Shahrak-e Sabz in Herat's Kuhsan district, where welders stood beside stacks of green-coated steel pipe.", "Shahrak-e Sabz")]
    [TestCase("Abdul Ghani Baradar, the deputy prime minister for economic affairs, travelled to Sarhad-e Broghil, the last village in the Wakhan before the pass, to cut the ribbon.", "Sarhad-e Broghil")]
    public void SpacedLinkAfter_EzafeWrittenApart_LinksOneName(string line, string name)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Single(m => m.Entity.Name == name).Entity.Type, Is.EqualTo(EntityType.Place));
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Id), Does.Not.Contain("shahrak-af").And.Not.Contain("d:place:broghil"));
    }

    [Test]
    public void SpacedLinkAfter_VillageWrittenWithEzafe_IsTheVillageVisited()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Abdul Ghani Baradar, the deputy prime minister for economic affairs, travelled to Sarhad-e Broghil, the last village in the Wakhan before the pass, to cut the ribbon.");
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Name}"),
            Does.Contain("abdul-ghani-baradar VISITS Sarhad-e Broghil").And.Contain("d:place:sarhad-broghil PART_OF Wakhan Corridor"));
    }

    private static IEnumerable<int> Hyphens(Paragraph paragraph) =>
        Enumerable.Range(0, paragraph.Tokens.Length).Where(i => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length) is "-");
}
