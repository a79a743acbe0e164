using System.Text;
using KnowledgeGraph.Export;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>
/// `kg export --format cypher`: graph.cypher, a script for `cypher-shell -f graph.cypher` with the loader's own
/// statements (schema, then cypher/load/*.cypher per batch) and each batch's rows bound by a one-line
/// `:param rows => [...];` of escaped literals, so no value is ever spliced into a statement.
/// </summary>
internal sealed class CypherScriptExporter : IGraphExporter
{
    /// <summary>Rows per :param line. Default: 500.</summary>
    public int BatchSize { get; init; } = 500;

    /// <inheritdoc />
    public string Format => "cypher";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(IGraphReader reader, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Directory.CreateDirectory(outDirectory);
        string path = Path.Combine(outDirectory, "graph.cypher");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine($"// Knowledge graph at store revision {reader.Revision}. Load into an empty database:");
        writer.WriteLine("//   cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f graph.cypher");
        foreach (string statement in LoadStatements.Schema())
        {
            writer.WriteLine(statement + ";");
        }

        var line = new StringBuilder();
        foreach (LoadBatch batch in new LoadPlan(reader, 0, BatchSize, includeDeletions: false).Batches())
        {
            foreach ((string name, object? value) in batch.Statement.Parameters)
            {
                line.Clear().Append(":param ").Append(name).Append(" => ");
                CypherLiteralWriter.Write(line, value);
                line.Append(';');
                writer.WriteLine(line.ToString());
            }

            writer.WriteLine(batch.Statement.Text.TrimEnd() + ";");
        }

        return [path];
    }
}
