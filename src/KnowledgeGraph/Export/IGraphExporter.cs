using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>
/// A seam: one export format (graphml, json, csv here; cypher and neo4j-admin in KnowledgeGraph.Neo4j).
/// `kg export --format NAME` picks the exporter whose <see cref="Format"/> is NAME.
/// </summary>
internal interface IGraphExporter
{
    /// <summary>Lower-case format name used on the command line.</summary>
    string Format { get; }

    /// <summary>Writes the whole graph read from <paramref name="reader"/> into <paramref name="outDirectory"/>; returns the files written.</summary>
    IReadOnlyList<string> Export(IGraphReader reader, string outDirectory);
}
