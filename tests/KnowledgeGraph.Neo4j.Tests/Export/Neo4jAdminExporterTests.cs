using KnowledgeGraph.Neo4j.Export;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Export;

[TestFixture]
public sealed class Neo4jAdminExporterTests
{
    private string dir = null!;

    [SetUp]
    public void MakeDirectory() => dir = Directory.CreateTempSubdirectory("kg-admin-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(dir, recursive: true);

    [TestCase("entities.csv", "id:ID(Entity),name,type,subtype,aliases:string[],aliases_text,discovered:boolean,confidence:double,mentions:long,revision:long,:LABEL", 12)]
    [TestCase("sentences.csv", "id:ID(Sentence),text,article,paragraph,role,file,line:int,start:int,end:int,revision:long,:LABEL", 5)]
    [TestCase("rel-claim-edges.csv", ":START_ID(Entity),:END_ID(Entity),claim_id,negated:boolean,hedged:boolean,source,time,confidence:double,evidence:string[],revision:long,:TYPE", 3)]
    [TestCase("rel-claim-ends.csv", ":START_ID(Claim),:END_ID(Entity),:TYPE", 6)]
    public void Export_SeedGraph_WritesHeaderAndOneLinePerRow(string file, string header, int rows)
    {
        new Neo4jAdminExporter().Export(SeedGraph.Build(), dir);
        string[] lines = File.ReadAllLines(Path.Combine(dir, file));

        Assert.That((lines[0], lines.Length - 1), Is.EqualTo((header, rows)));
    }

    [Test]
    public void Export_SeedGraph_EntityRowQuotesFieldsAndLabels()
    {
        new Neo4jAdminExporter().Export(SeedGraph.Build(), dir);
        string china = File.ReadAllLines(Path.Combine(dir, "entities.csv")).Single(l => l.StartsWith("\"china\"", StringComparison.Ordinal));

        Assert.That(china, Is.EqualTo("\"china\",\"China\",\"Country\",\"state\",\"Beijing\u001FChinese\",\"Beijing | Chinese\",\"false\",\"1\",\"" +
            ExpectedChinaMentions() + "\",\"1\",\"Entity;Country\""));
    }

    [Test]
    public void Export_SeedGraph_ImportScriptNamesEveryCsv()
    {
        IReadOnlyList<string> files = new Neo4jAdminExporter().Export(SeedGraph.Build(), dir);
        string script = File.ReadAllText(files[^1]);

        Assert.That(files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).Select(Path.GetFileName), Has.All.Matches<string>(f => script.Contains(f, StringComparison.Ordinal)));
        Assert.That(script, Does.Contain("neo4j-admin database import full").And.Contain("--array-delimiter=U+001F"));
    }

    /// <summary>China's mention total as the fixture counts it (Beijing, China, Chinese in five sentences).</summary>
    private static int ExpectedChinaMentions() => SeedGraph.Build().EntityRows.Single(e => e.Id == "china").Mentions;
}
