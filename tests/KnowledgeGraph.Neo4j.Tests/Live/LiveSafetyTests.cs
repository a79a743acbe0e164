using System.Text.RegularExpressions;
using KnowledgeGraph.Neo4j.Tests.Fixtures;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Tests.Live;

/// <summary>The live tests cannot harm a graph they were not given: offline checks of how they choose and touch a server.</summary>
[TestFixture]
internal sealed partial class LiveSafetyTests
{
    [Test]
    public void TestSources_NoneReadsTheAnalystsNeo4jVariables()
    {
        string tests = Path.Combine(RepoPaths.Root, "tests");
        var readers = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => ReadsNeo4jVariable().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(tests, f))
            .ToList();

        Assert.That(readers, Is.Empty, "tests read only KG_TEST_NEO4J_*, never the NEO4J_* that `kg load` uses");
        Assert.That(LiveServer.UrlVariable, Is.EqualTo("KG_TEST_NEO4J_URL"));
    }

    [Test]
    public void NamespacedReader_SeedGraphAtRevisionTwo_EveryKeyCarriesThePrefix()
    {
        InMemoryGraphReader seed = SeedGraph.Build();
        SeedGraph.AddSecondArticle(seed);
        var reader = new NamespacedReader(seed, "kgtest-0123:");

        var keys = reader.Entities().Select(e => e.Id)
            .Concat(reader.Articles().Select(a => a.Id))
            .Concat(reader.Sentences().SelectMany(s => new[] { s.Id, s.ArticleId, s.ParagraphId }))
            .Concat(reader.MentionCounts().SelectMany(m => new[] { m.EntityId, m.ArticleId }))
            .Concat(reader.CoMentions().SelectMany(c => c.EvidenceSentenceIds.Append(c.A).Append(c.B)))
            .Concat(reader.Claims().SelectMany(c => c.Evidence.SelectMany(e => new[] { e.SentenceId, e.ArticleId }).Append(c.Id).Append(c.Subject).Append(c.Object)))
            .Concat(reader.Deletions(0).SelectMany(t => t.Key.Split('|')))
            .ToList();

        Assert.That(keys, Is.Not.Empty.And.All.StartsWith("kgtest-0123:"));
        Assert.That(reader.Sentences().Select(s => s.Text), Is.EqualTo(seed.Sentences().Select(s => s.Text)), "only keys change");
    }

    [Test]
    public void Options_WithoutTheTestVariable_NoServerAndTheReasonNamesIt()
    {
        Assume.That(Environment.GetEnvironmentVariable(LiveServer.UrlVariable), Is.Null.Or.Empty);

        Neo4jOptions? options = LiveServer.Options(out string reason);

        Assert.That(options, Is.Null);
        Assert.That(reason, Does.Contain("KG_TEST_NEO4J_URL is not set").And.Contain("never use NEO4J_URL"));
    }

    [GeneratedRegex(@"GetEnvironmentVariable\(\s*""NEO4J_")]
    private static partial Regex ReadsNeo4jVariable();
}
