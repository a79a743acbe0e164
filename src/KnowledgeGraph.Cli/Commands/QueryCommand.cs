using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg query`: analyst questions answered from the store, no server needed (links, neighbours, entity, claims).</summary>
internal sealed class QueryCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("query", "Ask the graph: links between two entities, neighbours, one entity, claims.");
        ICliCommand[] subcommands =
        [
            new QueryLinksCommand(context),
            new QueryNeighboursCommand(context),
            new QueryEntityCommand(context),
            new QueryClaimsCommand(context),
        ];
        foreach (ICliCommand subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand.Build());
        }

        return command;
    }
}
