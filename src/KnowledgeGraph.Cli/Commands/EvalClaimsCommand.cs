using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg eval claims [--data FILE]… [--split dev|test] [--gazetteers DIR] [--model FILE] [--gold-mentions] [--sentence-alone] [--rules-only] [--verbose]
/// [--min-precision P] [--min-recall R]`: runs the pipeline on the article of every annotated sentence of each set
/// (default: the exhaustive seed set tests/eval/claims-seeds.yaml, the unseen VOA set tests/eval/claims-voa.yaml and the
/// neighbouring-domain English-EWT weblog set tests/eval/claims-ewt.yaml),
/// scores the claims whose evidence lies in the annotated sentence (with --sentence-alone, each sentence is extracted
/// alone, so nothing resolves from the sentences before it) and prints
/// precision, recall and F1 overall, per predicate and per class, and for a set with splits, per split (dev: tuned on;
/// test: reported only); a ratio with nothing to count (no claim predicted, none expected) is "-", never 1.000.
/// Exit 1 when a set (or, with --split, that split) misses a floor, 2 when the data or lexicon is invalid.
/// </summary>
internal sealed class EvalClaimsCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var data = new Option<string[]>("--data") { Description = "Annotated sentences (YAML); repeat for several sets. Default: the seed and VOA sets.", AllowMultipleArgumentsPerToken = false };
        var split = new Option<string?>("--split") { Description = "Score and list only the sentences of this split (dev or test)." };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var gold = new Option<bool>("--gold-mentions") { Description = "Place mentions from the annotation's entity table (on the production tokeniser) instead of running the recogniser: measures the claim rules alone." };
        var alone = new Option<bool>("--sentence-alone") { Description = "Extract each annotated sentence alone instead of inside its article (no context for pronouns, descriptions or acronyms)." };
        var model = new Option<string?>("--model") { Description = "Language model file (default: models/kg-en.model beside the gazetteer folder)." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Leave out the learned relation model: the claim rules alone." };
        var verbose = new Option<bool>("--verbose") { Description = "List every sentence with a missing or spurious claim." };
        var minPrecision = new Option<double>("--min-precision") { Description = "Fail (exit 1) when overall precision is lower." };
        var minRecall = new Option<double>("--min-recall") { Description = "Fail (exit 1) when overall recall is lower." };
        var command = new Command("claims", "Evaluate claim extraction on the seed, VOA and English-EWT claim sets.") { data, split, gazetteers, model, gold, alone, rulesOnly, verbose, minPrecision, minRecall };
        command.SetAction(parse =>
        {
            string[] sets = parse.GetValue(data) is { Length: > 0 } given ? given : DefaultSets.Where(File.Exists).ToArray();
            string gazetteerDirectory = context.Settings.Gazetteers(parse.GetValue(gazetteers));
            DiagnosticBag diagnostics = context.Console.Attach(new DiagnosticBag());
            PredicateLexicon lexicon = PredicateLexiconLoader.Load(Path.Combine(gazetteerDirectory, PredicateLexiconLoader.FileName), diagnostics);
            ExtractionPipeline? pipeline = null;
            int exit = ExitCodes.Success;
            foreach (string path in sets)
            {
                ClaimEvalSet set = ClaimEvalLoader.Load(path, lexicon);
                if (parse.GetValue(split) is { } only)
                {
                    set = set with { Sentences = [.. set.Sentences.Where(s => s.Split == only)] };
                }

                pipeline ??= parse.GetValue(gold) ? null : PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteerDirectory, LearnedClaims = !parse.GetValue(rulesOnly), ModelPath = parse.GetValue(model) }, diagnostics);
                var found = new Dictionary<ClaimEvalSentence, IReadOnlyList<Claim>>(ReferenceEqualityComparer.Instance);
                this.articles = pipeline is not null && !parse.GetValue(alone);
                if (pipeline is not null && this.articles)
                {
                    ReadArticles(path, set, pipeline, gazetteerDirectory, found);
                }

                ClaimEvalReport report = Run(set, lexicon, pipeline, found);
                string label = parse.GetValue(split) is { } part ? $"{path}, split {part}" : path;
                Print(label, report, lexicon, parse.GetValue(verbose));
                foreach (string part2 in parse.GetValue(split) is null ? set.Sentences.Select(s => s.Split).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList() : [])
                {
                    ClaimEvalSet subset = set with { Sentences = [.. set.Sentences.Where(s => s.Split == part2)] };
                    Print($"{path}, split {part2}", Run(subset, lexicon, pipeline, found), lexicon, verbose: false);
                }

                exit = Math.Max(exit, Floors(label, report, parse.GetValue(minPrecision), parse.GetValue(minRecall)));
            }

            return exit;
        });
        return command;
    }

    /// <summary>The entities the pipeline named in each sentence, listed with its errors under --verbose.</summary>
    private readonly Dictionary<ClaimEvalSentence, string> named = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when sentences are read in their articles (the default), false with --sentence-alone.</summary>
    private bool articles;

    private static readonly string[] DefaultSets = [Path.Combine("tests", "eval", "claims-seeds.yaml"), Path.Combine("tests", "eval", "claims-voa.yaml"), Path.Combine("tests", "eval", "claims-ewt.yaml")];

    /// <summary>Scores <paramref name="set"/>; each sentence is extracted once and kept in <paramref name="found"/> for the per-split scores.</summary>
    private ClaimEvalReport Run(ClaimEvalSet set, PredicateLexicon lexicon, ExtractionPipeline? pipeline, Dictionary<ClaimEvalSentence, IReadOnlyList<Claim>> found)
    {
        if (pipeline is null)
        {
            return ClaimEvaluator.EvaluateWithGoldMentions(set, lexicon);
        }

        string mode = this.articles ? "pipeline, each sentence read in its article" : "pipeline, each sentence alone";
        return ClaimEvaluator.Evaluate(set, lexicon, mode, sentence =>
        {
            if (!found.TryGetValue(sentence, out IReadOnlyList<Claim>? claims))
            {
                Document doc = EvalDocuments.Create(sentence);
                pipeline.Process(doc);
                found[sentence] = claims = [.. doc.Paragraphs.SelectMany(p => p.Claims)];
                this.named[sentence] = string.Join(", ", doc.Paragraphs.SelectMany(p => p.Mentions).Select(m => m.Entity.Id).Distinct());
            }

            return claims;
        });
    }

    /// <summary>
    /// Extracts the articles of the set's sentences and keeps each sentence's claims in <paramref name="found"/>; a
    /// sentence not found in its file (moved or edited) is extracted alone, with a warning.
    /// </summary>
    private void ReadArticles(string path, ClaimEvalSet set, ExtractionPipeline pipeline, string gazetteerDirectory, Dictionary<ClaimEvalSentence, IReadOnlyList<Claim>> found)
    {
        var ingest = new IngestOptions { Cues = IngestCuesLoader.LoadOrDefault(gazetteerDirectory), MarkRepeats = false };
        string root = ArticleClaimReader.RootOf(path, set.Sentences);
        ArticleRead articles = ArticleClaimReader.Read(set.Sentences, root, ingest, pipeline.Process);
        if (articles.Relabelled > 0)
        {
            context.Console.Note($"note: {path}: {articles.Relabelled} annotated lines that Ingest labels as neither title nor body (captions, intros) read as body");
        }

        foreach (var (sentence, read) in articles.Sentences)
        {
            found[sentence] = read.Claims;
            this.named[sentence] = string.Join(", ", read.Named);
        }

        foreach (ClaimEvalSentence sentence in set.Sentences.Where(s => !found.ContainsKey(s)))
        {
            context.Console.Note($"warning: {sentence.Where}: annotated sentence not found in its article; extracted alone");
        }
    }

    private void Print(string label, ClaimEvalReport report, PredicateLexicon lexicon, bool verbose)
    {
        KgConsole console = context.Console;
        console.Line($"claims evaluation ({label}): {report.Sentences} sentences; mentions: {report.Mode}");
        console.Line($"{"predicate",-22} {"tp",4} {"fp",4} {"fn",4} {"precision",9} {"recall",7} {"f1",6}");
        IReadOnlyList<PredicateScore> classes = ClassScores.Of(report, lexicon);
        foreach (PredicateScore score in report.ByPredicate.Concat(classes).Append(report.Overall))
        {
            if (ReferenceEquals(score, classes.FirstOrDefault()))
            {
                console.Line("by class:");
            }

            bool predicted = score.TruePositives + score.FalsePositives > 0;
            bool expected = score.TruePositives + score.FalseNegatives > 0;
            console.Line(string.Format(
                CultureInfo.InvariantCulture, "{0,-22} {1,4} {2,4} {3,4} {4,9} {5,7} {6,6}",
                score.Predicate, score.TruePositives, score.FalsePositives, score.FalseNegatives,
                Ratio(predicted, score.Precision), Ratio(expected, score.Recall), Ratio(predicted && expected, score.F1)));
        }

        console.Line($"hedge flag agrees on {report.HedgeAgreements} of {report.Overall.TruePositives} matched claims; {report.LowConfidence} low-confidence claims emitted");
        if (!verbose)
        {
            return;
        }

        foreach (SentenceOutcome outcome in report.Errors)
        {
            console.Line();
            console.Line($"{outcome.Sentence.Where}: {outcome.Sentence.Text}");
            if (this.named.TryGetValue(outcome.Sentence, out string? names))
            {
                console.Line($"  named:    {names}");
            }

            foreach (string missing in outcome.Missing)
            {
                console.Line($"  missing:  {missing}");
            }

            foreach (string spurious in outcome.Spurious)
            {
                console.Line($"  spurious: {spurious}");
            }
        }
    }

    private int Floors(string label, ClaimEvalReport report, double minPrecision, double minRecall)
    {
        if (report.Overall.Precision < minPrecision || report.Overall.Recall < minRecall)
        {
            context.Console.Note(string.Format(CultureInfo.InvariantCulture, label + ": error: below the floor (precision {0:0.000} < {1:0.000} or recall {2:0.000} < {3:0.000})",
                report.Overall.Precision, minPrecision, report.Overall.Recall, minRecall));
            return ExitCodes.RuntimeError;
        }

        return ExitCodes.Success;
    }

    /// <summary>"0.976", or "-" when the ratio has nothing to count.</summary>
    private static string Ratio(bool defined, double value) => defined ? value.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
