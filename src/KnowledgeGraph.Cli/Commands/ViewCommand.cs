using System.CommandLine;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.View;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg view [--focus ENTITY] [--hops N] [--out FILE]`: writes one self-contained HTML page that draws the graph
/// (the drawing library inlined from view/node_modules; see <see cref="ViewAssetLoader"/>).
/// </summary>
internal sealed class ViewCommand(CliServices services) : ICliCommand
{
    /// <summary>Where the page goes unless --out says otherwise.</summary>
    public const string DefaultOut = "out/graph.html";

    /// <summary>The real store and terminal.</summary>
    public ViewCommand()
        : this(CliServices.Default)
    {
    }

    /// <inheritdoc/>
    public Command Build()
    {
        var defaults = new ViewOptions();
        var focus = new Option<string?>("--focus") { Description = "Draw only the neighbourhood of this entity (any name, alias or id)." };
        var hops = new Option<int>("--hops") { Description = $"Hops around --focus, 1 to 5 (default {defaults.Hops}).", DefaultValueFactory = _ => defaults.Hops };
        var outFile = new Option<string>("--out") { Description = $"The HTML file to write (default {DefaultOut}).", DefaultValueFactory = _ => DefaultOut };
        var maxEdges = new Option<int>("--max-edges") { Description = $"Draw at most this many edges, the strongest (default {defaults.MaxEdges}).", DefaultValueFactory = _ => defaults.MaxEdges };
        var demonyms = new Option<bool>("--include-demonyms") { Description = "Also draw co-mentions where one side is named only by a demonym (Chinese, Afghan)." };
        var assets = new Option<string>("--assets") { Description = $"Folder of the page files and the installed drawing library (default {ViewAssetLoader.DefaultDirectory}).", DefaultValueFactory = _ => ViewAssetLoader.DefaultDirectory };
        Option<string> store = ReadOptions.Store();
        var command = new Command("view", "Write the graph as one self-contained, interactive HTML page (opens offline in any browser).");
        command.Options.Add(focus);
        command.Options.Add(hops);
        command.Options.Add(outFile);
        command.Options.Add(maxEdges);
        command.Options.Add(demonyms);
        command.Options.Add(assets);
        command.Options.Add(store);
        command.SetAction(parse =>
        {
            ViewOptions options;
            ViewAssets page;
            try
            {
                options = new ViewOptions
                {
                    Focus = parse.GetValue(focus),
                    Hops = parse.GetValue(hops),
                    MaxEdges = parse.GetValue(maxEdges),
                    IncludeDemonyms = parse.GetValue(demonyms),
                }.Validate();
                page = ViewAssetLoader.Load(parse.GetValue(assets)!);
            }
            catch (KgException ex)
            {
                services.Error.WriteLine(ex.ToLine());
                return CommandRunner.UserError;
            }

            return CommandRunner.WithSnapshot(services, parse.GetValue(store)!, snapshot =>
            {
                ViewModel model = ViewModelBuilder.Build(snapshot, options);
                string path = parse.GetValue(outFile)!;
                HtmlPageWriter.Write(path, model, page);
                services.Console.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/]: {model.Nodes.Count} entities, {model.Edges.Count} edges");
                if (model.Note is not null)
                {
                    services.Console.MarkupLine($"[yellow]{Markup.Escape(model.Note)}[/]");
                }

                return 0;
            });
        });
        return command;
    }
}
