using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.View;

/// <summary>
/// Writes one self-contained HTML page: page.html with its markers replaced by the title, page.css, the data as JSON,
/// the drawing library's scripts and page.js, all inline. The page loads nothing from anywhere.
/// </summary>
internal static partial class HtmlPageWriter
{
    /// <summary>The markers page.html must hold, each once.</summary>
    public static readonly IReadOnlyList<string> Markers = ["{{title}}", "{{style}}", "{{data}}", "{{libraries}}", "{{script}}"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // The default encoder escapes <, >, & and quotes, so the JSON cannot end its script element.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>The page text.</summary>
    /// <exception cref="KgException">KG8007 when page.html lacks a marker or holds one twice.</exception>
    public static string Render(ViewModel model, ViewAssets assets)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(assets);
        foreach (string marker in Markers)
        {
            int first = assets.Template.IndexOf(marker, StringComparison.Ordinal);
            if (first < 0 || assets.Template.IndexOf(marker, first + 1, StringComparison.Ordinal) >= 0)
            {
                throw new KgException(ErrorCodes.ViewAssetInvalid, $"page.html must hold the marker {marker} exactly once", "page.html");
            }
        }

        var libraries = new StringBuilder();
        foreach (ScriptLibrary library in assets.Libraries)
        {
            libraries.Append("<script data-package=\"").Append(WebUtility.HtmlEncode($"{library.Package}@{library.Version}")).Append("\">\n")
                .Append(ScriptSafe(library.Text)).Append("\n</script>\n");
        }

        return assets.Template
            .Replace("{{title}}", WebUtility.HtmlEncode(model.Title), StringComparison.Ordinal)
            .Replace("{{style}}", assets.Style.Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase), StringComparison.Ordinal)
            .Replace("{{data}}", JsonSerializer.Serialize(model, JsonOptions), StringComparison.Ordinal)
            .Replace("{{libraries}}", libraries.ToString(), StringComparison.Ordinal)
            .Replace("{{script}}", ScriptSafe(assets.Script), StringComparison.Ordinal);
    }

    /// <summary>Writes the page to <paramref name="path"/> (creating its folder); I/O failures are KG8003 naming the file.</summary>
    public static void Write(string path, ViewModel model, ViewAssets assets)
    {
        string page = Render(model, assets);
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, page, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new KgException(ErrorCodes.ExportFailed, $"cannot write the page: {ex.Message}", path, inner: ex);
        }
    }

    // "</script" can only occur inside a string or regular expression literal, where "<\/script" means the same.
    private static string ScriptSafe(string script) => ScriptEnd().Replace(script, "<\\/$1");

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptEnd();
}
