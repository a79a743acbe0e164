namespace KnowledgeGraph.Ingest;

/// <summary>A file to read: its path as given (relative stays relative) and its lower-case extension.</summary>
internal readonly record struct InputFile(string Path, string Extension)
{
    public static InputFile Of(string path) => new(path, System.IO.Path.GetExtension(path).ToLowerInvariant());
}
