using System.Reflection;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.View;

/// <summary>
/// Reads cypher/style.grass (embedded at build time; the file is the source of truth) into <see cref="GrassStyle"/>
/// blocks: <c>selector { name: value; … }</c>, values unquoted.
/// </summary>
internal static class GrassStyleReader
{
    private const string ResourceName = "cypher/style.grass";

    /// <summary>The blocks of the embedded style.grass by selector.</summary>
    public static IReadOnlyDictionary<string, GrassStyle> Embedded()
    {
        using Stream? stream = typeof(GrassStyleReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new KgException(ErrorCodes.ViewAssetInvalid, $"{ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    /// <summary>Parses grass text; a block without a closing brace is KG8007 naming <paramref name="file"/> and the line.</summary>
    public static IReadOnlyDictionary<string, GrassStyle> Parse(string text, string file)
    {
        var styles = new Dictionary<string, GrassStyle>(StringComparer.Ordinal);
        string? selector = null;
        Dictionary<string, string>? properties = null;
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (selector is null && line.EndsWith('{'))
            {
                selector = line[..^1].Trim();
                properties = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (selector is not null && line == "}")
            {
                styles[selector] = new GrassStyle(selector, properties!);
                selector = null;
            }
            else if (selector is not null && line.IndexOf(':', StringComparison.Ordinal) is int colon and > 0)
            {
                properties![line[..colon].Trim()] = line[(colon + 1)..].TrimEnd(';').Trim().Trim('"');
            }
            else
            {
                throw new KgException(ErrorCodes.ViewAssetInvalid, $"unexpected '{line}' in a style file: expected 'selector {{', 'name: value;' or '}}'", file, i + 1, 1);
            }
        }

        return selector is null
            ? styles
            : throw new KgException(ErrorCodes.ViewAssetInvalid, $"style block '{selector}' has no closing brace", file, lines.Length, 1);
    }
}
