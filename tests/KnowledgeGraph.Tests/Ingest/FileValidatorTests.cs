using System.Text;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class FileValidatorTests
{
    private const string Line = "Beijing has sought to quietly maintain its position in Afghanistan.\n";

    [Test]
    public void Check_GoodFile_PassesWithoutWarnings()
    {
        using TempFolder temp = new();
        DiagnosticBag diagnostics = new();
        Assert.That(FileValidator.Check(temp.Write("a.txt", Line), new IngestOptions(), diagnostics), Is.True);
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [TestCase("")]
    [TestCase(" \n\r\n\t\n")]
    public void Check_EmptyOrBlankFile_WarnsFileEmpty(string text)
    {
        using TempFolder temp = new();
        string path = temp.Write("a.txt", text);
        AssertOneWarning(path, new IngestOptions(), ErrorCodes.FileEmpty, 0);
    }

    [Test]
    public void Check_NulByteOnThirdLine_WarnsBinaryWithLine()
    {
        using TempFolder temp = new();
        string path = temp.WriteBytes("a.txt", [.. Encoding.UTF8.GetBytes(Line + Line), 0x00, 0x41]);
        AssertOneWarning(path, new IngestOptions(), ErrorCodes.FileBinary, 3);
    }

    [Test]
    public void Check_InvalidUtf8OnSecondLine_WarnsWithLine()
    {
        using TempFolder temp = new();
        string path = temp.WriteBytes("a.txt", [.. Encoding.UTF8.GetBytes(Line + "Kabul "), 0xE2, 0x28, 0xA1, 0x0A]);
        AssertOneWarning(path, new IngestOptions(), ErrorCodes.FileInvalidUtf8, 2);
    }

    [Test]
    public void Check_TruncatedSequenceAtEndOfFile_WarnsInvalidUtf8()
    {
        using TempFolder temp = new();
        string path = temp.WriteBytes("a.txt", [.. Encoding.UTF8.GetBytes(Line), 0xE2, 0x80]);
        AssertOneWarning(path, new IngestOptions(), ErrorCodes.FileInvalidUtf8, 2);
    }

    [TestCase(65535)]
    [TestCase(65534)]
    [TestCase(65533)]
    public void Check_MultiByteCharacterAcrossChunkBoundary_Passes(int asciiBefore)
    {
        using TempFolder temp = new();
        StringBuilder text = new();
        for (int i = 0; i < asciiBefore; i++)
        {
            text.Append(i % 100 == 99 ? '\n' : 'a');
        }

        text.Append("China’s 🇨🇳 Belt and Road\n");
        DiagnosticBag diagnostics = new();
        Assert.That(FileValidator.Check(temp.Write("a.txt", text.ToString()), new IngestOptions(), diagnostics), Is.True);
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Check_FiftyMegabyteSingleLine_SkipsTheFileWithLineTooLong()
    {
        using TempFolder temp = new();
        string path = Path.Combine(temp.Path, "huge.txt");
        using (FileStream stream = File.Create(path))
        {
            byte[] block = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (int i = 0; i < 50; i++)
            {
                stream.Write(block);
            }
        }

        AssertOneWarning(path, new IngestOptions(), ErrorCodes.LineTooLong, 1);
    }

    [Test]
    public void Check_LineJustOverTheLimitOnLineTwo_WarnsWithLine()
    {
        using TempFolder temp = new();
        string path = temp.Write("a.txt", Line + new string('x', 101) + "\n");
        AssertOneWarning(path, new IngestOptions { MaxLineBytes = 100 }, ErrorCodes.LineTooLong, 2);
    }

    [Test]
    public void Check_FileOverSizeLimit_WarnsTooLarge()
    {
        using TempFolder temp = new();
        string path = temp.Write("a.txt", Line + Line + Line);
        AssertOneWarning(path, new IngestOptions { MaxLineBytes = 64, MaxFileBytes = 100 }, ErrorCodes.FileTooLarge, 0);
    }

    [Test]
    public void Check_PathIsADirectory_WarnsUnreadable()
    {
        using TempFolder temp = new();
        string path = Path.Combine(temp.Path, "folder.txt");
        Directory.CreateDirectory(path);
        AssertOneWarning(path, new IngestOptions(), ErrorCodes.FileUnreadable, 0);
    }

    [Test]
    public void Check_MissingFile_WarnsUnreadable()
    {
        using TempFolder temp = new();
        AssertOneWarning(Path.Combine(temp.Path, "gone.txt"), new IngestOptions(), ErrorCodes.FileUnreadable, 0);
    }

    private static void AssertOneWarning(string path, IngestOptions options, string code, int line)
    {
        DiagnosticBag diagnostics = new();
        Assert.That(FileValidator.Check(path, options, diagnostics), Is.False);
        Diagnostic warning = diagnostics.Items.Single();
        Assert.That((warning.Severity, warning.Code, warning.File, warning.Line), Is.EqualTo((Severity.Warning, code, path, line)));
    }
}
