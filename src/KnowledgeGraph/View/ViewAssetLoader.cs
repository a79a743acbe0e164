using System.Text.Json;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.View;

/// <summary>
/// Loads the page assets from the view folder (default <see cref="DefaultDirectory"/>): page.html, page.css and
/// page.js, and the drawing library installed there by npm. package.json lists the scripts to inline, in order, under
/// "inline"; package-lock.json pins their versions, and an installed version that differs is refused, so every page
/// carries exactly the pinned library.
/// </summary>
internal static class ViewAssetLoader
{
    /// <summary>The view folder, relative to the working directory (the repository root).</summary>
    public const string DefaultDirectory = "view";

    /// <summary>Reads the assets of <paramref name="directory"/>.</summary>
    /// <exception cref="KgException">KG8006 when the library is not installed (or not the pinned version), KG8007 when a page file is missing or malformed.</exception>
    public static ViewAssets Load(string directory)
    {
        string manifest = Path.Combine(directory, "package.json");
        if (!File.Exists(manifest))
        {
            throw new KgException(ErrorCodes.ViewAssetInvalid, $"no view assets in '{directory}' (package.json missing): run kg from the repository root or pass --assets DIR", manifest);
        }

        string install = $"run `npm ci --prefix {directory}` (needs Node.js and npm) to install the pinned drawing library";
        IReadOnlyDictionary<string, string> pinned = PinnedVersions(Path.Combine(directory, "package-lock.json"));
        var libraries = new List<ScriptLibrary>();
        foreach (string script in InlineScripts(manifest))
        {
            string package = script[..script.IndexOf('/', StringComparison.Ordinal)];
            string version = pinned.TryGetValue(package, out string? v)
                ? v
                : throw new KgException(ErrorCodes.ViewAssetInvalid, $"package-lock.json pins no version of '{package}'", Path.Combine(directory, "package-lock.json"));
            string installed = InstalledVersion(Path.Combine(directory, "node_modules", package, "package.json"));
            if (installed.Length == 0)
            {
                throw new KgException(ErrorCodes.ViewLibraryMissing, $"the drawing library {package} {version} is not installed: {install}");
            }

            if (installed != version)
            {
                throw new KgException(ErrorCodes.ViewLibraryMissing, $"{package} {installed} is installed but package-lock.json pins {version}: {install}");
            }

            string file = Path.Combine(directory, "node_modules", script);
            libraries.Add(new ScriptLibrary(package, version, script, Read(file)));
        }

        return new ViewAssets(Read(Path.Combine(directory, "page.html")), Read(Path.Combine(directory, "page.css")), Read(Path.Combine(directory, "page.js")), libraries);
    }

    private static List<string> InlineScripts(string manifest)
    {
        using JsonDocument doc = Parse(manifest);
        if (!doc.RootElement.TryGetProperty("inline", out JsonElement inline) || inline.ValueKind != JsonValueKind.Array)
        {
            throw new KgException(ErrorCodes.ViewAssetInvalid, "package.json has no \"inline\" list of the scripts to inline", manifest);
        }

        var scripts = inline.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        string? bad = scripts.FirstOrDefault(s => s.IndexOf('/', StringComparison.Ordinal) <= 0 || s.Contains("..", StringComparison.Ordinal));
        return bad is null
            ? scripts
            : throw new KgException(ErrorCodes.ViewAssetInvalid, $"\"inline\" entry '{bad}' is not a path under node_modules (package/file)", manifest);
    }

    private static Dictionary<string, string> PinnedVersions(string lockFile)
    {
        if (!File.Exists(lockFile))
        {
            throw new KgException(ErrorCodes.ViewAssetInvalid, "package-lock.json is missing: the drawing library must be pinned", lockFile);
        }

        using JsonDocument doc = Parse(lockFile);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (doc.RootElement.TryGetProperty("packages", out JsonElement packages))
        {
            foreach (JsonProperty entry in packages.EnumerateObject())
            {
                if (entry.Name.StartsWith("node_modules/", StringComparison.Ordinal) && entry.Value.TryGetProperty("version", out JsonElement version))
                {
                    versions[entry.Name["node_modules/".Length..]] = version.GetString() ?? "";
                }
            }
        }

        return versions;
    }

    private static string InstalledVersion(string packageJson)
    {
        if (!File.Exists(packageJson))
        {
            return "";
        }

        using JsonDocument doc = Parse(packageJson);
        return doc.RootElement.TryGetProperty("version", out JsonElement version) ? version.GetString() ?? "" : "";
    }

    private static JsonDocument Parse(string file)
    {
        string text = Read(file);
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new KgException(ErrorCodes.ViewAssetInvalid, $"not valid JSON: {ex.Message}", file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, ex);
        }
    }

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new KgException(ErrorCodes.ViewAssetInvalid, $"cannot read a view asset: {ex.Message}", file, inner: ex);
        }
    }
}
