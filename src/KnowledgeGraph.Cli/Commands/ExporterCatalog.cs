using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Every export format `kg export --format` offers, in one list: graphml, json and csv from the library, cypher
/// (a cypher-shell script) and neo4j-admin (CSVs for `neo4j-admin database import full`) from the Neo4j project.
/// </summary>
internal static class ExporterCatalog
{
    /// <summary>The exporters, each with a distinct lower-case <see cref="IGraphExporter.Format"/>.</summary>
    public static IReadOnlyList<IGraphExporter> All { get; } =
    [
        new GraphMlExporter(),
        new JsonGraphExporter(),
        new CsvGraphExporter(),
        new KnowledgeGraph.Neo4j.Export.CypherScriptExporter(),
        new KnowledgeGraph.Neo4j.Export.Neo4jAdminExporter(),
    ];
}
