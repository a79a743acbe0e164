using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Generates a synthetic corpus of distinct articles from the seed corpus: the sentences of the seeds' body paragraphs,
/// recombined with a fixed random seed into new paragraphs and articles, written as JSON Lines (one article a line,
/// so article boundaries are never in doubt).
/// </summary>
internal static class CorpusGenerator
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes files of <paramref name="perFile"/> articles into <paramref name="folder"/> until at least <paramref name="bytes"/> are written; returns the article count.</summary>
    public static int Generate(string seedsFolder, string folder, long bytes, int perFile = 500, int seed = 20240601)
    {
        List<string> sentences = SeedSentences(seedsFolder);
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        long written = 0;
        int articles = 0;
        for (int file = 0; written < bytes; file++)
        {
            using var writer = new StreamWriter(Path.Combine(folder, $"corpus_{file:D4}.jsonl"));
            for (int i = 0; i < perFile && written < bytes; i++, articles++)
            {
                string line = JsonSerializer.Serialize(Article(articles, sentences, random), Json);
                writer.WriteLine(line);
                written += line.Length + 1;
            }
        }

        return articles;
    }

    /// <summary>One more article, distinct from all generated ones (for the "add one article" reload).</summary>
    public static void WriteExtra(string seedsFolder, string path, int number)
    {
        string line = JsonSerializer.Serialize(Article(number, SeedSentences(seedsFolder), new Random(number)), Json);
        File.WriteAllText(path, line + "\n");
    }

    private static Dictionary<string, string> Article(int number, List<string> sentences, Random random)
    {
        var paragraphs = new List<string>();
        int count = random.Next(6, 16);
        for (int p = 0; p < count; p++)
        {
            int length = random.Next(2, 6);
            paragraphs.Add(string.Join(' ', Enumerable.Range(0, length).Select(_ => sentences[random.Next(sentences.Count)])));
        }

        string title = $"Dispatch {number}: " + sentences[random.Next(sentences.Count)].TrimEnd('.');
        string date = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3650)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, string> { ["title"] = title, ["date"] = date, ["text"] = string.Join('\n', paragraphs) };
    }

    private static List<string> SeedSentences(string seedsFolder)
    {
        var sentences = new List<string>();
        var diagnostics = new DiagnosticBag();
        foreach (Document doc in new CorpusReader().Read([seedsFolder], diagnostics))
        {
            foreach (Paragraph paragraph in doc.Paragraphs.Where(p => p.Role == LineRole.Body && !p.IsRepeat))
            {
                sentences.AddRange(paragraph.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(s => s.EndsWith('.') ? s : s + "."));
            }
        }

        return sentences;
    }
}
