using KnowledgeGraph.Diagnostics;
using YamlDotNet.Core;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>Collects lexicon errors with file:line:column, reports each to the bag, and makes the final exception.</summary>
internal sealed class LexiconErrors
{
    private readonly string file;
    private readonly DiagnosticBag diagnostics;
    private Diagnostic? first;

    public LexiconErrors(string file, DiagnosticBag diagnostics)
    {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public int Count { get; private set; }

    public void Add(string code, string message, Mark at)
    {
        var diagnostic = new Diagnostic(Severity.Error, code, message, file, (int)at.Line, (int)at.Column);
        first ??= diagnostic;
        Count++;
        diagnostics.Report(diagnostic);
    }

    /// <summary>The exception thrown after all errors are reported: the first error's code and place, and the total.</summary>
    public KgException ToException()
    {
        Diagnostic d = first ?? new Diagnostic(Severity.Error, ErrorCodes.LexiconInvalid, "invalid predicate lexicon", file);
        string more = Count > 1 ? $" ({Count - 1} more error(s) reported)" : "";
        return new KgException(d.Code, d.Message + more, d.File, d.Line, d.Column);
    }
}
