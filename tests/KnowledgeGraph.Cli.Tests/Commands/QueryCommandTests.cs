using System.Text.Json;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class QueryCommandTests
{
    [Test]
    public void Links_Json_RankedPathsWithEvidenceAndPredicates()
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "links", "china", "TALIBAN", "--limit", "5", "--json");
        Assert.That(exit, Is.Zero, cli.Error);
        using JsonDocument doc = JsonDocument.Parse(cli.Output);
        JsonElement paths = doc.RootElement.GetProperty("paths");
        Assert.That(paths.GetArrayLength(), Is.EqualTo(5));
        Assert.That(paths.EnumerateArray().Select(p => p.GetProperty("cost").GetDouble()), Is.Ordered);
        JsonElement step = paths[0].GetProperty("steps")[0];
        Assert.That(step.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("claim").GetProperty("predicate").GetString()), Does.Contain("DEMANDS"));
        JsonElement evidence = step.GetProperty("evidence")[0];
        Assert.That(evidence.GetProperty("file").GetString(), Is.EqualTo(SeedGraphFixture.SeedFile));
        Assert.That(SeedGraphFixture.SeedLine(evidence.GetProperty("line").GetInt32()), Does.Contain(evidence.GetProperty("text").GetString()));
    }

    [Test]
    public void Links_Table_ShowsPathsClaimsAndSourceLines()
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "links", "Wang Yi", "China", "--max-hops", "2");
        Assert.That(exit, Is.Zero, cli.Error);
        Assert.That(cli.Output, Does.Contain("Wang Yi ↔ China"));
        Assert.That(cli.Output, Does.Contain("Wang Yi — Abdul Ghani Baradar — China"));
        Assert.That(cli.Output, Does.Contain("China HOSTS Abdul Ghani Baradar"));
        Assert.That(cli.Output, Does.Contain($"{SeedGraphFixture.SeedFile}:131"));
    }

    [Test]
    public void Links_StorePath_PassedToTheStoreOpener()
    {
        var cli = new CliHarness();
        cli.Run("query", "links", "China", "Taliban", "--store", "elsewhere/kg.db", "--json");
        cli.Run("query", "links", "China", "Taliban", "--json");
        Assert.That(cli.OpenedPaths, Is.EqualTo(new[] { "elsewhere/kg.db", GraphStore.DefaultPath }));
    }

    [TestCase("Talibn", "KG8001", "'Taliban'")]
    [TestCase("Badakhshan", "KG8002", "Gorno-Badakhshan")]
    public void Links_BadName_ExitsTwoWithCodeAndHelp(string name, string code, string hint)
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "links", "China", name);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.Contain($"error {code}:").And.Contain(hint));
        Assert.That(cli.Output, Is.Empty);
    }

    [Test]
    public void Neighbours_JsonRankPmi_NeighboursByScoreAndClaims()
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "neighbours", "Mullah Baradar", "--rank", "pmi", "--json");
        Assert.That(exit, Is.Zero, cli.Error);
        using JsonDocument doc = JsonDocument.Parse(cli.Output);
        Assert.That(doc.RootElement.GetProperty("rank").GetString(), Is.EqualTo("pmi"));
        var scores = doc.RootElement.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("coMention").GetProperty("score").GetDouble());
        Assert.That(scores, Is.Not.Empty.And.Ordered.Descending);
        var statements = doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("statement").GetString());
        Assert.That(statements, Is.EquivalentTo(new[] { "China HOSTS Abdul Ghani Baradar", "Abdul Ghani Baradar MEETS Wang Yi" }));
    }

    [Test]
    public void Neighbours_IncludeDemonyms_AddsDemonymOnlyCoMentions()
    {
        var cli = new CliHarness();
        cli.Run("query", "neighbours", "TTP", "--json");
        var again = new CliHarness();
        again.Run("query", "neighbours", "TTP", "--include-demonyms", "--json");
        static IEnumerable<string?> Ids(string json) =>
            JsonDocument.Parse(json).RootElement.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("entity").GetProperty("id").GetString());
        Assert.That(Ids(cli.Output), Does.Not.Contain("china"));
        Assert.That(Ids(again.Output), Does.Contain("china"));
    }

    [Test]
    public void Entity_Table_ShowsNamesTypeOriginAndArticles()
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "entity", "the republic");
        Assert.That(exit, Is.Zero, cli.Error);
        Assert.That(cli.Output, Does.Contain("Islamic Republic of Afghanistan").And.Contain("Organisation").And.Contain("government"));
        Assert.That(cli.Output, Does.Contain("curated").And.Contain("The Diplomat"));
    }

    [Test]
    public void Claims_Json_FiltersCombine()
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "claims", "--subject", "China", "--class", "material_cooperation", "--json");
        Assert.That(exit, Is.Zero, cli.Error);
        using JsonDocument doc = JsonDocument.Parse(cli.Output);
        var statements = doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("statement").GetString());
        Assert.That(doc.RootElement.GetProperty("total").GetInt32(), Is.EqualTo(3));
        Assert.That(statements, Is.EquivalentTo(new[]
        {
            "China COOPERATES_WITH Islamic Republic of Afghanistan", "China SUPPLIES_ARMS_TO Taliban", "China NOT COOPERATES_WITH Taliban",
        }));
    }

    [Test]
    public void Claims_Piped_ClaimLineThenItsSentenceOnOneLine()
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "claims", "--predicate", "hosts");
        Assert.That(exit, Is.Zero, cli.Error);
        string[] lines = cli.Output.Split('\n');
        Assert.That(lines[0], Is.EqualTo("1 claim(s), 1 shown, ranked by claims"));
        Assert.That(lines[1], Does.StartWith("China HOSTS Abdul Ghani Baradar  (verbal_cooperation, confidence 0.9, 2021-07, 1 sentence)"));
        Assert.That(lines[2], Is.EqualTo($"  {SeedGraphFixture.SeedFile}:131  Beijing even hosted top Taliban figure Mullah Baradar and a delegation in Tianjin, where they met with Foreign Minister Wang Yi, in July 2021."));
    }

    [Test]
    public void Claims_MalformedSince_ExitsTwoWithOptionInvalid()
    {
        var cli = new CliHarness();
        int exit = cli.Run("query", "claims", "--since", "last year");
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.Contain("KG9002"));
    }
}
