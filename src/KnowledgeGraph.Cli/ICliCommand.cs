using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>
/// One `kg` sub-command. How a command is written (src/KnowledgeGraph.Cli/README.md says the same at more length):
/// <list type="bullet">
/// <item>One file under Commands/, an <c>internal sealed class XCommand(CliContext context) : ICliCommand</c>, listed in
/// <see cref="KgApp"/>.</item>
/// <item>Options that other commands also take come from <see cref="Options.SharedOptions"/> (--store, --gazetteers,
/// --json, --limit, --threads, paths…); values that kg.yaml can set are resolved through
/// <c>context.Settings</c>, never read from kg.yaml by the command.</item>
/// <item>Everything is printed through <c>context.Console</c> (<see cref="Output.KgConsole"/>): tables and markup
/// through <c>Rich</c>, JSON through <c>Json</c>, diagnostics through <c>Report</c> or <c>Attach</c>; never
/// <see cref="System.Console"/>.</item>
/// <item>The action returns <see cref="ExitCodes.Success"/> or throws <see cref="Diagnostics.KgException"/>:
/// <see cref="KgApp"/> prints it as one line and maps its code to the exit code (<see cref="ExitCodes.For"/>).
/// Return <see cref="ExitCodes.RuntimeError"/> directly only for a failed check that is not an exception (an
/// evaluation floor).</item>
/// <item>Work another command does is called as a library method (as `build --neo4j` calls
/// <see cref="Commands.LoadRunner"/>), never by parsing that command's arguments.</item>
/// </list>
/// </summary>
internal interface ICliCommand
{
    /// <summary>The System.CommandLine command, with its options and action.</summary>
    Command Build();
}
