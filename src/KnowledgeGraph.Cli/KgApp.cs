using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

/// <summary>The `kg` root command: the list of sub-commands, in the order of the pipeline.</summary>
internal static class KgApp
{
    private static readonly ICliCommand[] Commands =
    [
        new EvalCommand(),
    ];

    public static int Run(string[] args)
    {
        var root = new RootCommand("kg: turn analysis articles into a knowledge graph (extract, resolve, relate, store, load into Neo4j).");
        foreach (ICliCommand command in Commands)
        {
            root.Subcommands.Add(command.Build());
        }

        return root.Parse(args).Invoke();
    }
}
