using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Turns the paths given into the list of files to read, in a stable order: paths in the order given; a folder's
/// files recursively, sorted by path (ordinal). A missing path is reported (KG1001). A file with an extension that
/// is not read is reported (KG1008) when named explicitly and skipped silently when found in a folder. A file
/// named README.* inside a folder is documentation (seeds/README.md), not corpus, and is skipped silently too;
/// named explicitly it is read. The list holds paths only, never contents.
/// </summary>
internal static class InputLister
{
    /// <summary>
    /// Checks, before anything is opened or written, that at least one of <paramref name="paths"/> exists: a missing
    /// path among existing ones is only a warning later (KG1001), but when none exists the run has nothing to read.
    /// </summary>
    /// <exception cref="KgException">KG1012 naming the (first) missing path.</exception>
    public static void RequireSome(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Any(p => Directory.Exists(p) || File.Exists(p)))
        {
            return;
        }

        string others = paths.Count switch
        {
            <= 1 => "",
            2 => " (nor does the other path given)",
            _ => $" (nor do the {paths.Count - 1} other paths given)",
        };
        throw new KgException(ErrorCodes.NoInput, $"no such file or folder{others}; nothing to read", paths.Count > 0 ? paths[0] : null);
    }

    public static List<InputFile> List(IReadOnlyList<string> paths, IngestOptions options, DiagnosticBag diagnostics)
    {
        List<InputFile> files = [];
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(ListFolder(path, options, diagnostics));
            }
            else if (File.Exists(path))
            {
                InputFile file = InputFile.Of(path);
                if (options.Reads(file.Extension))
                {
                    files.Add(file);
                }
                else
                {
                    diagnostics.Warn(ErrorCodes.UnsupportedExtension, $"Extension '{file.Extension}' is not read (use {string.Join(", ", options.Extensions)}); skipped.", path);
                }
            }
            else
            {
                diagnostics.Warn(ErrorCodes.FileNotFound, "No such file or folder; skipped.", path);
            }
        }

        return files;
    }

    private static IEnumerable<InputFile> ListFolder(string folder, IngestOptions options, DiagnosticBag diagnostics)
    {
        string[] found;
        try
        {
            found = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warn(ErrorCodes.FileUnreadable, $"Folder cannot be listed ({e.Message}); skipped.", folder);
            return [];
        }

        Array.Sort(found, StringComparer.Ordinal);
        return found.Select(InputFile.Of).Where(file => options.Reads(file.Extension) && !IsReadme(file.Path));
    }

    private static bool IsReadme(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);
}
