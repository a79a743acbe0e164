using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Export;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg export --format F [--out DIR] [--store PATH]`: writes the graph with the exporter named F (see <see cref="ExporterCatalog"/>).</summary>
internal sealed class ExportCommand(CliContext context, IReadOnlyList<IGraphExporter> exporters) : ICliCommand
{
    /// <summary>Where exports go unless --out says otherwise.</summary>
    public const string DefaultOut = "out";

    /// <summary>Every exporter of <see cref="ExporterCatalog"/>.</summary>
    public ExportCommand(CliContext context)
        : this(context, ExporterCatalog.All)
    {
    }

    /// <inheritdoc/>
    public Command Build()
    {
        string formats = string.Join(", ", exporters.Select(e => e.Format));
        var format = new Option<string>("--format") { Description = $"Export format: {formats}.", Required = true };
        var outDir = new Option<string>("--out") { Description = $"Output folder (default {DefaultOut}).", DefaultValueFactory = _ => DefaultOut };
        Option<string?> store = SharedOptions.Store();
        var command = new Command("export", $"Write the graph to files ({formats}).") { format, outDir, store };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(format)!;
            IGraphExporter exporter = exporters.FirstOrDefault(e => string.Equals(e.Format, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new KgException(ErrorCodes.ExportFormatUnknown, $"unknown export format '{name}'; use one of: {formats}");
            return context.WithReader(parse.GetValue(store), reader =>
            {
                foreach (string file in exporter.Export(reader, parse.GetValue(outDir)!))
                {
                    context.Console.Markup($"wrote [bold]{Markup.Escape(file)}[/]");
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
