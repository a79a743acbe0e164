using System.Text.Json;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class StatsCommandTests
{
    [Test]
    public void Stats_Json_CountsAreTheStoreRows()
    {
        var cli = new CliHarness();
        int exit = cli.Run("stats", "--json");
        Assert.That(exit, Is.Zero, cli.Error);
        IGraphReader reader = SeedGraphFixture.Reader;
        JsonElement stats = JsonDocument.Parse(cli.Output).RootElement;
        Assert.That(stats.GetProperty("articles").GetInt32(), Is.EqualTo(reader.Articles().Count()));
        Assert.That(stats.GetProperty("sentences").GetInt32(), Is.EqualTo(reader.Sentences().Count()));
        Assert.That(stats.GetProperty("coMentionEdges").GetInt32(), Is.EqualTo(reader.CoMentions().Count()));
        Assert.That(stats.GetProperty("claims").GetInt32(), Is.EqualTo(reader.Claims().Count()));
        Assert.That(stats.GetProperty("entitiesByType").GetProperty("Person").GetInt32(), Is.EqualTo(reader.Entities().Count(e => e.Type == "Person")));
        Assert.That(stats.GetProperty("topByPageRank")[0].GetProperty("id").GetString(), Is.EqualTo("china"));
    }

    [Test]
    public void Stats_Table_ShowsRankingsAndComponents()
    {
        var cli = new CliHarness();
        int exit = cli.Run("stats", "--top", "3");
        Assert.That(exit, Is.Zero, cli.Error);
        Assert.That(cli.Output, Does.Contain("Top by weighted degree").And.Contain("Top by PageRank").And.Contain("Connected components"));
        Assert.That(cli.Output, Does.Contain("China"));
    }

    [Test]
    public void Stats_NoStoreYet_ExitsTwoWithStoreCode()
    {
        var cli = new CliHarness(CliContext.OpenStore);
        int exit = cli.Run("stats");
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.StartWith($"{GraphStore.DefaultPath}: error KG"));
    }
}
