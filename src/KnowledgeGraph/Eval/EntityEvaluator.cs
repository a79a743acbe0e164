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

    public EntityEvalResult Evaluate(IReadOnlyList<AnnotatedParagraph> gold, string root) => Score(Curate(gold), Predict(gold, root));

    /// <summary>
    /// <paramref name="gold"/> with every entity annotated by name only that the pipeline's gazetteer now holds keyed by
    /// its curated id (<see cref="GoldKeyResolver"/>), so that growing the gazetteer is not scored as an error.
    /// </summary>
    public IReadOnlyList<AnnotatedParagraph> Curate(IReadOnlyList<AnnotatedParagraph> gold) =>
        pipeline.Gazetteer is { } gazetteer ? GoldKeyResolver.Resolve(gold, gazetteer.Entities.Values) : gold;

    /// <summary>
    /// Runs the pipeline over every file <paramref name="gold"/> names (relative to <paramref name="root"/>) and returns
    /// each paragraph's predicted entity ids with their types, keyed by the paragraph's content id.
    /// </summary>
    public EntityPredictions Predict(IReadOnlyList<AnnotatedParagraph> gold, string root)
    {
        var files = gold.Select(p => Path.Combine(root, p.File)).Distinct(StringComparer.Ordinal).ToList();
        var predictions = new EntityPredictions();
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
                    predictions.Types[mention.Entity.Id] = mention.Entity.Type.ToString();
                }

                predictions.Paragraphs.TryAdd(paragraph.Id, set);
            }
        }

        return predictions;
    }

    /// <summary>Scores <paramref name="gold"/> (all of a set, or one split of it) against <paramref name="predictions"/>.</summary>
    public static EntityEvalResult Score(IEnumerable<AnnotatedParagraph> gold, EntityPredictions predictions)
    {
        var result = new EntityEvalResult();
        foreach (AnnotatedParagraph annotated in gold)
        {
            if (!predictions.Paragraphs.TryGetValue(ContentHash.Of(annotated.Text), out HashSet<string>? found))
            {
                result.Missing.Add($"{annotated.File}:{annotated.Line}");
                continue;
            }

            result.Paragraphs++;
            string where = annotated.Split is null ? $"{annotated.File}:{annotated.Line}" : $"{annotated.File}:{annotated.Line} ({annotated.Split})";
            var expected = annotated.Entities.ToDictionary(e => e.Key, e => e.Type.ToString(), StringComparer.Ordinal);
            foreach ((string key, string type) in expected)
            {
                bool hit = found.Contains(key);
                Count(result, type, hit ? 1 : 0, 0, hit ? 0 : 1);
                if (!hit)
                {
                    result.Errors.Add($"{where}  -{key}");
                }
            }

            foreach (string key in found.Where(k => !expected.ContainsKey(k)))
            {
                Count(result, predictions.Types[key], 0, 1, 0);
                result.Errors.Add($"{where}  +{key}");
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
