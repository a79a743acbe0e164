using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Query;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg query claims [--subject X] [--predicate P] [--object Y] [--class C] [--since DATE] [--source S] [--rank R]`:
/// claims matching every condition, strongest first, each with its sentences and the total. An unknown predicate or
/// class is an error that lists the valid ones (from the predicate lexicon, gazetteers/predicates.yaml).
/// </summary>
internal sealed class QueryClaimsCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var subject = new Option<string?>("--subject") { Description = "Subject entity (any name or alias)." };
        var predicate = new Option<string?>("--predicate") { Description = "Predicate, e.g. COOPERATES_WITH (case-insensitive; the lexicon's names)." };
        var obj = new Option<string?>("--object") { Description = "Object entity (any name or alias)." };
        var cls = new Option<string?>("--class") { Description = $"Predicate class: {string.Join(", ", PredicateClasses.All)}." };
        var since = new Option<string?>("--since") { Description = "Only claims dated on or after yyyy, yyyy-MM or yyyy-MM-dd (the time their sentences state, else their article's date)." };
        var source = new Option<string?>("--source") { Description = "Only claims whose source (who asserts it) contains this text." };
        Option<int> limit = SharedOptions.Limit(100, "claims");
        Option<int> evidence = SharedOptions.Evidence(1);
        Option<string> rank = SharedOptions.Rank(RankBy.Claims, "claims = confidence, then sentences, then newest; count = sentences asserting it; pmi = association score of its two entities.");
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var command = new Command("claims", "Claims matching every condition given, strongest first, with their sentences.")
        {
            subject, predicate, obj, cls, since, source, limit, evidence, rank, json, store, gazetteers,
        };
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            var filter = new ClaimFilter
            {
                Subject = parse.GetValue(subject), Predicate = parse.GetValue(predicate), Object = parse.GetValue(obj),
                Class = parse.GetValue(cls), Since = parse.GetValue(since), Source = parse.GetValue(source), Limit = parse.GetValue(limit),
                Rank = RankOption.Parse(parse.GetValue(rank)),
            };
            var vocabulary = ClaimVocabulary.Of(snapshot, Lexicon(context.Settings.Gazetteers(parse.GetValue(gazetteers))));
            ClaimSearchResult result = new ClaimSearch(snapshot, new EntityResolver(snapshot.Entities), vocabulary).Find(filter);
            context.Console.Show(parse.GetValue(json), result, r => Render(r, new EvidencePrinter(context.Console, parse.GetValue(evidence))));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The predicate lexicon when the gazetteer folder has a readable one; else null (the store's predicates are used).</summary>
    private PredicateLexicon? Lexicon(string gazetteers)
    {
        string path = Path.Combine(gazetteers, PredicateLexiconLoader.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return PredicateLexiconLoader.Load(path, new DiagnosticBag());
        }
        catch (KgException e)
        {
            context.Console.Report(new Diagnostic(Severity.Warning, e.Code, $"{e.Message}; predicates are checked against the store's only", e.File, e.Line, e.Column));
            return null;
        }
    }

    private void Render(ClaimSearchResult result, EvidencePrinter printer)
    {
        context.Console.Markup($"[bold]{result.Total} claim(s)[/], {result.Claims.Count} shown, ranked by {RankOption.Name(result.Rank)}");
        foreach (ClaimView claim in result.Claims)
        {
            printer.Claim(claim, indent: 0);
        }
    }
}
