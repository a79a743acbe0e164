using System.Text;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class LineSourceTests
{
    [Test]
    public void Read_CrLfAndByteOrderMark_GivesOriginalLinesNumberedFromOneIncludingBlanks()
    {
        using TempFolder temp = new();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Kabul\r\n\r\nChina’s clout\nlast")];
        string path = temp.WriteBytes("a.txt", bytes);
        List<SourceLine> lines = LineSource.Read(path, new DiagnosticBag()).ToList();
        Assert.That(lines, Is.EqualTo(new[] { new SourceLine("Kabul", 1), new SourceLine("", 2), new SourceLine("China’s clout", 3), new SourceLine("last", 4) }));
    }

    [Test]
    public void Read_MissingFile_WarnsUnreadableAndYieldsNothing()
    {
        using TempFolder temp = new();
        string path = Path.Combine(temp.Path, "gone.txt");
        DiagnosticBag diagnostics = new();
        Assert.That(LineSource.Read(path, diagnostics), Is.Empty);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.File)), Is.EqualTo(new[] { (ErrorCodes.FileUnreadable, path) }));
    }
}
