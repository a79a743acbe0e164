using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>Reads typed fields of one lexicon mapping, reporting a wrong shape at the value's line and column.</summary>
internal sealed class LexiconFieldReader
{
    private readonly Dictionary<string, YamlNode> fields;
    private readonly LexiconErrors errors;

    public LexiconFieldReader(Dictionary<string, YamlNode> fields, LexiconErrors errors)
    {
        this.fields = fields;
        this.errors = errors;
    }

    public string? Scalar(string key)
    {
        if (!fields.TryGetValue(key, out YamlNode? node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }

        errors.Add(ErrorCodes.LexiconSyntax, $"`{key}` must be a non-empty text", node.Start);
        return null;
    }

    public bool Bool(string key, bool fallback)
    {
        string? text = Scalar(key);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out bool value))
        {
            return value;
        }

        errors.Add(ErrorCodes.LexiconInvalid, $"`{key}` must be true or false, not `{text}`", fields[key].Start);
        return fallback;
    }

    public IReadOnlyList<string> List(string key)
    {
        if (!fields.TryGetValue(key, out YamlNode? node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            errors.Add(ErrorCodes.LexiconSyntax, $"`{key}` must be a list ([a, b] or one `- item` a line)", node.Start);
            return [];
        }

        var items = new List<string>(sequence.Children.Count);
        foreach (YamlNode child in sequence)
        {
            if (child is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add(scalar.Value.Trim());
            }
            else
            {
                errors.Add(ErrorCodes.LexiconInvalid, $"`{key}` holds an empty or non-text entry; remove it or write the phrase", child.Start);
            }
        }

        return items;
    }

    public IReadOnlyList<EntityType> Types(string key)
    {
        var types = new List<EntityType>();
        IReadOnlyList<string> names = List(key);
        for (int i = 0; i < names.Count; i++)
        {
            if (Enum.TryParse(names[i], ignoreCase: false, out EntityType type) && Enum.IsDefined(type))
            {
                types.Add(type);
            }
            else
            {
                var at = ((YamlSequenceNode)fields[key]).Children[i].Start;
                errors.Add(ErrorCodes.LexiconInvalid, $"unknown entity type `{names[i]}` in `{key}`; expected one of {string.Join(", ", Enum.GetNames<EntityType>())}", at);
            }
        }

        return types;
    }
}
