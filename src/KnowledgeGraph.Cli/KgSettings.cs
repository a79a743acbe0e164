using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Where a setting comes from, the same for every command: the command-line flag when given, else kg.yaml in the
/// working directory (read once, on first use; a bad file is KG9001 with file:line:column), else the default.
/// </summary>
internal sealed class KgSettings
{
    private readonly Lazy<KgConfig> config;

    /// <summary>Settings backed by the kg.yaml at <paramref name="path"/> (default: the working directory's).</summary>
    public KgSettings(string path = KgConfig.FileName) => config = new Lazy<KgConfig>(() => KgConfig.Load(path));

    /// <summary>The store path: <paramref name="flag"/>, else kg.yaml's <c>store:</c>, else graph/kg.db.</summary>
    public string Store(string? flag) => flag ?? config.Value.Store;

    /// <summary>The gazetteer folder: <paramref name="flag"/>, else kg.yaml's <c>gazetteers:</c>, else gazetteers/.</summary>
    public string Gazetteers(string? flag) => flag ?? config.Value.Gazetteers;
}
