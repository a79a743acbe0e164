using KnowledgeGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KnowledgeGraph.Tests.Yaml;

[TestFixture]
internal sealed class YamlTextTests
{
    [TestCase("acronyms: [BRI, OBOR\nnotes: x\n", 1, 11, "this list '[' is not closed")]
    [TestCase("acronyms: [BRI, OBOR\n", 1, 11, "this list '[' is not closed")]
    [TestCase("links: {rel: part_of\n  to: x\n", 1, 8, "this mapping '{' is not closed")]
    [TestCase("entities:\n\t- id: x\n", 2, 1, "a tab indents this line")]
    [TestCase("name: Belt: and Road\n", 1, 11, "put the value in quotes")]
    public void Load_SyntaxError_YamlExceptionAtThePlaceToFix(string text, int line, int column, string message)
    {
        var error = Assert.Catch<YamlException>(() => YamlText.Load(text))!;

        Assert.That((error.Start.Line, error.Start.Column), Is.EqualTo(((long)line, (long)column)));
        Assert.That(YamlText.Describe(error), Does.Contain(message));
    }

    [Test]
    public void Deserialize_UnclosedListInAConfig_YamlExceptionNotInvalidOperation()
    {
        IDeserializer deserializer = new DeserializerBuilder().Build();

        var error = Assert.Catch<YamlException>(() => YamlText.Deserialize<Dictionary<string, object>>(deserializer, "intro_words: [piece, column\nbyline_roles: [fellow]\n"))!;

        Assert.That(YamlText.Where(error).Line, Is.EqualTo(1));
        Assert.That(YamlText.Describe(error), Does.StartWith("this list '[' is not closed"));
    }

    [Test]
    public void Load_ValidFlowAndBlockCollections_Parses()
    {
        var stream = YamlText.Load("entities:\n  - id: a\n    acronyms: [A, B]\n    links: [{rel: part_of, to: b}]\n");

        Assert.That(stream.Documents, Has.Count.EqualTo(1));
    }
}
