using KnowledgeGraph.Yaml;

namespace KnowledgeGraph.Tests.Yaml;

[TestFixture]
internal sealed class YamlItemRecoveryTests
{
    [Test]
    public void Read_TwoBrokenItems_TwoErrorsTheirIdsDroppedTheThirdKept()
    {
        const string text = "entities:\n  - id: a\n    acronyms: [A\n  - id: b\n    name: x: y\n  - id: c\n    name: C\n";

        YamlRead read = YamlItemRecovery.Read(text);

        Assert.That(read.Errors.Select(e => YamlText.Where(e).Line), Is.EqualTo(new long[] { 3, 5 }));
        Assert.That(read.DroppedIds, Is.SupersetOf(new[] { "a", "b" }));
        Assert.That(read.Stream!.Documents[0].RootNode.ToString(), Does.Contain("c").And.Not.Contain("id, b"));
    }

    [Test]
    public void Read_ErrorOutsideAnyItem_NothingReadOneError()
    {
        YamlRead read = YamlItemRecovery.Read("entities: {\n  - id: a\n    name: A\n");

        Assert.That(read.Stream, Is.Null);
        Assert.That(read.Errors, Has.Count.EqualTo(1));
        Assert.That(YamlText.Where(read.Errors[0]).Line, Is.EqualTo(1));
    }

    [Test]
    public void Read_ValidText_NoErrors()
    {
        YamlRead read = YamlItemRecovery.Read("predicates:\n  - name: MEETS\n    verbs: [meet]\n");

        Assert.That((read.Errors.Count, read.DroppedIds.Count, read.Stream is null), Is.EqualTo((0, 0, false)));
    }
}
