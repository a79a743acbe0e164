using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg query`: analyst questions answered from the store, no server needed (links, neighbours, entity, claims).</summary>
internal sealed class QueryCommand(CliServices services) : ICliCommand
{
    /// <summary>The real store and terminal.</summary>
    public QueryCommand()
        : this(CliServices.Default)
    {
    }

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("query", "Ask the graph: links between two entities, neighbours, one entity, claims.");
        ICliCommand[] subcommands =
        [
            new QueryLinksCommand(services),
            new QueryNeighboursCommand(services),
            new QueryEntityCommand(services),
            new QueryClaimsCommand(services),
        ];
        foreach (ICliCommand subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand.Build());
        }

        return command;
    }
}
