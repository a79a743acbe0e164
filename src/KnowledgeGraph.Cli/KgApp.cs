using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>The `kg` root command: the list of sub-commands, in the order of the pipeline.</summary>
internal static class KgApp
{
    private static readonly ICliCommand[] Commands =
    [
        new Commands.ExtractCommand(),
        new Commands.ParseCommand(),
        new Commands.EntitiesCommand(),
        new Commands.DiscoverCommand(),
        new Commands.GazetteerCommand(),
        new Commands.BuildCommand(),
        new Commands.EvalCommand(),
        new Commands.TrainCommand(),
        new Commands.LoadCommand(),
        new Commands.QueryCommand(),
        new Commands.StatsCommand(),
        new Commands.ExportCommand(),
        new Commands.ViewCommand(),
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
