using System.Globalization;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Eval.Coreference;

/// <summary>
/// Reads tests/eval/coreference.yaml: `paragraphs: [{file, line, split?, references: [{text, at, entity}]}]`, where
/// `entity` is an id or name, a list of them, or ~. Every mistake is one error with file:line:column (KG9001).
/// </summary>
internal static class CoreferenceEvalSet
{
    public static IReadOnlyList<CoreferenceParagraph> Load(string path)
    {
        var errors = new List<Diagnostic>();
        YamlFile? doc = YamlFile.Load(path, File.ReadAllText(path), ErrorCodes.ConfigInvalid, errors);
        var result = new List<CoreferenceParagraph>();
        if (doc?.Get("paragraphs") is YamlSequenceNode paragraphs)
        {
            foreach (YamlNode node in paragraphs.Children)
            {
                if (node is not YamlMappingNode p)
                {
                    errors.Add(YamlFields.Error(ErrorCodes.ConfigInvalid, "each paragraph must be a mapping with file, line and references", path, node));
                    continue;
                }

                string file = YamlFields.Scalar(p, "file", path, ErrorCodes.ConfigInvalid, errors) ?? "";
                int line = Number(p, "line", path, errors);
                string? split = YamlFields.Scalar(p, "split", path, ErrorCodes.ConfigInvalid, errors);
                result.Add(new CoreferenceParagraph(file, line, split, References(p, path, errors)));
            }
        }
        else if (doc is not null)
        {
            errors.Add(new Diagnostic(Severity.Error, ErrorCodes.ConfigInvalid, "the file must have a top-level `paragraphs:` list", path, 1, 1));
        }

        if (errors.Count > 0)
        {
            throw new GazetteerException(errors);
        }

        return result;
    }

    private static List<GoldReference> References(YamlMappingNode p, string path, List<Diagnostic> errors)
    {
        var references = new List<GoldReference>();
        if (YamlFields.Get(p, "references") is not YamlSequenceNode list)
        {
            errors.Add(YamlFields.Error(ErrorCodes.ConfigInvalid, "`references` must be a list of {text, at, entity}", path, p));
            return references;
        }

        foreach (YamlNode item in list.Children)
        {
            if (item is not YamlMappingNode r)
            {
                errors.Add(YamlFields.Error(ErrorCodes.ConfigInvalid, "each reference must be a mapping {text, at, entity}", path, item));
                continue;
            }

            string text = YamlFields.Scalar(r, "text", path, ErrorCodes.ConfigInvalid, errors) ?? "";
            var entities = YamlFields.Scalars(r, "entity", path, ErrorCodes.ConfigInvalid, errors).Select(e => e.Text.Trim()).Where(e => e.Length > 0).ToList();
            references.Add(new GoldReference(text, Number(r, "at", path, errors), entities));
        }

        return references;
    }

    private static int Number(YamlMappingNode map, string key, string path, List<Diagnostic> errors)
    {
        string? value = YamlFields.Scalar(map, key, path, ErrorCodes.ConfigInvalid, errors);
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            return number;
        }

        errors.Add(YamlFields.Error(ErrorCodes.ConfigInvalid, $"`{key}` must be a whole number", path, YamlFields.Get(map, key) ?? map));
        return 0;
    }
}
