using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Eval;

/// <summary>Reads tests/eval/entities*.yaml: `paragraphs: [{file, line, split?, text, entities: [{id?, name, type}]}]`.</summary>
internal static class EntityEvalSet
{
    public static IReadOnlyList<AnnotatedParagraph> Load(string path)
    {
        var errors = new List<Diagnostic>();
        YamlFile? doc = YamlFile.Load(path, File.ReadAllText(path), ErrorCodes.ConfigInvalid, errors);
        var result = new List<AnnotatedParagraph>();
        if (doc?.Get("paragraphs") is YamlSequenceNode paragraphs)
        {
            foreach (YamlMappingNode p in paragraphs.Children.OfType<YamlMappingNode>())
            {
                string file = YamlFields.Scalar(p, "file", path, ErrorCodes.ConfigInvalid, errors) ?? "";
                int line = int.Parse(YamlFields.Scalar(p, "line", path, ErrorCodes.ConfigInvalid, errors) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                string text = YamlFields.Scalar(p, "text", path, ErrorCodes.ConfigInvalid, errors) ?? "";
                string? split = YamlFields.Scalar(p, "split", path, ErrorCodes.ConfigInvalid, errors);
                var entities = new List<GoldEntity>();
                if (YamlFields.Get(p, "entities") is YamlSequenceNode list)
                {
                    foreach (YamlMappingNode e in list.Children.OfType<YamlMappingNode>())
                    {
                        string? type = YamlFields.Scalar(e, "type", path, ErrorCodes.ConfigInvalid, errors);
                        if (!Enum.TryParse(type, out EntityType entityType))
                        {
                            errors.Add(YamlFields.Error(ErrorCodes.ConfigInvalid, $"unknown type `{type}`", path, e));
                            continue;
                        }

                        entities.Add(new GoldEntity(YamlFields.Scalar(e, "id", path, ErrorCodes.ConfigInvalid, errors), YamlFields.Scalar(e, "name", path, ErrorCodes.ConfigInvalid, errors) ?? "", entityType));
                    }
                }

                result.Add(new AnnotatedParagraph(file, line, text, entities, split));
            }
        }

        if (errors.Count > 0)
        {
            throw new GazetteerException(errors);
        }

        return result;
    }
}
