using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Optional YAML front matter at the top of a text or markdown file: a first line "---", then keys title, date,
/// url, outlet, author, then a closing "---" within <see cref="MaxLines"/> lines. Other keys are ignored. Front
/// matter lines are metadata, not paragraphs. Malformed front matter (bad YAML, not a mapping, never closed) gives
/// one KG1010 warning with file:line and the lines are read as ordinary text.
/// </summary>
internal static class FrontMatterReader
{
    public const int MaxLines = 100;
    private const string Fence = "---";

    /// <summary>
    /// Consumes the front matter from <paramref name="lines"/>. Returns its metadata (null when there is none or
    /// it is malformed) and, in <paramref name="unread"/>, the lines taken that must still be read as text.
    /// </summary>
    public static ArticleMeta? Read(IEnumerator<SourceLine> lines, string path, DiagnosticBag diagnostics, out List<SourceLine> unread)
    {
        unread = [];
        if (!lines.MoveNext())
        {
            return null;
        }

        unread.Add(lines.Current);
        if (lines.Current.Text.TrimEnd() != Fence)
        {
            return null;
        }

        while (unread.Count <= MaxLines && lines.MoveNext())
        {
            unread.Add(lines.Current);
            if (lines.Current.Text.TrimEnd() == Fence)
            {
                ArticleMeta? meta = Parse(unread, path, diagnostics);
                if (meta is not null)
                {
                    unread.Clear();
                }

                return meta;
            }
        }

        diagnostics.Warn(ErrorCodes.FrontMatterInvalid, $"Front matter opened with '---' is not closed within {MaxLines} lines; read as text.", path, unread[0].Number);
        return null;
    }

    private static ArticleMeta? Parse(List<SourceLine> block, string path, DiagnosticBag diagnostics)
    {
        string yaml = string.Join('\n', block.Skip(1).Take(block.Count - 2).Select(l => l.Text));
        object? parsed;
        try
        {
            parsed = YamlText.Deserialize<object>(new DeserializerBuilder().Build(), yaml);
        }
        catch (YamlException e)
        {
            Mark at = YamlText.Where(e);
            diagnostics.Warn(ErrorCodes.FrontMatterInvalid, $"Front matter is not valid YAML ({YamlText.Describe(e)}); read as text.", path, block[0].Number + (int)at.Line, (int)at.Column);
            return null;
        }

        if (parsed is not Dictionary<object, object> map)
        {
            diagnostics.Warn(ErrorCodes.FrontMatterInvalid, "Front matter is not a mapping of keys to values; read as text.", path, block[0].Number);
            return null;
        }

        return new ArticleMeta
        {
            Title = Field(map, "title"),
            Date = Field(map, "date"),
            Url = Field(map, "url"),
            Outlet = Field(map, "outlet"),
            Author = Field(map, "author"),
        };
    }

    private static string? Field(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out object? value) && value is string text && text.Length > 0 ? text : null;
}
