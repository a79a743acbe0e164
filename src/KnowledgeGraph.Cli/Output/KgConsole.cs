using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// The one way `kg` prints. Results go to standard output: tables and markup through <see cref="Rich"/>, plain lines
/// through <see cref="Line"/>, JSON through <see cref="Json{T}"/>. Errors, warnings and notes go to standard error,
/// one line each; a diagnostic is printed once however often it is reported (a file skipped in two places, an error
/// both reported and thrown). When standard output is not a terminal, nothing is coloured and nothing wraps, so a
/// `file:line` and its sentence stay on one line for grep and friends.
/// </summary>
internal sealed class KgConsole
{
    /// <summary>Line width used when output is not a terminal: wide enough that no sentence wraps.</summary>
    public const int PipeWidth = 4096;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Lock gate = new();
    private readonly HashSet<(string Code, string? File, int Line, int Column, string Message)> printed = [];

    /// <summary>A console over <paramref name="output"/> and <paramref name="error"/>; <paramref name="terminal"/> when output is an interactive terminal.</summary>
    public KgConsole(TextWriter output, TextWriter error, bool terminal, TextReader? input = null)
    {
        Input = input ?? TextReader.Null;
        Output = output;
        Error = error;
        IsTerminal = terminal;
        Rich = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!terminal)
        {
            Rich.Profile.Width = PipeWidth;
        }
    }

    /// <summary>Standard output, for tables and markup (Spectre.Console); never wraps when output is piped.</summary>
    public IAnsiConsole Rich { get; }

    /// <summary>Standard input (a password read with --password-stdin).</summary>
    public TextReader Input { get; }

    /// <summary>Raw standard output (JSON, JSON lines, YAML stubs).</summary>
    public TextWriter Output { get; }

    /// <summary>Raw standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard output is an interactive terminal (progress bars, colours, wrapping).</summary>
    public bool IsTerminal { get; }

    /// <summary>The console of this process: standard output and error, a terminal when neither is redirected.</summary>
    public static KgConsole ForProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected, Console.In);

    /// <summary>Writes one plain line to standard output.</summary>
    public void Line(string text = "")
    {
        lock (gate)
        {
            Output.WriteLine(text);
        }
    }

    /// <summary>
    /// Writes Spectre markup (escape user text with <see cref="Spectre.Console.Markup.Escape"/>) and a line break. On a
    /// terminal it is styled and wraps at the window's width; piped, it is written as plain text on one line.
    /// </summary>
    public void Markup(string markup)
    {
        if (IsTerminal)
        {
            Rich.MarkupLine(markup);
        }
        else
        {
            Line(Spectre.Console.Markup.Remove(markup));
        }
    }

    /// <summary>Writes <paramref name="value"/> as indented camel-case JSON to standard output.</summary>
    public void Json<T>(T value)
    {
        lock (gate)
        {
            Output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
            Output.Flush();
        }
    }

    /// <summary>Writes <paramref name="value"/> as JSON when <paramref name="json"/>, else through <paramref name="render"/>.</summary>
    public void Show<T>(bool json, T value, Action<T> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (json)
        {
            Json(value);
        }
        else
        {
            render(value);
        }
    }

    /// <summary>Writes a note (a count, a hint) to standard error.</summary>
    public void Note(string text)
    {
        lock (gate)
        {
            Error.WriteLine(text);
        }
    }

    /// <summary>Prints a diagnostic to standard error unless the same one was printed already; returns true when printed.</summary>
    public bool Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (gate)
        {
            if (!printed.Add((diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Message)))
            {
                return false;
            }

            Error.WriteLine(diagnostic.ToString());
            return true;
        }
    }

    /// <summary>Prints every diagnostic reported to <paramref name="diagnostics"/> as it comes (once each); returns the bag.</summary>
    public DiagnosticBag Attach(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.Reported += d => Report(d);
        return diagnostics;
    }

    /// <summary>
    /// The closing note about inputs skipped (files named once, the warnings themselves were printed as they came);
    /// nothing when none was skipped.
    /// </summary>
    public void SkippedSummary(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        int files = diagnostics.Items
            .Where(d => d.Severity >= Severity.Warning && d.Code.StartsWith("KG1", StringComparison.Ordinal))
            .Select(d => d.File ?? d.Code)
            .Distinct(StringComparer.Ordinal)
            .Count();
        if (files > 0)
        {
            Note($"{files} input file(s) skipped in whole or in part (warnings above)");
        }
    }

    /// <summary>
    /// Prints an error: every error of a gazetteer (each file:line:column), or the exception's one line; an error
    /// already printed as a diagnostic (the same code and place) is not printed again.
    /// </summary>
    public void Report(KgException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is GazetteerException gazetteer)
        {
            foreach (Diagnostic diagnostic in gazetteer.Errors)
            {
                Report(diagnostic);
            }

            return;
        }

        lock (gate)
        {
            if (error.File is not null && printed.Any(p => p.Code == error.Code && p.File == error.File && p.Line == error.Line && p.Column == error.Column))
            {
                return;
            }
        }

        Report(new Diagnostic(Severity.Error, error.Code, error.Message, error.File, error.Line, error.Column));
    }
}
