namespace KnowledgeGraph.Tests.Text;

/// <summary>The seed corpus (seeds/*.txt), found by walking up from the test directory to the folder holding KnowledgeGraph.sln.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<string[]> NonBlankLines = new(Load);

    /// <summary>Every non-blank line of every seed file, in file and line order.</summary>
    public static IReadOnlyList<string> Lines => NonBlankLines.Value;

    /// <summary>The first seed line containing <paramref name="fragment"/>; fails the test when there is none.</summary>
    public static string LineContaining(string fragment)
    {
        foreach (string line in Lines)
        {
            if (line.Contains(fragment, StringComparison.Ordinal))
            {
                return line;
            }
        }

        Assert.Fail($"No seed line contains '{fragment}'.");
        return "";
    }

    private static string[] Load()
    {
        string seeds = RepoPaths.Of("seeds");
        return Directory.GetFiles(seeds, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .ToArray();
    }
}
