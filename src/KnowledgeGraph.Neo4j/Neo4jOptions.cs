using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Where and how to load: the HTTP(S) address of the server, credentials, database, batch size and retries.
/// Validated once by <see cref="Validate"/>. <see cref="ToString"/> never shows the password.
/// </summary>
internal sealed class Neo4jOptions
{
    /// <summary>HTTP or HTTPS address of the server root. Default: http://localhost:7474.</summary>
    public Uri Url { get; set; } = new("http://localhost:7474");

    /// <summary>User name. Default: neo4j.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>Password; kept out of every message, log line and exception.</summary>
    public string Password { get; set; } = "";

    /// <summary>Database name. Default: neo4j.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Rows per batch (one transaction each). Default: 2000.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>Attempts per batch, the first included, before a transient failure stops the load. Default: 6.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Delay before the first retry; doubled each time, with jitter, capped at <see cref="MaxRetryDelay"/>. Default: 0.5 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between two attempts. Default: 15 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Time allowed for one HTTP request. Default: 120 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Which HTTP API to use. Default: <see cref="Neo4jProtocol.Auto"/> (Query API v2 on Neo4j 5.19 and later).</summary>
    public Neo4jProtocol Protocol { get; set; } = Neo4jProtocol.Auto;

    /// <summary>The server address without user info, path or query: safe to print.</summary>
    public string DisplayUrl => $"{Url.Scheme}://{Url.Authority}";

    /// <summary>The consumer name of the store watermark for this target: "neo4j:host:port/db".</summary>
    public string WatermarkKey => $"neo4j:{Url.Authority.ToLowerInvariant()}/{Database}";

    /// <summary>Throws <see cref="KgException"/> (KG7006) naming the first invalid setting.</summary>
    public void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw Invalid($"NEO4J_URL must be an http:// or https:// address (the HTTP port, 7474 by default), got scheme '{Url.Scheme}'");
        }

        if (Url.UserInfo.Length > 0)
        {
            throw Invalid("NEO4J_URL must not carry credentials; set NEO4J_USER and NEO4J_PASSWORD instead");
        }

        if (string.IsNullOrWhiteSpace(User) || string.IsNullOrEmpty(Password))
        {
            throw Invalid("a user and password are needed: set NEO4J_USER and NEO4J_PASSWORD (or --user and --password-stdin)");
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            throw Invalid($"database name '{Database}' is not valid (letters, digits, '.', '-', '_')");
        }

        if (BatchSize is < 1 or > 100_000)
        {
            throw Invalid($"batch size must be 1..100000, got {BatchSize}");
        }

        if (MaxAttempts < 1 || FirstRetryDelay < TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay || RequestTimeout <= TimeSpan.Zero)
        {
            throw Invalid("retry settings are inconsistent (attempts >= 1, 0 <= first delay <= max delay, timeout > 0)");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{DisplayUrl} db={Database} user={User} batch={BatchSize}";

    private static KgException Invalid(string message) => new(ErrorCodes.Neo4jConfig, message);
}
