using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.Conllu;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg parse [paths] [--conllu FILE] [--model FILE] [--out FILE]`: writes CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD
/// DEPREL DEPS MISC) with the model's tags, lemmas and trees and the recognised entity mentions in MISC
/// (NE=B-Type / NE=I-Type). With --conllu the file's sentences and words are kept exactly (comments, multiword-token
/// and empty-node lines passed through), so the output can be scored against it; otherwise articles are read and
/// tokenised as `kg extract` does (titles and body paragraphs).
/// </summary>
internal sealed class ParseCommand(CliContext context) : ICliCommand
{
    /// <summary>Sentences of a CoNLL-U file grouped into one document when the file marks no documents.</summary>
    private const int SentencesPerDocument = 200;

    /// <inheritdoc/>
    public Command Build()
    {
        Argument<string[]> paths = SharedOptions.Paths();
        var conllu = new Option<string?>("--conllu") { Description = "Parse the words of this CoNLL-U file instead of tokenising articles." };
        var model = new Option<string?>("--model") { Description = "Language model file (default: models/kg-en.model beside the gazetteer folder)." };
        var output = new Option<string?>("--out") { Description = "Write CoNLL-U here instead of standard output." };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        Option<int> threads = SharedOptions.Threads();
        var command = new Command("parse", "Tag, lemmatise and parse sentences; write CoNLL-U with entity mentions in MISC.") { paths, conllu, model, output, gazetteers, threads };
        command.SetAction(parse => Run(
            SharedOptions.PathsOrSeeds(parse.GetValue(paths)), parse.GetValue(conllu), parse.GetValue(model), parse.GetValue(output),
            context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(threads)));
        return command;
    }

    private int Run(IReadOnlyList<string> paths, string? conllu, string? model, string? output, string gazetteers, int threads)
    {
        DiagnosticBag diagnostics = context.Console.Attach(new DiagnosticBag());
        if (conllu is null)
        {
            InputLister.RequireSome(paths);
        }

        var options = new PipelineOptions { GazetteerDirectory = gazetteers, Claims = false, Syntax = SyntaxMode.Parse, ModelPath = model };
        ExtractionPipeline pipeline = PipelineFactory.Create(options, diagnostics);
        using TextWriter writer = output is null ? TextWriter.Null : new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false));
        TextWriter target = output is null ? context.Console.Output : writer;
        int sentences = conllu is null ? ParseArticles(paths, gazetteers, pipeline, threads, diagnostics, target) : ParseConllu(conllu, pipeline, target);
        target.Flush();
        context.Console.Note($"{sentences} sentences parsed");
        context.Console.SkippedSummary(diagnostics);
        return ExitCodes.ForRun(diagnostics);
    }

    private static int ParseConllu(string path, ExtractionPipeline pipeline, TextWriter output)
    {
        int count = 0;
        var batch = new List<ConlluSentence>();
        foreach (ConlluSentence sentence in ConlluReader.Read(path))
        {
            bool newDocument = sentence.Comments.Exists(c => c.StartsWith("# newdoc", StringComparison.Ordinal));
            if (batch.Count > 0 && (batch.Count == SentencesPerDocument || newDocument))
            {
                count += Flush(batch, pipeline, output);
            }

            batch.Add(sentence);
        }

        return count + Flush(batch, pipeline, output);
    }

    /// <summary>Parses a batch of sentences as one document (so the resolver sees their context) and writes them.</summary>
    private static int Flush(List<ConlluSentence> batch, ExtractionPipeline pipeline, TextWriter output)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var doc = new Document { Id = ContentHash.Of($"{batch[0].File}:{batch[0].Line}") };
        for (int i = 0; i < batch.Count; i++)
        {
            doc.Paragraphs.Add(ConlluParagraphs.ToParagraph(batch[i], i));
        }

        pipeline.ProcessTokenised(doc);
        for (int i = 0; i < batch.Count; i++)
        {
            ConlluParagraphs.Fill(batch[i], doc.Paragraphs[i]);
            ConlluWriter.Write(output, batch[i]);
        }

        int count = batch.Count;
        batch.Clear();
        return count;
    }

    private static int ParseArticles(IReadOnlyList<string> paths, string gazetteers, ExtractionPipeline pipeline, int threads, DiagnosticBag diagnostics, TextWriter output)
    {
        int count = 0;
        IEnumerable<Document> docs = new CorpusReader(IngestOptions.FromGazetteerDirectory(gazetteers)).Read(paths, diagnostics);
        foreach (Document doc in PipelineRunner.Run(docs, pipeline, threads, diagnostics))
        {
            if (doc.IsRepeat)
            {
                continue;
            }

            foreach (Paragraph paragraph in doc.Paragraphs)
            {
                if (paragraph.IsRepeat || paragraph.Syntax is null)
                {
                    continue;
                }

                for (int s = 0; s < paragraph.Sentences.Length; s++)
                {
                    ConlluWriter.Write(output, ConlluParagraphs.FromParagraph(paragraph, s, $"{paragraph.Location}:{s + 1}"));
                    count++;
                }
            }
        }

        return count;
    }
}
