using KnowledgeGraph.Query;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class EditDistanceTests
{
    [TestCase("taliban", "taliban", 0)]
    [TestCase("talibn", "taliban", 1)]
    [TestCase("pakistan", "afghanistan", 5)]
    [TestCase("", "etim", 4)]
    [TestCase("kabul", "", 5)]
    public void Between_Words_GivesLevenshteinDistance(string a, string b, int expected)
    {
        Assert.That(EditDistance.Between(a, b), Is.EqualTo(expected));
        Assert.That(EditDistance.Between(b, a), Is.EqualTo(expected));
    }
}
