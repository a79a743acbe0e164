namespace KnowledgeGraph.Diagnostics;

/// <summary>
/// The one exception root of the library. <see cref="Code"/> is stable (see <see cref="ErrorCodes"/>);
/// <see cref="File"/>, <see cref="Line"/> and <see cref="Column"/> name the input at fault when there is one.
/// </summary>
internal class KgException : Exception
{
    public KgException(string code, string message, string? file = null, int line = 0, int column = 0, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        File = file;
        Line = line;
        Column = column;
    }

    public string Code { get; }
    public string? File { get; }
    public int Line { get; }
    public int Column { get; }

    /// <summary>True when retrying the same operation may succeed (a busy store, a Neo4j timeout).</summary>
    public virtual bool IsTransient => false;

    /// <summary>The one-line form the CLI prints: "file:line:column: error KG1001: message".</summary>
    public string ToLine() => new Diagnostic(Severity.Error, Code, Message, File, Line, Column).ToString();
}
