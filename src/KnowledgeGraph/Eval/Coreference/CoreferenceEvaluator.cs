using System.Globalization;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Eval.Coreference;

/// <summary>
/// Scores coreference against annotated paragraphs. Each annotated file is read and processed whole, so references
/// resolve in their article. A resolved reference is right when it starts on an annotated word that refers to a named
/// entity and names that entity (for "the two countries", the entity or one of the others it names); every other
/// resolved reference is wrong (a word annotated as no reference, a wrong entity, or a word nobody annotated). Recall
/// counts the annotated words that refer to a named entity.
/// </summary>
internal sealed class CoreferenceEvaluator(ExtractionPipeline pipeline, IngestOptions? ingest = null)
{
    private readonly IngestOptions ingest = ingest ?? new IngestOptions();

    public CoreferenceEvalResult Evaluate(IReadOnlyList<CoreferenceParagraph> gold, string root)
    {
        Dictionary<(string, int), Paragraph> predicted = Predict(gold, root);
        var result = new CoreferenceEvalResult();
        foreach (CoreferenceParagraph annotated in gold)
        {
            if (!predicted.TryGetValue((Path.GetFullPath(Path.Combine(root, annotated.File)), annotated.Line), out Paragraph? paragraph))
            {
                result.Missing.Add(annotated.Where);
                continue;
            }

            result.Paragraphs++;
            result.Annotated += annotated.References.Count;
            Score(annotated, paragraph, result);
        }

        return result;
    }

    private Dictionary<(string, int), Paragraph> Predict(IReadOnlyList<CoreferenceParagraph> gold, string root)
    {
        var files = gold.Select(p => Path.Combine(root, p.File)).Distinct(StringComparer.Ordinal).ToList();
        var wanted = gold.Select(p => (Path.GetFullPath(Path.Combine(root, p.File)), p.Line)).ToHashSet();
        var paragraphs = new Dictionary<(string, int), Paragraph>();
        foreach (Document doc in new CorpusReader(ingest).Read(files, new DiagnosticBag()))
        {
            pipeline.Process(doc);
            foreach (Paragraph paragraph in doc.Paragraphs)
            {
                foreach (SourceLocation location in paragraph.Locations)
                {
                    var key = (Path.GetFullPath(location.File), location.Line);
                    if (wanted.Contains(key))
                    {
                        paragraphs.TryAdd(key, paragraph);
                    }
                }
            }
        }

        return paragraphs;
    }

    private static void Score(CoreferenceParagraph annotated, Paragraph paragraph, CoreferenceEvalResult result)
    {
        Score part = result.Part(annotated.Split ?? "seed");
        var byStart = annotated.References.GroupBy(r => r.At).ToDictionary(g => g.Key, g => g.First());
        var found = new HashSet<int>();
        foreach (Reference reference in paragraph.References)
        {
            found.Add(reference.Start);
            byStart.TryGetValue(reference.Start, out GoldReference? expected);
            bool right = expected is not null && Entities(reference).Any(e => expected.Names(e.Id, e.Name));
            string what = $"{paragraph.Text[reference.Start..reference.End]}@{reference.Start} → {reference.Entity.Id} ({reference.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})";
            Count(result, part, reference.IsSure, right ? 1 : 0, right ? 0 : 1, expected is { Entities.Count: > 0 } && !right ? 1 : 0);
            string band = Band(reference.Confidence);
            (int r, int w) = result.ByConfidence.GetValueOrDefault(band);
            result.ByConfidence[band] = right ? (r + 1, w) : (r, w + 1);
            if (!right)
            {
                string gold = expected is null ? "not annotated" : expected.Entities.Count == 0 ? "gold: none" : $"gold: {string.Join(" | ", expected.Entities)}";
                result.Errors.Add($"{annotated.Where}  +{what}, {gold}");
            }
        }

        foreach (GoldReference missed in annotated.References.Where(r => r.Entities.Count > 0 && !found.Contains(r.At)))
        {
            Count(result, part, false, 0, 0, 1);
            result.Errors.Add($"{annotated.Where}  -{missed.Text}@{missed.At} → {string.Join(" | ", missed.Entities)}");
        }
    }

    /// <summary>The confidence band of a reference: sure, 0.70-0.90 or under 0.70.</summary>
    private static string Band(float confidence) =>
        confidence >= Reference.Sure ? "0.90-1.00" : confidence >= 0.7f ? "0.70-0.90" : "0.50-0.70";

    private static IEnumerable<Entity> Entities(Reference reference) =>
        reference.OtherAntecedents.Select(m => m.Entity).Prepend(reference.Entity);

    private static void Count(CoreferenceEvalResult result, Score part, bool sure, int tp, int fp, int fn)
    {
        foreach (Score score in new[] { result.Overall, part })
        {
            score.TruePositives += tp;
            score.FalsePositives += fp;
            score.FalseNegatives += fn;
        }

        // The sure score: sure references are its predictions; every annotated reference counts for its recall.
        result.Sure.TruePositives += sure ? tp : 0;
        result.Sure.FalsePositives += sure ? fp : 0;
        result.Sure.FalseNegatives += fn + (sure ? 0 : tp);
    }
}
