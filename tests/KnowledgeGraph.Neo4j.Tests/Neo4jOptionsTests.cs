using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j.Tests;

[TestFixture]
public sealed class Neo4jOptionsTests
{
    private const string Password = "correct-horse-battery";

    [Test]
    public void ToString_Options_NeverShowsPassword() =>
        Assert.That(new Neo4jOptions { Password = Password }.ToString(), Does.Not.Contain(Password).And.Contain("localhost:7474"));

    [TestCase("https://neo4j:correct-horse-battery@db.example.org:7473")]
    [TestCase("bolt://localhost:7687")]
    [TestCase("neo4j+s://db.example.org")]
    public void Validate_UnusableUrl_ThrowsConfigErrorWithoutCredentials(string url)
    {
        var options = new Neo4jOptions { Url = new Uri(url), Password = Password };
        var ex = Assert.Throws<KgException>(options.Validate);
        Assert.That((ex!.Code, ex.Message.Contains(Password, StringComparison.Ordinal)), Is.EqualTo((ErrorCodes.Neo4jConfig, false)));
    }

    [TestCase("", 2000, "password")]
    [TestCase(Password, 0, "batch size")]
    public void Validate_MissingPasswordOrBadBatch_SaysWhatToFix(string password, int batch, string hint)
    {
        var options = new Neo4jOptions { Password = password, BatchSize = batch };
        Assert.That(() => options.Validate(), Throws.InstanceOf<KgException>().With.Message.Contains(hint));
    }

    [TestCase("db; DROP", false)]
    [TestCase("kg-test.v2", true)]
    public void Validate_DatabaseName_AllowsOnlyNameCharacters(string database, bool valid)
    {
        var options = new Neo4jOptions { Password = Password, Database = database };
        Assert.That(() => options.Validate(), valid ? Throws.Nothing : Throws.InstanceOf<KgException>());
    }

    [TestCase("http://LocalHost:7474", "neo4j", "neo4j:localhost:7474/neo4j")]
    [TestCase("https://db.example.org", "kg", "neo4j:db.example.org/kg")]
    public void WatermarkKey_HostAndDatabase_NamesTheTarget(string url, string database, string expected) =>
        Assert.That(new Neo4jOptions { Url = new Uri(url), Database = database }.WatermarkKey, Is.EqualTo(expected));
}
