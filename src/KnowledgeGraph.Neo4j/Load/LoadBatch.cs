using KnowledgeGraph.Neo4j.Http;

namespace KnowledgeGraph.Neo4j.Load;

/// <summary>One transaction's worth of work: a step name ("entities:Country", "delete:claim"), its statement and row count.</summary>
internal sealed record LoadBatch(string Step, CypherStatement Statement, int Rows);
