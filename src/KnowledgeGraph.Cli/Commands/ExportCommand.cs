using System.CommandLine;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Export;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg export --format F [--out DIR] [--store PATH]`: writes the graph with the exporter named F (see <see cref="ExporterCatalog"/>).</summary>
internal sealed class ExportCommand(CliServices services, IReadOnlyList<IGraphExporter> exporters) : ICliCommand
{
    /// <summary>Where exports go unless --out says otherwise.</summary>
    public const string DefaultOut = "out";

    /// <summary>The real store and terminal, every exporter of <see cref="ExporterCatalog"/>.</summary>
    public ExportCommand()
        : this(CliServices.Default, ExporterCatalog.All)
    {
    }

    /// <inheritdoc/>
    public Command Build()
    {
        string formats = string.Join(", ", exporters.Select(e => e.Format));
        var format = new Option<string>("--format") { Description = $"Export format: {formats}.", Required = true };
        var outDir = new Option<string>("--out") { Description = $"Output folder (default {DefaultOut}).", DefaultValueFactory = _ => DefaultOut };
        Option<string> store = ReadOptions.Store();
        var command = new Command("export", $"Write the graph to files ({formats}).");
        command.Options.Add(format);
        command.Options.Add(outDir);
        command.Options.Add(store);
        command.SetAction(parse =>
        {
            string name = parse.GetValue(format)!;
            IGraphExporter? exporter = exporters.FirstOrDefault(e => string.Equals(e.Format, name, StringComparison.OrdinalIgnoreCase));
            if (exporter is null)
            {
                services.Error.WriteLine(new KgException(ErrorCodes.ExportFormatUnknown, $"unknown export format '{name}'; use one of: {formats}").ToLine());
                return CommandRunner.UserError;
            }

            return CommandRunner.WithReader(services, parse.GetValue(store)!, reader =>
            {
                foreach (string file in exporter.Export(reader, parse.GetValue(outDir)!))
                {
                    services.Console.MarkupLine($"wrote [bold]{Markup.Escape(file)}[/]");
                }

                return 0;
            });
        });
        return command;
    }
}
