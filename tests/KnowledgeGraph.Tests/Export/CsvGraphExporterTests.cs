using System.Globalization;
using CsvHelper;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Export;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Export;

[TestFixture]
internal sealed class CsvGraphExporterTests
{
    [Test]
    public void Export_SeedFixture_WritesThreeFilesWithGephiHeaders()
    {
        using var dir = new ExportDirectory();
        IReadOnlyList<string> files = new CsvGraphExporter().Export(SeedGraphFixture.Reader, dir.Path);
        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "nodes.csv", "edges.csv", "claims.csv" }));
        Assert.That(File.ReadLines(files[0]).First(), Does.StartWith("Id,Label,Type,"));
        Assert.That(File.ReadLines(files[1]).First(), Does.StartWith("Source,Target,Type,Weight,"));
        Assert.That(File.ReadLines(files[2]).First(), Does.StartWith("Id,Subject,Predicate,"));
    }

    [Test]
    public void Export_SeedFixture_NodesReadBackAsTheEntities()
    {
        List<CsvNodeRow> rows = ReadBack<CsvNodeRow>("nodes.csv", out IGraphReader reader);
        Assert.That(rows.Select(r => (r.Id, r.Label, r.Type, r.Mentions)), Is.EquivalentTo(reader.Entities().Select(e => (e.Id, e.Name, e.Type, e.Mentions))));
        Assert.That(rows.Single(r => r.Id == "china").Aliases, Is.EqualTo("People's Republic of China"));
    }

    [Test]
    public void Export_SeedFixture_EdgesReadBackAsTheCoMentions()
    {
        List<CsvEdgeRow> rows = ReadBack<CsvEdgeRow>("edges.csv", out IGraphReader reader);
        Assert.That(
            rows.Select(r => (r.Source, r.Target, r.Sentences, r.Score, r.DemonymOnly, r.EvidenceSentenceIds)),
            Is.EquivalentTo(reader.CoMentions().Select(c => (c.A, c.B, c.Sentences, c.Score, c.DemonymOnly, string.Join(' ', c.EvidenceSentenceIds)))));
        Assert.That(rows, Has.All.Matches<CsvEdgeRow>(r => r.Type == "Undirected" && r.Weight >= 1));
    }

    [Test]
    public void Export_SeedFixture_ClaimsReadBackWithEvidenceText()
    {
        List<CsvClaimRow> rows = ReadBack<CsvClaimRow>("claims.csv", out IGraphReader reader);
        Assert.That(rows.Select(r => (r.Id, r.Subject, r.Predicate, r.Object, r.Negated)),
            Is.EquivalentTo(reader.Claims().Select(c => (c.Id, c.Subject, c.Predicate, c.Object, c.Negated))));
        CsvClaimRow arms = rows.Single(r => r.Predicate == "SUPPLIES_ARMS_TO");
        Assert.That(arms.Hedged, Is.True);
        Assert.That(arms.AssertedBy, Is.EqualTo("Reports"));
        Assert.That(arms.EvidenceLocations, Is.EqualTo($"{SeedGraphFixture.SeedFile}:139"));
        Assert.That(SeedGraphFixture.SeedLine(139), Does.Contain(arms.EvidenceText));
    }

    [Test]
    public void Export_OutIsAFile_ThrowsExportFailedNamingIt()
    {
        string file = Path.GetTempFileName();
        try
        {
            var ex = Assert.Throws<KgException>(() => new CsvGraphExporter().Export(SeedGraphFixture.Reader, file));
            Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ExportFailed));
            Assert.That(ex.File, Does.StartWith(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<T> ReadBack<T>(string name, out IGraphReader reader)
    {
        reader = SeedGraphFixture.Reader;
        using var dir = new ExportDirectory();
        new CsvGraphExporter().Export(reader, dir.Path);
        using var text = new StreamReader(Path.Combine(dir.Path, name));
        using var csv = new CsvReader(text, CultureInfo.InvariantCulture);
        return csv.GetRecords<T>().ToList();
    }
}
