using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 (free port) that records every request and plays back Neo4j's documented
/// responses. <see cref="Respond"/> decides per request; by default discovery answers as Neo4j 5.26 and every
/// statement succeeds (Query API: 202 with data/bookmarks; transactional endpoint: 200 with results/errors).
/// </summary>
internal sealed class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public FakeNeo4jServer()
    {
        int port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>Discovery document version. Default: 5.26.0.</summary>
    public string Version { get; set; } = "5.26.0";

    /// <summary>Whether discovery lists the Query API; null: as Neo4j does, from 5.19 on.</summary>
    public bool? AdvertiseQueryApi { get; set; }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Decides the answer to a request (null: the default answer). Runs on the listener thread.</summary>
    public Func<RecordedRequest, FakeResponse?>? Respond { get; set; }

    /// <summary>Requests other than discovery.</summary>
    public IReadOnlyList<RecordedRequest> Statements => Requests.Where(r => r.Method == "POST").ToList();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        string body = await reader.ReadToEndAsync().ConfigureAwait(false);
        var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
            context.Request.Headers["Authorization"], body);
        Requests.Enqueue(request);
        FakeResponse response = Respond?.Invoke(request) ?? Default(request);
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay).ConfigureAwait(false);
        }

        if (response.Drop)
        {
            // Half a body, then the connection is cut: the client sees the connection end mid-response.
            context.Response.StatusCode = 202;
            context.Response.ContentLength64 = 1000;
            byte[] half = Encoding.UTF8.GetBytes("{\"data\":{\"fields\":[");
            await context.Response.OutputStream.WriteAsync(half).ConfigureAwait(false);
            await context.Response.OutputStream.FlushAsync().ConfigureAwait(false);
            context.Response.Abort();
            return;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        context.Response.Close();
    }

    private FakeResponse Default(RecordedRequest request)
    {
        if (request.Method == "GET")
        {
            bool advertise = AdvertiseQueryApi ?? new KnowledgeGraph.Neo4j.Http.ServerInfo(Version, null, false).SupportsQueryApi;
            string query = advertise ? $"\"query\": \"{Url}db/{{databaseName}}/query/v2\"," : "";
            return FakeResponse.Json(200, $"{{\"bolt_routing\": \"neo4j://localhost:7687\", {query} \"transaction\": \"{Url}db/{{databaseName}}/tx\", \"bolt_direct\": \"bolt://localhost:7687\", \"neo4j_version\": \"{Version}\", \"neo4j_edition\": \"community\"}}");
        }

        return request.Path.EndsWith("/query/v2", StringComparison.Ordinal)
            ? FakeResponse.Json(202, "{\"data\": {\"fields\": [], \"values\": []}, \"bookmarks\": [\"FB:kcwQ\"]}")
            : FakeResponse.Json(200, "{\"results\": [{\"columns\": [], \"data\": []}], \"errors\": []}");
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
