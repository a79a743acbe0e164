using KnowledgeGraph.Store;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// What the read-side commands need from outside: how to open a store, where tables go (a Spectre console), and
/// raw writers for JSON and errors. Tests pass their own; <see cref="Default"/> is the real store and terminal.
/// </summary>
internal sealed record CliServices(Func<string, IGraphReader> OpenReader, IAnsiConsole Console, TextWriter Output, TextWriter Error)
{
    /// <summary>The store opener of <see cref="StoreOpener"/>, the terminal, standard output and error.</summary>
    public static CliServices Default { get; } = new(StoreOpener.OpenReader, AnsiConsole.Console, System.Console.Out, System.Console.Error);
}
