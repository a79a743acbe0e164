using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class ExtractCommandTests
{
    private static readonly Lazy<(int Exit, string Out, string Error)> Seeds = new(() => Kg.Run("extract", "seeds", "--jsonl"));

    [Test]
    public void Run_SeedsJsonl_EverySentenceFollowsTheContract()
    {
        (int exit, string output, string error) = Seeds.Value;
        Assert.That(exit, Is.EqualTo(0), error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.GreaterThan(1000));
        var files = new Dictionary<string, string[]>();
        foreach (string line in lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement sent = json.RootElement;
            string doc = sent.GetProperty("doc").GetString()!;
            string[] source = files.TryGetValue(doc, out string[]? cached) ? cached : files[doc] = File.ReadAllLines(Path.Combine(Kg.Root, doc));
            string text = source[sent.GetProperty("line").GetInt32() - 1];
            int start = sent.GetProperty("start").GetInt32();
            string sentence = sent.GetProperty("sentence").GetString()!;
            Assert.That(text.Substring(start, sentence.Length), Is.EqualTo(sentence));
            Assert.That(sent.GetProperty("role").GetString(), Is.AnyOf("title", "subtitle", "intro", "caption", "byline", "endnote", "body", "boilerplate"));
            Assert.That(sent.GetProperty("article").GetString(), Does.Match("^[0-9a-f]{16}$"));
            foreach (JsonElement mention in sent.GetProperty("mentions").EnumerateArray())
            {
                int from = mention.GetProperty("start").GetInt32();
                int to = mention.GetProperty("end").GetInt32();
                Assert.That(text[from..to], Is.EqualTo(mention.GetProperty("text").GetString()), line);
                Assert.That(mention.GetProperty("kind").GetString(), Is.AnyOf("name", "acronym", "demonym", "metonym", "partial", "learned", "discovered", "described"));
                Assert.That(from, Is.GreaterThanOrEqualTo(start).And.LessThan(start + sentence.Length));
            }
        }
    }

    [TestCase("In many ways, Beijing has sought", "Beijing", "china", "metonym")]
    [TestCase("Afghans were often frustrated by the China-Pakistan EconomicCorridor (CPEC)", "CPEC", "china-pakistan-economic-corridor", "acronym")]
    [TestCase("Shortly before the Taliban’s visit, Chinese leaderXi Jinping", "Xi Jinping", "xi-jinping", "name")]
    [TestCase("the point that Saleh was attending events", "Saleh", "amrullah-saleh", "partial")]
    [TestCase("In Afghanistan, the Islamic State of Khorasan Province (ISKP)", "Islamic State of Khorasan Province", "iskp", "name")]
    public void Run_Seeds_ResolvesSeedSentence(string sentenceStart, string surface, string entity, string kind)
    {
        string line = Seeds.Value.Out.Split('\n').First(l => l.Contains(sentenceStart, StringComparison.Ordinal));
        using JsonDocument json = JsonDocument.Parse(line);
        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("entity").GetString(), m.GetProperty("kind").GetString()));
        Assert.That(mentions, Does.Contain((surface, entity, kind)));
    }

    [Test]
    public void Run_SeedsTwiceInTwoFiles_PrintsSharedArticlesOnce()
    {
        string[] lines = Seeds.Value.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var keys = lines.Select(l => JsonDocument.Parse(l).RootElement).Select(e => (e.GetProperty("article").GetString(), e.GetProperty("sentence").GetString(), e.GetProperty("start").GetInt32())).ToList();
        Assert.That(keys.Count(k => k.Item2!.StartsWith("In many ways, Beijing has sought", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void Run_MalformedGazetteer_StopsWithFileLineColumnBeforeReadingText()
    {
        string dir = Kg.TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "bad.yaml"), "entities:\n  - id: china\n    name: China\n    type: Nation\n");
            (int exit, string output, string error) = Kg.Run("extract", "seeds", "--jsonl", "--gazetteers", dir);
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("bad.yaml:4:11: error KG3004"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Run_BadFilesBesideGoodOne_ReportsEachAndExtractsTheRest()
    {
        string dir = Kg.TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
            File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x4d, 0x5a, 0x00, 0x00, 0x01, 0x02]);
            File.WriteAllBytes(Path.Combine(dir, "latin1.txt"), [0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0x0a]);
            File.WriteAllText(Path.Combine(dir, "good.txt"), "China remains an important partner, and Beijing will not expend much.\n");
            (int exit, string output, string error) = Kg.Run("extract", dir, "--jsonl");
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Does.Contain("\"entity\":\"china\""));
            foreach (string bad in new[] { "empty.txt", "binary.txt", "latin1.txt" })
            {
                Assert.That(error.Split('\n').Count(l => l.Contains(bad, StringComparison.Ordinal) && l.Contains("warning KG1", StringComparison.Ordinal)), Is.EqualTo(1), error);
                Assert.That(error, Does.Contain("skipped").And.Contain(bad));
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
