using System.CommandLine;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>Runs one `kg` command in-process over a fixture store, capturing what it prints.</summary>
internal sealed class CliHarness
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public CliHarness(Func<string, IGraphReader>? openReader = null)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400;
        Services = new CliServices(openReader ?? (path => { OpenedPaths.Add(path); return SeedGraphFixture.Reader; }), console, output, error);
    }

    public CliServices Services { get; }

    /// <summary>Store paths the default reader factory was asked to open.</summary>
    public List<string> OpenedPaths { get; } = [];

    public string Output => output.ToString();

    public string Error => error.ToString();

    /// <summary>Parses and invokes <paramref name="args"/> against a root holding <paramref name="command"/>; returns the exit code.</summary>
    public int Run(ICliCommand command, params string[] args)
    {
        var root = new RootCommand("kg (test)");
        root.Subcommands.Add(command.Build());
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
