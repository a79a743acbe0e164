namespace KnowledgeGraph.Neo4j.Tests.Live;

/// <summary>A public mirror of the internal protocol enum, so test cases can name it.</summary>
public enum Neo4jProtocolName
{
    Auto,
    QueryApi,
    TransactionalHttp,
}
