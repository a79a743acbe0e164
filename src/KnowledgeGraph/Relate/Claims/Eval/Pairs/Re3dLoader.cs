using System.Text.Json;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>
/// Reads the Relationship and Entity Extraction Evaluation Dataset (re3d, Dstl): a folder of collections, each a folder
/// with <c>documents.json</c>, <c>entities.json</c> and <c>relations.json</c>, one JSON object a line (a folder holding
/// the three files itself is one collection). Kept: relations between two ends of the types this project relates
/// (<see cref="Related"/>: persons, organisations, places, nationalities), except "IsSynonymOf", which says two names
/// are one entity (coreference), not a relation. A relation whose spans do not match the document's text is left out
/// and counted. A line that is not a JSON object with the fields re3d documents throws KG5102 naming file:line.
/// </summary>
internal static class Re3dLoader
{
    /// <summary>re3d's entity types whose spans can be entities of this project.</summary>
    private static readonly HashSet<string> Related = new(StringComparer.Ordinal) { "Person", "Organisation", "Location", "Nationality" };

    private const string Synonym = "IsSynonymOf";

    public static PairSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new KgException(ErrorCodes.FileNotFound, "relation evaluation folder not found", folder);
        }

        List<string> collections = [.. Directory.GetDirectories(folder).Where(IsCollection).Order(StringComparer.Ordinal)];
        if (IsCollection(folder))
        {
            collections.Insert(0, folder);
        }

        if (collections.Count == 0)
        {
            throw new KgException(ErrorCodes.PairEvalInvalid, "no collection here: a folder needs documents.json, entities.json and relations.json", folder);
        }

        var documents = new List<PairDocument>();
        int skipped = 0;
        foreach (string collection in collections)
        {
            skipped += LoadCollection(collection, documents);
        }

        return new PairSet(documents, skipped);
    }

    private static bool IsCollection(string folder) =>
        File.Exists(Path.Combine(folder, "documents.json")) && File.Exists(Path.Combine(folder, "relations.json")) && File.Exists(Path.Combine(folder, "entities.json"));

    private static int LoadCollection(string folder, List<PairDocument> documents)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (root, file, line) in Lines(Path.Combine(folder, "documents.json")))
        {
            string id = Text(root, "_id", file, line);
            if (texts.TryAdd(id, Text(root, "text", file, line)))
            {
                order.Add(id);
            }
        }

        var types = new Dictionary<(string, int, int), string>();
        foreach (var (root, file, line) in Lines(Path.Combine(folder, "entities.json")))
        {
            types[(Text(root, "documentId", file, line), Number(root, "begin", file, line), Number(root, "end", file, line))] = Text(root, "type", file, line);
        }

        var pairs = order.ToDictionary(id => id, _ => new List<GoldPair>(), StringComparer.Ordinal);
        int skipped = 0;
        foreach (var (root, file, line) in Lines(Path.Combine(folder, "relations.json")))
        {
            string document = Text(root, "documentId", file, line);
            string type = Text(root, "type", file, line);
            var pair = new GoldPair(
                type,
                Number(root, "sourceBegin", file, line), Number(root, "sourceEnd", file, line), Text(root, "source", file, line),
                Number(root, "targetBegin", file, line), Number(root, "targetEnd", file, line), Text(root, "target", file, line));
            if (!texts.TryGetValue(document, out string? text))
            {
                throw new KgException(ErrorCodes.PairEvalInvalid, $"relation names document `{document}`, which documents.json does not hold", file, line);
            }

            if (type == Synonym || !IsRelated(types, document, pair.SourceStart, pair.SourceEnd) || !IsRelated(types, document, pair.TargetStart, pair.TargetEnd))
            {
                continue;
            }

            if (!Matches(text, pair.SourceStart, pair.SourceEnd, pair.Source) || !Matches(text, pair.TargetStart, pair.TargetEnd, pair.Target))
            {
                skipped++;
                continue;
            }

            pairs[document].Add(pair);
        }

        documents.AddRange(order.Select(id => new PairDocument(id, name, texts[id], pairs[id])));
        return skipped;
    }

    private static bool IsRelated(Dictionary<(string, int, int), string> types, string document, int start, int end) =>
        types.TryGetValue((document, start, end), out string? type) && Related.Contains(type);

    private static bool Matches(string text, int start, int end, string value) =>
        start >= 0 && end <= text.Length && start < end && text.AsSpan(start, end - start).SequenceEqual(value);

    private static IEnumerable<(JsonElement Root, string File, int Line)> Lines(string path)
    {
        int number = 0;
        foreach (string text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonElement root;
            try
            {
                using JsonDocument json = JsonDocument.Parse(text);
                root = json.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new KgException(ErrorCodes.PairEvalInvalid, $"not a JSON object: {ex.Message}", path, number, (int)(ex.BytePositionInLine ?? 0) + 1);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new KgException(ErrorCodes.PairEvalInvalid, "not a JSON object", path, number);
            }

            yield return (root, path, number);
        }
    }

    private static string Text(JsonElement root, string field, string file, int line) =>
        root.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new KgException(ErrorCodes.PairEvalInvalid, $"needs a string field `{field}`", file, line);

    private static int Number(JsonElement root, string field, string file, int line) =>
        root.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number)
            ? number
            : throw new KgException(ErrorCodes.PairEvalInvalid, $"needs a whole-number field `{field}`", file, line);
}
