using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.View;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg view [--focus ENTITY] [--hops N] [--out FILE]`: writes one self-contained HTML page that draws the graph
/// (the drawing library inlined from view/node_modules; see <see cref="ViewAssetLoader"/>). Options and the page files
/// are checked before the store is opened.
/// </summary>
internal sealed class ViewCommand(CliContext context) : ICliCommand
{
    /// <summary>Where the page goes unless --out says otherwise.</summary>
    public const string DefaultOut = "out/graph.html";

    /// <inheritdoc/>
    public Command Build()
    {
        var defaults = new ViewOptions();
        var focus = new Option<string?>("--focus") { Description = "Draw only the neighbourhood of this entity (any name, alias or id)." };
        var hops = new Option<int>("--hops") { Description = $"Hops around --focus, 1 to 5 (default {defaults.Hops}).", DefaultValueFactory = _ => defaults.Hops };
        var outFile = new Option<string>("--out") { Description = $"The HTML file to write (default {DefaultOut}).", DefaultValueFactory = _ => DefaultOut };
        var maxEdges = new Option<int>("--max-edges") { Description = $"Draw at most this many edges, the strongest (default {defaults.MaxEdges}).", DefaultValueFactory = _ => defaults.MaxEdges };
        Option<bool> demonyms = SharedOptions.IncludeDemonyms();
        var assets = new Option<string>("--assets") { Description = $"Folder of the page files and the installed drawing library (default {ViewAssetLoader.DefaultDirectory}).", DefaultValueFactory = _ => ViewAssetLoader.DefaultDirectory };
        Option<string?> store = SharedOptions.Store();
        var command = new Command("view", "Write the graph as one self-contained, interactive HTML page (opens offline in any browser).")
        {
            focus, hops, outFile, maxEdges, demonyms, assets, store,
        };
        command.SetAction(parse =>
        {
            ViewOptions options = new ViewOptions
            {
                Focus = parse.GetValue(focus),
                Hops = parse.GetValue(hops),
                MaxEdges = parse.GetValue(maxEdges),
                IncludeDemonyms = parse.GetValue(demonyms),
            }.Validate();
            ViewAssets page = ViewAssetLoader.Load(parse.GetValue(assets)!);
            return context.WithSnapshot(parse.GetValue(store), snapshot =>
            {
                ViewModel model = ViewModelBuilder.Build(snapshot, options);
                string path = parse.GetValue(outFile)!;
                HtmlPageWriter.Write(path, model, page);
                context.Console.Markup($"wrote [bold]{Markup.Escape(path)}[/]: {model.Nodes.Count} entities, {model.Edges.Count} edges");
                if (model.Note is not null)
                {
                    context.Console.Markup($"[yellow]{Markup.Escape(model.Note)}[/]");
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
