namespace KnowledgeGraph.TestSupport;

/// <summary>The repository's root (the folder holding KnowledgeGraph.sln), found upwards from the binaries or the working folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> FoundRoot = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => FoundRoot.Value;

    /// <summary>A path inside the repository.</summary>
    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("KnowledgeGraph.sln not found above the binaries or the working folder");
    }
}
