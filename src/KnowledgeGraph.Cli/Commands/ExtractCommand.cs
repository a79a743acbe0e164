using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg extract [paths] [--jsonl]`: ingest, then the extraction pipeline; prints every sentence with its mentions.
/// Repeated articles and paragraphs (the same text read twice) are printed once.
/// </summary>
internal sealed class ExtractCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        Argument<string[]> paths = SharedOptions.Paths();
        Option<bool> jsonl = new("--jsonl") { Description = "One JSON object per sentence (doc, line, sentence, start, role, article, mentions, claims)." };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        Option<int> threads = SharedOptions.Threads();
        var command = new Command("extract", "Extract sentences and resolved entity mentions from articles.") { paths, jsonl, gazetteers, threads };
        command.SetAction(parse => Run(
            SharedOptions.PathsOrSeeds(parse.GetValue(paths)), parse.GetValue(jsonl), context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(threads)));
        return command;
    }

    private int Run(IReadOnlyList<string> paths, bool jsonl, string gazetteers, int threads)
    {
        DiagnosticBag diagnostics = context.Console.Attach(new DiagnosticBag());
        IEnumerable<Document> docs = CorpusRun.Open(paths, gazetteers, threads, diagnostics);
        TextWriter text = context.Console.Output;
        using var json = new SentenceJsonWriter(text);
        int articles = 0, sentences = 0, mentions = 0;
        foreach (Document doc in docs)
        {
            if (doc.IsRepeat)
            {
                continue;
            }

            articles++;
            foreach (Paragraph paragraph in doc.Paragraphs.Where(p => !p.IsRepeat))
            {
                sentences += paragraph.Sentences.Length;
                mentions += paragraph.Mentions.Count;
                if (jsonl)
                {
                    json.Write(doc, paragraph);
                }
                else if (paragraph.Role.FeedsExtraction())
                {
                    SentencePrinter.Write(text, paragraph);
                }
            }

            text.Flush();
        }

        context.Console.Note($"{articles} articles, {sentences} sentences, {mentions} mentions");
        context.Console.SkippedSummary(diagnostics);
        return ExitCodes.ForRun(diagnostics);
    }
}
