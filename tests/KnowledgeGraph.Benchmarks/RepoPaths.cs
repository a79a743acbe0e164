namespace KnowledgeGraph.Benchmarks;

/// <summary>Finds the repository root (the folder with KnowledgeGraph.sln) from the working or binary folder.</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            string? dir = start;
            while (dir is not null && !File.Exists(Path.Combine(dir, "KnowledgeGraph.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            if (dir is not null)
            {
                return dir;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
