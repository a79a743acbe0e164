using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>Turns a Neo4j status code ("Neo.TransientError.Transaction.DeadlockDetected") into a <see cref="Neo4jException"/>.</summary>
internal static class Neo4jError
{
    /// <summary>
    /// Neo.TransientError.* is retriable; Neo.ClientError.Security.* is an authentication or authorisation failure;
    /// any other client or database error is a statement error that stops the load.
    /// </summary>
    public static Neo4jException FromServer(string serverCode, string serverMessage, string statementName)
    {
        string where = $"Neo4j rejected '{statementName}' ({serverCode})";
        if (serverCode.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            return new Neo4jException(ErrorCodes.Neo4jTransient, $"{where}: {serverMessage}", transient: true, serverCode);
        }

        if (serverCode.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            return new Neo4jException(ErrorCodes.Neo4jAuth,
                $"{where}: {serverMessage}. Check NEO4J_USER and NEO4J_PASSWORD (the password of the server's NEO4J_AUTH).",
                transient: false, serverCode);
        }

        if (serverCode.StartsWith("Neo.ClientError.Database.", StringComparison.Ordinal))
        {
            return new Neo4jException(ErrorCodes.Neo4jConfig, $"{where}: {serverMessage}. Check NEO4J_DATABASE.", transient: false, serverCode);
        }

        return new Neo4jException(ErrorCodes.Neo4jCypher, $"{where}: {serverMessage}", transient: false, serverCode);
    }
}
