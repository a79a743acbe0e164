using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// A failure talking to Neo4j. <see cref="ServerCode"/> is Neo4j's own status code when the server sent one
/// ("Neo.TransientError.Transaction.DeadlockDetected"). Messages never contain the password.
/// </summary>
internal sealed class Neo4jException : KgException
{
    public Neo4jException(string code, string message, bool transient, string? serverCode = null, Exception? inner = null)
        : base(code, message, inner: inner)
    {
        Transient = transient;
        ServerCode = serverCode;
    }

    /// <summary>The Neo4j status code, or null for transport failures.</summary>
    public string? ServerCode { get; }

    private bool Transient { get; }

    /// <inheritdoc />
    public override bool IsTransient => Transient;
}
