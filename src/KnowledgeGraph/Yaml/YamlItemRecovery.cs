using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace KnowledgeGraph.Yaml;

/// <summary>
/// Reads a YAML file whose top level holds lists of items (a gazetteer's <c>entities:</c>, the lexicon's
/// <c>predicates:</c>) so that one syntax error costs only the item it is in: the error is kept, the item's lines
/// are blanked (line numbers stay true) and the rest is read again, up to <see cref="MaxErrors"/> times. The ids of
/// the dropped items are returned, so that a reference to one is not reported as a second, follow-on error.
/// </summary>
internal static partial class YamlItemRecovery
{
    /// <summary>Syntax errors reported per file before giving up on it.</summary>
    public const int MaxErrors = 20;

    /// <summary>The parsed stream of what could be read (null when nothing could), every syntax error, and the ids of the items dropped.</summary>
    public static YamlRead Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Split('\n');
        var errors = new List<YamlException>();
        var dropped = new List<string>();
        while (errors.Count < MaxErrors)
        {
            try
            {
                return new YamlRead(YamlText.Load(string.Join('\n', lines)), errors, dropped);
            }
            catch (YamlException e)
            {
                errors.Add(e);
                (int From, int To)? item = ItemAround(lines, (int)YamlText.Where(e).Line - 1);
                if (item is not { } range)
                {
                    break;
                }

                for (int i = range.From; i < range.To; i++)
                {
                    if (IdLine().Match(lines[i]) is { Success: true } id)
                    {
                        dropped.Add(id.Groups["id"].Value.Trim('"', '\''));
                    }

                    lines[i] = "";
                }
            }
        }

        return new YamlRead(null, errors, dropped);
    }

    /// <summary>The 0-based line range [from, to) of the top-level list item holding line <paramref name="at"/>, or null.</summary>
    private static (int From, int To)? ItemAround(string[] lines, int at)
    {
        int indent = -1;
        foreach (string line in lines)
        {
            if (IsItemStart(line, out int i))
            {
                indent = i;
                break;
            }
        }

        if (indent < 0 || at < 0 || at >= lines.Length)
        {
            return null;
        }

        int from = -1;
        for (int i = at; i >= 0 && from < 0; i--)
        {
            if (IsItemStart(lines[i], out int found) && found == indent)
            {
                from = i;
            }
            else if (Indent(lines[i]) is int shallower && shallower < indent && i != at)
            {
                return null;
            }
        }

        if (from < 0)
        {
            return null;
        }

        int to = from + 1;
        while (to < lines.Length && !(IsItemStart(lines[to], out int next) && next == indent) && !(Indent(lines[to]) is int outer && outer < indent))
        {
            to++;
        }

        return at < to ? (from, to) : null;
    }

    private static bool IsItemStart(string line, out int indent)
    {
        indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent < line.Length && line[indent] == '-' && (indent + 1 == line.Length || char.IsWhiteSpace(line[indent + 1]));
    }

    /// <summary>The indentation of a line with content (not blank, not a comment), else null.</summary>
    private static int? Indent(string line)
    {
        int indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent == line.Length || line[indent] is '#' or '\r' ? null : indent;
    }

    [GeneratedRegex(@"^\s*(-\s+)?(id|name):\s*(?<id>[^#\s][^#]*?)\s*(#.*)?$")]
    private static partial Regex IdLine();
}
