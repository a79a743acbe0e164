using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// Reads and validates gazetteers/predicates.yaml. Every problem is reported to the <see cref="DiagnosticBag"/> as
/// "file:line:column: error KG310x: …" (KG3101: not YAML or the wrong shape; KG3102: unknown key, unknown class or
/// type, a predicate without triggers, a duplicate name or trigger); then, if any was found, a
/// <see cref="KgException"/> is thrown before any text is read.
/// </summary>
internal static class PredicateLexiconLoader
{
    /// <summary>File name of the lexicon inside the gazetteer folder.</summary>
    public const string FileName = "predicates.yaml";

    private static readonly string[] PredicateKeys =
        ["name", "class", "symmetric", "subject", "object", "verbs", "forms", "preps", "direct", "direct_verbs", "reciprocal", "exits", "nouns", "modifiers", "modifiers_reversed", "titles", "possessor_object", "events", "accusations", "labels", "anti", "requests", "partners", "debts", "goods", "fronted_place", "received", "in_person", "destinations", "notes"];

    /// <summary>Loads the lexicon at <paramref name="path"/>; <paramref name="displayPath"/> is the name used in errors.</summary>
    public static PredicateLexicon Load(string path, DiagnosticBag diagnostics, string? displayPath = null)
    {
        string shown = displayPath ?? path;
        if (!File.Exists(path))
        {
            throw new KgException(ErrorCodes.GazetteerNotFound, $"predicate lexicon not found; create {FileName} in the gazetteer folder or turn claims off", shown);
        }

        return Parse(File.ReadAllText(path), shown, diagnostics);
    }

    /// <summary>Parses lexicon text; <paramref name="file"/> names it in errors.</summary>
    public static PredicateLexicon Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var errors = new LexiconErrors(file, diagnostics);
        YamlRead read = YamlItemRecovery.Read(text);
        foreach (YamlException ex in read.Errors)
        {
            errors.Add(ErrorCodes.LexiconSyntax, $"not valid YAML: {YamlText.Describe(ex)}", YamlText.Where(ex));
        }

        if (read.Stream is not { } stream)
        {
            throw errors.ToException();
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(ErrorCodes.LexiconSyntax, "expected a mapping with a top-level key `predicates:`", Mark.Empty);
            throw errors.ToException();
        }

        var predicates = new List<PredicateDefinition>();
        var cues = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        bool sawPredicates = false;
        foreach (var (keyNode, value) in root.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            if (key == "predicates" && value is YamlSequenceNode list)
            {
                sawPredicates = true;
                foreach (YamlNode item in list)
                {
                    PredicateDefinition? predicate = ReadPredicate(item, file, errors);
                    if (predicate is not null)
                    {
                        predicates.Add(predicate);
                    }
                }
            }
            else if (key == "claim_cues" && value is YamlMappingNode cueMap)
            {
                ReadCues(cueMap, cues, errors);
            }
            else if (key is "predicates" or "claim_cues")
            {
                errors.Add(ErrorCodes.LexiconSyntax, $"`{key}` must be a {(key == "predicates" ? "list" : "mapping")}", value.Start);
            }
            else
            {
                errors.Add(ErrorCodes.LexiconInvalid, $"unknown top-level key `{key}`; expected `predicates` or `claim_cues`", keyNode.Start);
            }
        }

        if (!sawPredicates)
        {
            errors.Add(ErrorCodes.LexiconInvalid, "missing top-level key `predicates:`", root.Start);
        }

        LexiconChecks.CheckDuplicates(predicates, errors);
        if (errors.Count > 0)
        {
            throw errors.ToException();
        }

        return new PredicateLexicon(predicates, new ClaimCues(cues), ContentHash.Of(text));
    }

    private static PredicateDefinition? ReadPredicate(YamlNode node, string file, LexiconErrors errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(ErrorCodes.LexiconSyntax, "each predicate must be a mapping (name:, class:, triggers)", node.Start);
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            if (Array.IndexOf(PredicateKeys, key) < 0)
            {
                errors.Add(ErrorCodes.LexiconInvalid, $"unknown key `{key}`; expected one of {string.Join(", ", PredicateKeys)}", keyNode.Start);
                continue;
            }

            fields[key] = value;
        }

        var reader = new LexiconFieldReader(fields, errors);
        string? name = reader.Scalar("name");
        string? cls = reader.Scalar("class");
        if (name is null || cls is null)
        {
            errors.Add(ErrorCodes.LexiconInvalid, "a predicate needs `name` and `class`", map.Start);
            return null;
        }

        var predicate = new PredicateDefinition
        {
            Name = name,
            Class = cls,
            Symmetric = reader.Bool("symmetric", false),
            SubjectTypes = reader.Types("subject"),
            ObjectTypes = reader.Types("object"),
            Verbs = reader.List("verbs"),
            Forms = reader.List("forms"),
            Preps = reader.List("preps"),
            Direct = reader.Bool("direct", true),
            DirectVerbs = reader.List("direct_verbs"),
            Reciprocal = reader.List("reciprocal"),
            Exits = reader.List("exits"),
            Nouns = reader.List("nouns"),
            Modifiers = reader.List("modifiers"),
            ModifiersReversed = reader.List("modifiers_reversed"),
            Titles = reader.List("titles"),
            PossessorObject = reader.Bool("possessor_object", false),
            Events = reader.List("events"),
            Accusations = reader.List("accusations"),
            Labels = reader.List("labels"),
            Anti = reader.List("anti"),
            Requests = reader.List("requests"),
            Partners = reader.List("partners"),
            Debts = reader.List("debts"),
            Goods = reader.List("goods"),
            FrontedPlace = reader.Bool("fronted_place", false),
            Received = reader.Bool("received", false),
            InPerson = reader.Bool("in_person", false),
            Destinations = reader.Bool("destinations", false),
            Notes = reader.Scalar("notes"),
            DefinedAt = $"{file}:{map.Start.Line}",
        };
        LexiconChecks.CheckPredicate(predicate, fields, map, errors);
        return predicate;
    }

    private static void ReadCues(YamlMappingNode map, Dictionary<string, IReadOnlyList<string>> cues, LexiconErrors errors)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            if (!ClaimCues.Keys.Contains(key, StringComparer.Ordinal))
            {
                errors.Add(ErrorCodes.LexiconInvalid, $"unknown cue list `{key}`; expected one of {string.Join(", ", ClaimCues.Keys)}", keyNode.Start);
                continue;
            }

            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal) { [key] = value };
            cues[key] = new LexiconFieldReader(fields, errors).List(key);
        }
    }
}
