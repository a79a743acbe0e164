using System.Text.Json;
using KnowledgeGraph.Export;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Export;

[TestFixture]
internal sealed class JsonGraphExporterTests
{
    [Test]
    public void Export_SeedFixture_NodesAreTheEntities()
    {
        using JsonDocument doc = Load(out IGraphReader reader);
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.That(nodes.Select(n => n.GetProperty("id").GetString()), Is.EquivalentTo(reader.Entities().Select(e => e.Id)));
        JsonElement baradar = nodes.Single(n => n.GetProperty("id").GetString() == "abdul-ghani-baradar");
        Assert.That(baradar.GetProperty("label").GetString(), Is.EqualTo("Abdul Ghani Baradar"));
        Assert.That(baradar.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "Mullah Baradar" }));
    }

    [Test]
    public void Export_SeedFixture_CoMentionEvidenceCarriesSentenceTexts()
    {
        using JsonDocument doc = Load(out IGraphReader reader);
        var sentences = reader.Sentences().ToDictionary(s => s.Id);
        var coMentions = doc.RootElement.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "comention").ToList();
        Assert.That(coMentions, Has.Count.EqualTo(reader.CoMentions().Count()));
        Assert.Multiple(() =>
        {
            foreach (JsonElement edge in coMentions)
            {
                var evidence = edge.GetProperty("evidence").EnumerateArray().ToList();
                Assert.That(evidence, Has.Count.EqualTo(edge.GetProperty("sentences").GetInt32()));
                foreach (JsonElement sent in evidence)
                {
                    SentenceRecord stored = sentences[sent.GetProperty("sentenceId").GetString()!];
                    Assert.That(sent.GetProperty("text").GetString(), Is.EqualTo(stored.Text));
                    Assert.That(sent.GetProperty("line").GetInt32(), Is.EqualTo(stored.Line));
                }
            }
        });
    }

    [Test]
    public void Export_SeedFixture_ClaimEvidenceSpanIsTheTrigger()
    {
        using JsonDocument doc = Load(out IGraphReader reader);
        var claims = doc.RootElement.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "claim").ToList();
        Assert.That(claims.Select(c => c.GetProperty("id").GetString()), Is.EquivalentTo(reader.Claims().Select(c => c.Id)));
        Assert.Multiple(() =>
        {
            foreach (JsonElement claim in claims)
            {
                foreach (JsonElement evidence in claim.GetProperty("evidence").EnumerateArray())
                {
                    string line = SeedGraphFixture.SeedLine(evidence.GetProperty("line").GetInt32());
                    int start = evidence.GetProperty("start").GetInt32();
                    int end = evidence.GetProperty("end").GetInt32();
                    Assert.That(line[start..end], Is.EqualTo(evidence.GetProperty("trigger").GetString()));
                    Assert.That(evidence.GetProperty("text").GetString(), Does.Contain(line[start..end]));
                }
            }
        });
    }

    [Test]
    public void Export_SeedFixture_ArticlesListedWithLocations()
    {
        using JsonDocument doc = Load(out IGraphReader reader);
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.That(articles.Select(a => a.GetProperty("title").GetString()), Is.EquivalentTo(reader.Articles().Select(a => a.Title)));
        Assert.That(articles.SelectMany(a => a.GetProperty("locations").EnumerateArray()).Select(l => l.GetString()), Has.All.StartWith(SeedGraphFixture.SeedFile));
    }

    private static JsonDocument Load(out IGraphReader reader)
    {
        reader = SeedGraphFixture.Reader;
        using var dir = new ExportDirectory();
        string file = new JsonGraphExporter().Export(reader, dir.Path).Single();
        Assert.That(Path.GetFileName(file), Is.EqualTo("graph.json"));
        return JsonDocument.Parse(File.ReadAllText(file));
    }
}
