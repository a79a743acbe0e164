using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Export;

/// <summary>Opens export output files, turning I/O failures into KG8003 naming the file.</summary>
internal static class ExportFile
{
    /// <summary>Creates <paramref name="directory"/> if needed and opens <paramref name="name"/> in it for writing (replacing it).</summary>
    public static FileStream Create(string directory, string name, out string path)
    {
        path = Path.Combine(directory, name);
        try
        {
            Directory.CreateDirectory(directory);
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new KgException(ErrorCodes.ExportFailed, $"cannot write the export: {ex.Message}", path, inner: ex);
        }
    }
}
