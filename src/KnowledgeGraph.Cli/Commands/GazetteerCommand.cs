using System.CommandLine;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg gazetteer check [--gazetteers DIR]`: validates the gazetteer and the predicate lexicon (predicates.yaml, when
/// present) and prints every error as file:line:column.
/// </summary>
internal sealed class GazetteerCommand : ICliCommand
{
    public Command Build()
    {
        var dir = new Option<string>("--gazetteers") { Description = "Folder of gazetteer YAML files.", DefaultValueFactory = _ => "gazetteers" };
        var check = new Command("check", "Validate gazetteers/*.yaml: duplicate ids, alias conflicts, unknown types or keys, empty names, dangling references.");
        check.Options.Add(dir);
        check.SetAction(parse => Check(parse.GetValue(dir)!));
        var command = new Command("gazetteer", "Work with the curated gazetteer.");
        command.Subcommands.Add(check);
        return command;
    }

    private static int Check(string directory)
    {
        var errors = new List<Diagnostic>();
        KnowledgeGraph.Gazetteer.Gazetteer? gazetteer = GazetteerLoader.TryLoad(directory, errors);
        int predicates = CheckLexicon(directory, errors);
        foreach (Diagnostic error in errors)
        {
            Console.Error.WriteLine(error);
        }

        if (errors.Count > 0 || gazetteer is null)
        {
            Console.Error.WriteLine($"{errors.Count} error(s) in {directory}");
            return 1;
        }

        var byType = gazetteer.Entities.Values.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"{directory}: {gazetteer.Entities.Count} entities ({string.Join(", ", byType)}), {gazetteer.Forms.Count} surface forms, {predicates} predicates, fingerprint {gazetteer.Fingerprint}: OK");
        return 0;
    }

    /// <summary>Validates predicates.yaml when the folder has one; adds its errors and returns its predicate count.</summary>
    private static int CheckLexicon(string directory, List<Diagnostic> errors)
    {
        string path = Path.Combine(directory, PredicateLexiconLoader.FileName);
        if (!File.Exists(path))
        {
            return 0;
        }

        var bag = new DiagnosticBag();
        try
        {
            return PredicateLexiconLoader.Load(path, bag).Predicates.Count;
        }
        catch (KgException)
        {
            errors.AddRange(bag.Items);
            return 0;
        }
    }
}
