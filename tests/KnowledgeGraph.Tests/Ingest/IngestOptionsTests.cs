using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class IngestOptionsTests
{
    [Test]
    public void Validate_Defaults_Pass()
    {
        IngestOptions options = new();
        Assert.DoesNotThrow(options.Validate);
        Assert.That((options.MaxLineBytes, options.Extensions), Is.EqualTo((1 << 20, IngestOptions.SupportedExtensions)));
    }

    [TestCase(10, 1000L, ".txt")]
    [TestCase(4096, 100L, ".txt")]
    [TestCase(4096, 10000L, ".docx")]
    public void Validate_BadValue_ThrowsOptionInvalid(int maxLine, long maxFile, string extension)
    {
        IngestOptions options = new() { MaxLineBytes = maxLine, MaxFileBytes = maxFile, Extensions = [extension] };
        KgException? error = Assert.Throws<KgException>(options.Validate);
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OptionInvalid));
    }

    [Test]
    public void Validate_NoExtensions_ThrowsOptionInvalid()
    {
        KgException? error = Assert.Throws<KgException>(new IngestOptions { Extensions = [] }.Validate);
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OptionInvalid));
    }

    [TestCase(".TXT", true)]
    [TestCase(".md", false)]
    public void Reads_ExtensionAnyCase_FollowsTheList(string extension, bool expected)
    {
        Assert.That(new IngestOptions { Extensions = [".txt"] }.Reads(extension), Is.EqualTo(expected));
    }
}
