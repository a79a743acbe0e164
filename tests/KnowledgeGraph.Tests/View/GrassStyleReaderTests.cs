using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.View;

namespace KnowledgeGraph.Tests.View;

[TestFixture]
internal sealed class GrassStyleReaderTests
{
    [Test]
    public void Embedded_StyleGrass_EqualsTheRepositoryFile()
    {
        IReadOnlyDictionary<string, GrassStyle> embedded = GrassStyleReader.Embedded();
        string file = Path.Combine(RepoPaths.Root, "cypher", "style.grass");
        IReadOnlyDictionary<string, GrassStyle> parsed = GrassStyleReader.Parse(File.ReadAllText(file), file);
        Assert.That(embedded.Keys, Is.EquivalentTo(parsed.Keys));
        Assert.That(embedded["node.Country"].Size("diameter", 0), Is.EqualTo(65));
        Assert.That(embedded["node.Organisation"].Get("color"), Is.EqualTo("#57C7E3"));
        Assert.That(embedded["node.Country"].Get("caption"), Is.EqualTo("{name}"));
    }

    [Test]
    public void Parse_UnclosedBlock_NamesTheFileAndLastLine()
    {
        var error = Assert.Throws<KgException>(() => GrassStyleReader.Parse("node.Country {\n  color: #C990C0;\n", "style.grass"))!;
        Assert.That((error.Code, error.File), Is.EqualTo((ErrorCodes.ViewAssetInvalid, "style.grass")));
        Assert.That(error.Message, Does.Contain("node.Country"));
    }

    [Test]
    public void Parse_StrayLine_NamesItsLine()
    {
        var error = Assert.Throws<KgException>(() => GrassStyleReader.Parse("node {\n  color: #fff;\n}\ncolour #000\n", "style.grass"))!;
        Assert.That((error.Code, error.Line), Is.EqualTo((ErrorCodes.ViewAssetInvalid, 4)));
    }
}
