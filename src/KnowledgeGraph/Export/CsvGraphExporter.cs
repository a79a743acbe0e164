using System.Globalization;
using System.Text;
using CsvHelper;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes nodes.csv, edges.csv (co-mentions) and claims.csv, each with a header row, UTF-8 without BOM,
/// invariant-culture numbers. Node and edge columns follow Gephi's spreadsheet import (Id, Label; Source, Target, Type, Weight).
/// </summary>
internal sealed class CsvGraphExporter : IGraphExporter
{
    /// <inheritdoc/>
    public string Format => "csv";

    /// <inheritdoc/>
    public IReadOnlyList<string> Export(IGraphReader reader, string outDirectory)
    {
        GraphSnapshot snapshot = GraphSnapshot.Load(reader);
        return
        [
            Write(outDirectory, "nodes.csv", snapshot.Entities.Select(e => new CsvNodeRow(
                e.Id, e.Name, e.Type, e.Subtype, string.Join("; ", e.Aliases), e.Discovered, e.Confidence, e.Mentions))),
            Write(outDirectory, "edges.csv", snapshot.CoMentions.Select(c => new CsvEdgeRow(
                c.A, c.B, "Undirected", EntityGraphBuilder.CoMentionWeight(c), c.Sentences, c.Paragraphs, c.Articles,
                c.First, c.Last, c.Score, c.DemonymOnly, string.Join(' ', c.EvidenceSentenceIds)))),
            Write(outDirectory, "claims.csv", snapshot.Claims.Select(c => ClaimRow(c, snapshot))),
        ];
    }

    private static CsvClaimRow ClaimRow(ClaimRecord claim, GraphSnapshot snapshot)
    {
        var ids = claim.Evidence.Select(e => e.SentenceId).Distinct(StringComparer.Ordinal).ToList();
        string? text = ids.Select(id => snapshot.SentencesById.GetValueOrDefault(id)?.Text).FirstOrDefault(t => t is not null);
        return new CsvClaimRow(
            claim.Id, claim.Subject, claim.Predicate, claim.PredicateClass, claim.Object, claim.Negated, claim.Hedged,
            claim.Source, claim.Time, claim.Qualifier, claim.Confidence, string.Join(' ', ids),
            string.Join(' ', claim.Evidence.Select(e => $"{e.File}:{e.Line}").Distinct(StringComparer.Ordinal)), text);
    }

    private static string Write<T>(string directory, string name, IEnumerable<T> rows)
    {
        using FileStream stream = ExportFile.Create(directory, name, out string path);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(rows);
        return path;
    }
}
