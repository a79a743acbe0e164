using KnowledgeGraph.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>Small readers over YamlDotNet nodes that report type mistakes with file:line:column.</summary>
internal static class YamlFields
{
    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static int Column(YamlNode node) => (int)node.Start.Column;

    public static Diagnostic Error(string code, string message, string file, YamlNode node) =>
        new(Severity.Error, code, message, file, Line(node), Column(node));

    /// <summary>A scalar's text, null for a missing key or a YAML null; a non-scalar is reported.</summary>
    public static string? Scalar(YamlMappingNode map, string key, string file, string code, List<Diagnostic> errors)
    {
        YamlNode? node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        errors.Add(Error(code, $"`{key}` must be a single value", file, node));
        return null;
    }

    /// <summary>A list of scalars; a single scalar is accepted as a list of one.</summary>
    public static IReadOnlyList<(string Text, YamlNode Node)> Scalars(YamlMappingNode map, string key, string file, string code, List<Diagnostic> errors)
    {
        YamlNode? node = Get(map, key);
        if (node is null || node is YamlScalarNode s && IsNull(s))
        {
            return [];
        }

        if (node is YamlScalarNode single)
        {
            return [(single.Value ?? "", single)];
        }

        if (node is not YamlSequenceNode seq)
        {
            errors.Add(Error(code, $"`{key}` must be a list", file, node));
            return [];
        }

        var list = new List<(string, YamlNode)>(seq.Children.Count);
        foreach (YamlNode item in seq.Children)
        {
            if (item is YamlScalarNode scalar)
            {
                list.Add((scalar.Value ?? "", scalar));
            }
            else
            {
                errors.Add(Error(code, $"items of `{key}` must be plain values", file, item));
            }
        }

        return list;
    }

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="allowed"/>.</summary>
    public static void RejectUnknownKeys(YamlMappingNode map, IReadOnlySet<string> allowed, string what, string file, string code, List<Diagnostic> errors)
    {
        foreach (YamlNode key in map.Children.Keys)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                errors.Add(Error(code, $"unknown key `{name}` in {what}; allowed: {string.Join(", ", allowed)}", file, key));
            }
        }
    }

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");
}
