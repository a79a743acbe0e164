namespace KnowledgeGraph.Neo4j.Http;

/// <summary>What the discovery document (GET /) says about the server.</summary>
internal sealed record ServerInfo(string? Version, string? Edition, bool AdvertisesQueryApi)
{
    /// <summary>The Query API v2 exists from Neo4j 5.19 on.</summary>
    public static readonly Version FirstQueryApiVersion = new(5, 19);

    /// <summary>True when the discovery document lists the Query API or the version is 5.19 or later.</summary>
    public bool SupportsQueryApi => AdvertisesQueryApi || (ParsedVersion is { } v && v >= FirstQueryApiVersion);

    /// <summary>"5.26.0" → 5.26.0; "2025.01.0" → 2025.1.0; null when absent or unreadable.</summary>
    public Version? ParsedVersion
    {
        get
        {
            if (Version is null)
            {
                return null;
            }

            // Drop suffixes such as "-aura" or "-SNAPSHOT".
            string core = Version.Split('-', 2)[0];
            return System.Version.TryParse(core, out Version? parsed) ? parsed : null;
        }
    }
}
