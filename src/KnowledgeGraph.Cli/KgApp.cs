using System.CommandLine;
using System.CommandLine.Invocation;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The `kg` root command: the sub-commands in the order of the pipeline, and the one place where errors become exit
/// codes. A parse error (unknown option, missing argument, bad value) is one line per problem and exit 2; a
/// <see cref="KgException"/> is its one line and <see cref="ExitCodes.For"/> its code; anything else is a one-line
/// internal error (KG9999, exit 1) without a stack trace unless KG_TRACE is set.
/// </summary>
internal static class KgApp
{
    /// <summary>Set to any value to print the stack trace of an internal error.</summary>
    public const string TraceVariable = "KG_TRACE";

    /// <summary>Runs `kg` with <paramref name="args"/> on the process's terminal, kg.yaml and store.</summary>
    public static int Run(string[] args) => Run(args, CliContext.ForProcess());

    /// <summary>Runs `kg` with <paramref name="args"/> in <paramref name="context"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RootCommand root = Root(context);
        ParseResult parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
            {
                context.Console.Report(new Diagnostic(Severity.Error, ErrorCodes.UsageInvalid, $"{error.Message} (see `{CommandPath(parse)} --help`)"));
            }

            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Console.Output,
                Error = context.Console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (KgException e)
        {
            context.Console.Report(e);
            return ExitCodes.For(e.Code);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string trace = Environment.GetEnvironmentVariable(TraceVariable) is null ? $" (set {TraceVariable}=1 for the stack trace)" : "\n" + e;
            context.Console.Report(new Diagnostic(Severity.Error, ErrorCodes.Internal, $"internal error: {e.GetType().Name}: {e.Message}{trace}"));
            return ExitCodes.RuntimeError;
        }
    }

    private static RootCommand Root(CliContext context)
    {
        ICliCommand[] commands =
        [
            new ExtractCommand(context),
            new ParseCommand(context),
            new EntitiesCommand(context),
            new DiscoverCommand(context),
            new GazetteerCommand(context),
            new BuildCommand(context),
            new EvalCommand(context),
            new TrainCommand(context),
            new LoadCommand(context),
            new QueryCommand(context),
            new StatsCommand(context),
            new ExportCommand(context),
            new ViewCommand(context),
        ];
        var root = new RootCommand("kg: turn analysis articles into a knowledge graph (extract, resolve, relate, store, load into Neo4j).");
        foreach (ICliCommand command in commands)
        {
            root.Subcommands.Add(command.Build());
        }

        return root;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string> { "kg" };
        for (System.CommandLine.Parsing.SymbolResult? result = parse.CommandResult; result is System.CommandLine.Parsing.CommandResult command && command.Parent is not null; result = result.Parent)
        {
            names.Insert(1, command.Command.Name);
        }

        return string.Join(' ', names);
    }
}
