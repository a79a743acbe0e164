namespace KnowledgeGraph.Tests.Ingest;

/// <summary>Locates the bundled seed corpus (seeds/*.txt) from the test output folder.</summary>
internal static class SeedFiles
{
    public const string First = "000_b1cf9653562b7715.txt";
    public const string Second = "003_df5809cbc19a0e8f.txt";

    public static string Folder { get; } = FindFolder();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    private static string FindFolder()
    {
        for (DirectoryInfo? dir = new(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            string seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(seeds, First)))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above the test directory.");
    }
}
