using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// Runs `kg` in-process through <see cref="KgApp"/> (so errors and exit codes go through the one convention) over a
/// fixture store, capturing what it prints as a pipe would see it (no colours, no wrapping).
/// </summary>
internal sealed class CliHarness
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly CliContext context;

    public CliHarness(Func<string, IGraphReader>? openReader = null, string configPath = "kg.yaml")
    {
        context = new CliContext(
            new KgConsole(output, error, terminal: false),
            new KgSettings(configPath),
            openReader ?? (path => { OpenedPaths.Add(path); return SeedGraphFixture.Reader; }));
    }

    /// <summary>Store paths the default reader factory was asked to open.</summary>
    public List<string> OpenedPaths { get; } = [];

    public string Output => output.ToString();

    public string Error => error.ToString();

    /// <summary>Runs `kg <paramref name="args"/>`; returns the exit code.</summary>
    public int Run(params string[] args) => KgApp.Run(args, context);
}
