using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg eval`: evaluation commands over the annotated data in tests/eval/, one sub-command per layer.</summary>
internal sealed class EvalCommand : ICliCommand
{
    private static readonly ICliCommand[] SubCommands =
    [
        new EvalClaimsCommand(),
    ];

    public Command Build()
    {
        var command = new Command("eval", "Measure extraction against annotated data (precision, recall, F1).");
        foreach (ICliCommand sub in SubCommands)
        {
            command.Subcommands.Add(sub.Build());
        }

        return command;
    }
}
