using KnowledgeGraph.Neo4j.Export;

namespace KnowledgeGraph.Neo4j.Tests.Export;

[TestFixture]
public sealed class CypherLiteralWriterTests
{
    [TestCase("China’s Taliban conundrum", "'China’s Taliban conundrum'")]
    [TestCase("Xi's 'plan'", @"'Xi\'s \'plan\''")]
    [TestCase(@"C:\path", @"'C:\\path'")]
    [TestCase("line\nbreak\ttab", @"'line\nbreak\ttab'")]
    [TestCase("bell\u0007", @"'bell\u0007'")]
    [TestCase("'}) DETACH DELETE n //", @"'\'}) DETACH DELETE n //'")]
    public void ToLiteral_String_EscapesQuotesBackslashesAndControls(string value, string expected) =>
        Assert.That(CypherLiteralWriter.ToLiteral(value), Is.EqualTo(expected));

    [Test]
    public void ToLiteral_MapWithOddKey_BackQuotesKey() =>
        Assert.That(CypherLiteralWriter.ToLiteral(new Dictionary<string, object?> { ["id"] = "china", ["odd key`"] = 1, ["score"] = 0.5, ["x"] = null, ["l"] = new[] { "a" } }),
            Is.EqualTo("{id: 'china', `odd key```: 1, score: 0.5, x: null, l: ['a']}"));

    [TestCase(2.0, "2.0")]
    [TestCase(double.NaN, "null")]
    public void ToLiteral_Double_KeepsFloatTypeOrNull(double value, string expected) =>
        Assert.That(CypherLiteralWriter.ToLiteral(value), Is.EqualTo(expected));
}
