using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Eval;

/// <summary>
/// Scores the pipeline against annotated paragraphs. The annotated files are read and processed whole, so every
/// paragraph is resolved in its article's context (partial names, metonyms, when-rules, learned acronyms); then
/// each annotated paragraph's predicted entity set (mentions at or above <see cref="MinimumConfidence"/>) is
/// compared with the gold set. Precision, recall and F1 are micro-averaged over (paragraph, entity) pairs.
/// </summary>
internal sealed class EntityEvaluator
{
    private readonly ExtractionPipeline pipeline;

    private readonly IngestOptions ingest;

    public EntityEvaluator(ExtractionPipeline pipeline, IngestOptions? ingest = null)
    {
        this.pipeline = pipeline;
        this.ingest = ingest ?? new IngestOptions();
    }

    /// <summary>Mentions below this confidence are not counted as predictions. Default 0.5 (bare capitalised runs, at 0.4, are suggestions for `kg discover`).</summary>
    public double MinimumConfidence { get; init; } = 0.5;

    public EntityEvalResult Evaluate(IReadOnlyList<AnnotatedParagraph> gold, string root)
    {
        var files = gold.Select(p => Path.Combine(root, p.File)).Distinct(StringComparer.Ordinal).ToList();
        var predicted = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Document doc in new CorpusReader(ingest).Read(files, new DiagnosticBag()))
        {
            pipeline.Process(doc);
            if (doc.IsRepeat)
            {
                continue;
            }

            foreach (Paragraph paragraph in doc.Paragraphs.Where(p => !p.IsRepeat))
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (Mention mention in paragraph.Mentions.Where(m => m.Confidence >= MinimumConfidence))
                {
                    set.Add(mention.Entity.Id);
                    types[mention.Entity.Id] = mention.Entity.Type.ToString();
                }

                predicted.TryAdd(paragraph.Id, set);
            }
        }

        var result = new EntityEvalResult();
        foreach (AnnotatedParagraph annotated in gold)
        {
            if (!predicted.TryGetValue(ContentHash.Of(annotated.Text), out HashSet<string>? found))
            {
                result.Missing.Add($"{annotated.File}:{annotated.Line}");
                continue;
            }

            result.Paragraphs++;
            var expected = annotated.Entities.ToDictionary(e => e.Key, e => e.Type.ToString(), StringComparer.Ordinal);
            foreach ((string key, string type) in expected)
            {
                bool hit = found.Contains(key);
                Count(result, type, hit ? 1 : 0, 0, hit ? 0 : 1);
                if (!hit)
                {
                    result.Errors.Add($"{annotated.File}:{annotated.Line}  -{key}");
                }
            }

            foreach (string key in found.Where(k => !expected.ContainsKey(k)))
            {
                Count(result, types[key], 0, 1, 0);
                result.Errors.Add($"{annotated.File}:{annotated.Line}  +{key}");
            }
        }

        return result;
    }

    private static void Count(EntityEvalResult result, string type, int tp, int fp, int fn)
    {
        foreach (Score score in new[] { result.Overall, result.Type(type) })
        {
            score.TruePositives += tp;
            score.FalsePositives += fp;
            score.FalseNegatives += fn;
        }
    }
}
