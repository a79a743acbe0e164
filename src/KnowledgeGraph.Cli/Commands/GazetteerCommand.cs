using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg gazetteer check [--gazetteers DIR]`: validates the gazetteer and the predicate lexicon (predicates.yaml, when
/// present) and the ingest cues (ingest-cues.yaml), and prints every error as file:line:column; exit 2 when there is any.
/// </summary>
internal sealed class GazetteerCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var check = new Command("check", "Validate gazetteers/*.yaml: YAML syntax, duplicate ids, alias conflicts, unknown types or keys, empty names, dangling references, the predicate lexicon.")
        {
            gazetteers,
        };
        check.SetAction(parse => Check(context.Settings.Gazetteers(parse.GetValue(gazetteers))));
        var command = new Command("gazetteer", "Work with the curated gazetteer.");
        command.Subcommands.Add(check);
        return command;
    }

    private int Check(string directory)
    {
        var errors = new List<Diagnostic>();
        KnowledgeGraph.Gazetteer.Gazetteer? gazetteer = GazetteerLoader.TryLoad(directory, errors);
        int predicates = CheckLexicon(directory, errors);
        CheckIngestCues(directory, errors);
        foreach (Diagnostic error in errors)
        {
            context.Console.Report(error);
        }

        if (errors.Count > 0 || gazetteer is null)
        {
            if (errors.Count > 1)
            {
                context.Console.Note($"{errors.Count} errors in {directory}");
            }

            return ExitCodes.UsageError;
        }

        var byType = gazetteer.Entities.Values.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        context.Console.Line($"{directory}: {gazetteer.Entities.Count} entities ({string.Join(", ", byType)}), {gazetteer.Forms.Count} surface forms, {predicates} predicates, fingerprint {gazetteer.Fingerprint}: OK");
        return ExitCodes.Success;
    }

    /// <summary>Validates ingest-cues.yaml when the folder has one.</summary>
    private static void CheckIngestCues(string directory, List<Diagnostic> errors)
    {
        try
        {
            IngestCuesLoader.LoadOrDefault(directory);
        }
        catch (KgException e)
        {
            errors.Add(new Diagnostic(Severity.Error, e.Code, e.Message, e.File, e.Line, e.Column));
        }
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
