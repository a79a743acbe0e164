using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class EntitiesCommandTests
{
    [Test]
    public void Run_SeedsJson_ListsCuratedAndDiscoveredEntitiesWithCounts()
    {
        (int exit, string output, string error) = Kg.Run("entities", "--json", "seeds", "../shared/corpus/voa");
        Assert.That(exit, Is.EqualTo(0), error);
        using JsonDocument json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(rows["china"].GetProperty("mentions").GetInt32(), Is.GreaterThan(300));
            Assert.That(rows["china"].GetProperty("type").GetString(), Is.EqualTo("Country"));
            Assert.That(rows["china"].GetProperty("origin").GetString(), Is.EqualTo("curated"));
            Assert.That(rows["taliban"].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()), Is.Not.Empty);
            Assert.That(rows.Values.Count(r => r.GetProperty("origin").GetString() == "discovered"), Is.GreaterThan(0));
        });
    }

    [Test]
    public void Run_SeedsJson_EnrichesPersonsWithRolesTheTextAsserts()
    {
        (int exit, string output, _) = Kg.Run("entities", "--json");
        Assert.That(exit, Is.EqualTo(0));
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement xi = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "xi-jinping");
        var roles = xi.GetProperty("roles").EnumerateArray().Select(r => (r.GetProperty("title").GetString(), r.GetProperty("of").GetString())).ToList();
        Assert.That(roles, Does.Contain(("President", "china")));
        Assert.That(roles, Is.Unique, "a role said in several sentences is listed once");
        JsonElement president = xi.GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("title").GetString() == "President");
        var evidence = president.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.That(evidence, Has.Count.GreaterThan(1).And.All.Match(@"^seeds/.+\.txt:\d+$"));
        Assert.That(president.GetProperty("count").GetInt32(), Is.EqualTo(evidence.Count));
    }

    [Test]
    public void Discover_Seeds_PrintsRankedNamesWithYamlStubs()
    {
        (int exit, string output, _) = Kg.Run("discover", "../shared/corpus/voa", "--top", "5");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("  - id: ").And.Contain("    type: "));
        Assert.That(output.Split('\n').Count(l => l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith("#  ", StringComparison.Ordinal)), Is.InRange(1, 5));
    }

    [TestCase("seeds")]
    [TestCase("../shared/corpus/voa")]
    public void Discover_TopTwenty_HasNoJunkRuns(string corpus)
    {
        (int exit, string output, _) = Kg.Run("discover", corpus, "--top", "20");
        Assert.That(exit, Is.EqualTo(0));
        string[] junk = ["Smart City", "Golden Eagle", "Subscriber Data Management", "Security Adviser", "New Year", "Wolf Warrior", "Next Factory", "Cabinet Office", "Marching Westwards", "New Multilateral", "Mining Company"];
        var headers = output.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith("#  ", StringComparison.Ordinal)).ToList();
        Assert.That(headers, Has.None.Matches<string>(h => junk.Any(j => h.StartsWith("# " + j + " ", StringComparison.Ordinal))));
        Assert.That(headers, Has.None.Contains("confidence 0.4"));
    }
}
