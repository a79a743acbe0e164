using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Cli.Tests.Browser;

/// <summary>
/// A Chrome DevTools Protocol connection to one page target over a WebSocket: commands wait for their reply
/// (bounded by a timeout); events are kept in arrival order for the caller to inspect.
/// </summary>
internal sealed class CdpSession : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
    private readonly CancellationTokenSource closing = new();
    private Task? receiving;
    private int nextId;

    /// <summary>Every event received so far (objects with "method" and "params").</summary>
    public ConcurrentQueue<JsonObject> Events { get; } = new();

    /// <summary>Connects to the page's WebSocket debugger URL.</summary>
    public static async Task<CdpSession> ConnectAsync(Uri webSocketUrl)
    {
        var session = new CdpSession();
        session.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await session.socket.ConnectAsync(webSocketUrl, timeout.Token).ConfigureAwait(false);
        session.receiving = Task.Run(session.ReceiveLoopAsync);
        return session;
    }

    /// <summary>Sends <paramref name="method"/> and returns its "result"; a protocol error throws.</summary>
    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        int id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        using (var timeout = new CancellationTokenSource(CommandTimeout))
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
        }

        JsonObject response = await reply.Task.WaitAsync(CommandTimeout).ConfigureAwait(false);
        if (response["error"] is JsonObject error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"] as JsonObject ?? new JsonObject();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, closing.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.GetBuffer().AsSpan(0, (int)message.Length))!.AsObject();
                message.SetLength(0);
                if (node["id"] is JsonNode id && pending.TryRemove(id.GetValue<int>(), out TaskCompletionSource<JsonObject>? reply))
                {
                    reply.TrySetResult(node);
                }
                else if (node["method"] is not null)
                {
                    Events.Enqueue(node);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The browser closed or the session is being disposed: fail whatever still waits.
        }

        foreach (TaskCompletionSource<JsonObject> reply in pending.Values)
        {
            reply.TrySetException(new InvalidOperationException("the browser closed the DevTools connection"));
        }
    }

    public void Dispose()
    {
        closing.Cancel();
        try
        {
            receiving?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends on cancellation; nothing to report.
        }

        socket.Dispose();
        closing.Dispose();
    }
}
