namespace KnowledgeGraph.Neo4j;

/// <summary>Which of Neo4j's HTTP APIs carries the statements.</summary>
internal enum Neo4jProtocol
{
    /// <summary>Query API v2 when the server offers it (Neo4j 5.19+), else the transactional endpoint.</summary>
    Auto,

    /// <summary>POST /db/{db}/query/v2: one request, one auto-commit transaction.</summary>
    QueryApi,

    /// <summary>POST /db/{db}/tx/commit: the transactional HTTP endpoint (deprecated in 5.26, still served).</summary>
    TransactionalHttp,
}
