using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Every export format `kg export --format` offers, in one list. Add an exporter here (e.g. the Neo4j project's
/// cypher and neo4j-admin exporters) and it becomes a valid --format value.
/// </summary>
internal static class ExporterCatalog
{
    /// <summary>The exporters, each with a distinct lower-case <see cref="IGraphExporter.Format"/>.</summary>
    public static IReadOnlyList<IGraphExporter> All { get; } =
    [
        new GraphMlExporter(),
        new JsonGraphExporter(),
        new CsvGraphExporter(),
    ];
}
