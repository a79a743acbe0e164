using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>
/// Sends Cypher to Neo4j over HTTP (no Bolt driver): discovery (GET /), Query API v2 or the transactional endpoint.
/// Each <see cref="RunAsync"/> is one request and one transaction. Failures become <see cref="Neo4jException"/>s,
/// transient ones (timeouts, dropped connections, 5xx, Neo.TransientError.*) flagged for the retry policy.
/// </summary>
internal sealed class Neo4jHttpClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly HttpClient http;
    private readonly Neo4jOptions options;
    private readonly AuthenticationHeaderValue authorisation;

    /// <summary>Creates a client; <paramref name="handler"/> replaces the network stack in tests (the client owns it).</summary>
    public Neo4jHttpClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        http.BaseAddress = new Uri(options.DisplayUrl + "/");
        http.Timeout = Timeout.InfiniteTimeSpan; // per request, below, so a timeout is told apart from cancellation
        authorisation = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    /// <summary>Bytes of request bodies sent so far (for the load report and benchmark).</summary>
    public long BytesSent { get; private set; }

    /// <summary>GET / (unauthenticated): version, edition and whether the Query API is listed.</summary>
    public async Task<ServerInfo> DiscoverAsync(CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Accept.Add(Json);
        JsonElement root = await SendAsync(request, "discovery", cancel).ConfigureAwait(false);
        string? version = root.TryGetProperty("neo4j_version", out JsonElement v) ? v.GetString() : null;
        string? edition = root.TryGetProperty("neo4j_edition", out JsonElement e) ? e.GetString() : null;
        return new ServerInfo(version, edition, root.TryGetProperty("query", out _));
    }

    /// <summary>Runs one statement in its own transaction over <paramref name="protocol"/> and returns its rows.</summary>
    public async Task<StatementResult> RunAsync(Neo4jProtocol protocol, CypherStatement statement, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(statement);
        bool queryApi = protocol == Neo4jProtocol.QueryApi;
        byte[] body = queryApi ? RequestBodyWriter.QueryApi(statement) : RequestBodyWriter.Transactional([statement]);
        string path = queryApi ? $"db/{options.Database}/query/v2" : $"db/{options.Database}/tx/commit";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = authorisation;
        BytesSent += body.Length;
        JsonElement root = await SendAsync(request, statement.Name, cancel).ConfigureAwait(false);
        return queryApi ? ResponseReader.QueryApi(root, statement.Name) : ResponseReader.Transactional(root, statement.Name);
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, string name, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.RequestTimeout);
        HttpResponseMessage response;
        byte[] bytes;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancel.IsCancellationRequested)
        {
            throw new Neo4jException(ErrorCodes.Neo4jTransient,
                $"'{name}': no answer from {options.DisplayUrl} within {options.RequestTimeout.TotalSeconds:0.#} s", transient: true, inner: ex);
        }
        catch (HttpRequestException ex)
        {
            // Connection refused, reset or dropped mid-response: the transaction either committed whole or not at all,
            // and every load statement is an idempotent MERGE, so sending the batch again is safe.
            throw new Neo4jException(ErrorCodes.Neo4jUnreachable,
                $"'{name}': cannot reach Neo4j at {options.DisplayUrl} ({ex.HttpRequestError}: {ex.Message})", transient: true, inner: ex);
        }
        catch (IOException ex)
        {
            throw new Neo4jException(ErrorCodes.Neo4jUnreachable,
                $"'{name}': connection to {options.DisplayUrl} dropped ({ex.Message})", transient: true, inner: ex);
        }

        using (response)
        {
            JsonElement? root = TryParse(bytes);
            if (!response.IsSuccessStatusCode)
            {
                throw FromStatus(response.StatusCode, root, name);
            }

            return root ?? throw new Neo4jException(ErrorCodes.Neo4jProtocol,
                $"'{name}': {options.DisplayUrl} answered {(int)response.StatusCode} without a JSON body (is this the HTTP port of Neo4j?)", transient: false);
        }
    }

    private Neo4jException FromStatus(HttpStatusCode status, JsonElement? root, string name)
    {
        int code = (int)status;

        // A documented Neo4j error body decides first (a deadlock is transient whatever the status), except that
        // a 5xx stays retriable even when the body names a database error.
        if (root is { } body && ResponseReader.ReadError(body, name) is { } error && (code < 500 || error.IsTransient))
        {
            return error;
        }

        return code switch
        {
            401 or 403 => new Neo4jException(ErrorCodes.Neo4jAuth,
                $"'{name}': Neo4j at {options.DisplayUrl} refused the credentials of user '{options.User}' (HTTP {code}). Check NEO4J_USER and NEO4J_PASSWORD.",
                transient: false, "Neo.ClientError.Security.Unauthorized"),
            408 or 429 or >= 500 => new Neo4jException(ErrorCodes.Neo4jTransient,
                $"'{name}': Neo4j at {options.DisplayUrl} answered HTTP {code}", transient: true),
            404 => new Neo4jException(ErrorCodes.Neo4jProtocol,
                $"'{name}': {options.DisplayUrl} has no such endpoint (HTTP 404): check NEO4J_DATABASE and that the server is Neo4j 5", transient: false),
            _ => new Neo4jException(ErrorCodes.Neo4jProtocol, $"'{name}': unexpected HTTP {code} from {options.DisplayUrl}", transient: false),
        };
    }

    private static JsonElement? TryParse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(bytes);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
