using KnowledgeGraph.Neo4j.Http;

namespace KnowledgeGraph.Neo4j.Tests.Http;

[TestFixture]
public sealed class ServerInfoTests
{
    [TestCase("5.26.0", false, true)]
    [TestCase("5.19.0", false, true)]
    [TestCase("5.18.1", false, false)]
    [TestCase("4.4.30", false, false)]
    [TestCase("2025.01.0", false, true)]
    [TestCase("5.26.0-aura", false, true)]
    [TestCase(null, true, true)]
    [TestCase(null, false, false)]
    [TestCase("dev", false, false)]
    public void SupportsQueryApi_VersionOrAdvertised_From5_19(string? version, bool advertised, bool expected) =>
        Assert.That(new ServerInfo(version, null, advertised).SupportsQueryApi, Is.EqualTo(expected));
}
