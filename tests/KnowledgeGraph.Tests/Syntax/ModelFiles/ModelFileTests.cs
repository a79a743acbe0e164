using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Tests.Syntax.ModelFiles;

[TestFixture]
internal sealed class ModelFileTests
{
    private static byte[] TwoSections() =>
        new ModelFileWriter().Set("tagger", 1, [1, 2, 3]).Set("ner", 4, [9, 8, 7, 6, 5]).ToBytes();

    [Test]
    public void Parse_WrittenSections_ComeBackWithNamesVersionsAndBytes()
    {
        ModelFile file = ModelFile.Parse(TwoSections(), "m.model");

        Assert.That(file.Sections.Select(s => s.Name), Is.EqualTo(new[] { "tagger", "ner" }));
        Assert.That(file.Section("ner").Version, Is.EqualTo(4));
        Assert.That(file.Section("ner").Data.ToArray(), Is.EqualTo(new byte[] { 9, 8, 7, 6, 5 }));
        Assert.That(file.Has("parser"), Is.False);
    }

    [Test]
    public void Section_Missing_ThrowsCodedErrorNamingTheFile()
    {
        ModelFile file = ModelFile.Parse(TwoSections(), "m.model");

        var error = Assert.Throws<KgException>(() => file.Section("parser"));
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelSectionMissing));
        Assert.That(error.ToLine(), Does.StartWith("m.model"));
    }

    [Test]
    public void From_ExistingFile_ReplacesOneSectionAndKeepsTheOthers()
    {
        ModelFile file = ModelFile.Parse(TwoSections(), "m.model");

        ModelFile updated = ModelFile.Parse(ModelFileWriter.From(file).Set("tagger", 2, [4]).ToBytes(), "m.model");

        Assert.That(updated.Section("tagger").Version, Is.EqualTo(2));
        Assert.That(updated.Section("ner").Data.ToArray(), Is.EqualTo(new byte[] { 9, 8, 7, 6, 5 }));
    }

    [Test]
    public void ToBytes_SameSections_SameBytes()
    {
        byte[] first = TwoSections();
        byte[] second = TwoSections();

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase(0, ErrorCodes.ModelCorrupt)]
    [TestCase(8, ErrorCodes.ModelVersion)]
    [TestCase(20, ErrorCodes.ModelCorrupt)]
    [TestCase(-1, ErrorCodes.ModelCorrupt)]
    public void Parse_DamagedByte_ThrowsCodedError(int offset, string code)
    {
        byte[] bytes = TwoSections();
        bytes[offset < 0 ? bytes.Length - 8 : offset] ^= 0x5A;

        var error = Assert.Throws<KgException>(() => ModelFile.Parse(bytes, "m.model"));
        Assert.That(error!.Code, Is.EqualTo(code));
    }

    [Test]
    public void Parse_Truncated_ThrowsCorrupt()
    {
        byte[] bytes = TwoSections()[..^9];

        var error = Assert.Throws<KgException>(() => ModelFile.Parse(bytes, "m.model"));
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelCorrupt));
    }

    [Test]
    public void Read_MissingFile_ThrowsNotFound()
    {
        var error = Assert.Throws<KgException>(() => ModelFile.Read(Path.Combine(Path.GetTempPath(), "no-such-kg.model")));
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelNotFound));
    }

    [Test]
    public void SectionReader_PastTheEnd_ThrowsCorruptNamingTheSection()
    {
        var writer = new SectionWriter();
        writer.Write(7);
        byte[] bytes = writer.ToArray();

        KgException? error = null;
        try
        {
            var reader = new SectionReader(bytes, "m.model", "parser");
            reader.ReadInt32();
            reader.ReadInt64();
        }
        catch (KgException e)
        {
            error = e;
        }

        Assert.That(error?.Code, Is.EqualTo(ErrorCodes.ModelCorrupt));
        Assert.That(error?.Message, Does.Contain("parser"));
    }
}
