using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Cli.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol: one page, a fixed 1400×900 viewport, real mouse
/// and keyboard input. The flags keep it off the network (no background services, no QUIC, no sync) and a fresh
/// profile folder per run keeps runs apart. Every wait is bounded.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    public const int Width = 1400;
    public const int Height = 900;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly string profile;

    private HeadlessChromium(Process process, string profile, CdpSession page)
    {
        this.process = process;
        this.profile = profile;
        Page = page;
    }

    /// <summary>The page's DevTools session.</summary>
    public CdpSession Page { get; }

    /// <summary>Starts <paramref name="executable"/> and connects to its blank page.</summary>
    public static async Task<HeadlessChromium> StartAsync(string executable)
    {
        string profile = Path.Combine(Path.GetTempPath(), $"kg-chromium-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string flag in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--remote-debugging-port=0", $"--user-data-dir={profile}", $"--window-size={Width},{Height}", "about:blank"])
        {
            info.ArgumentList.Add(flag);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {executable}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            int port = await DevToolsPortAsync(profile, process).ConfigureAwait(false);
            Uri pageSocket = await PageSocketAsync(port).ConfigureAwait(false);
            CdpSession page = await CdpSession.ConnectAsync(pageSocket).ConfigureAwait(false);
            var browser = new HeadlessChromium(process, profile, page);
            await page.SendAsync("Page.enable").ConfigureAwait(false);
            await page.SendAsync("Network.enable").ConfigureAwait(false);
            await page.SendAsync("Runtime.enable").ConfigureAwait(false);
            await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["width"] = Width, ["height"] = Height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
            }).ConfigureAwait(false);
            return browser;
        }
        catch
        {
            Stop(process, profile);
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits (up to <paramref name="timeout"/>) for this navigation's load event.</summary>
    public async Task NavigateAsync(string url, TimeSpan timeout)
    {
        int loadsBefore = Count("Page.loadEventFired");
        await Page.SendAsync("Page.navigate", new JsonObject { ["url"] = url }).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        while (Count("Page.loadEventFired") == loadsBefore)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{url} did not load within {timeout.TotalSeconds} s");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its JSON value (null for undefined).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        JsonObject result = await Page.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true,
        }).ConfigureAwait(false);
        if (result["exceptionDetails"] is JsonObject exception)
        {
            throw new InvalidOperationException($"page script failed: {exception.ToJsonString()}");
        }

        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Polls <paramref name="expression"/> until it is true; false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitUntilAsync(string expression, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await EvaluateAsync($"!!({expression})").ConfigureAwait(false) is JsonValue value && value.GetValue<bool>())
            {
                return true;
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>A left click at page coordinates, as a user's mouse makes it (move, press, release).</summary>
    public async Task ClickAsync(double x, double y)
    {
        foreach ((string type, int clicks) in new[] { ("mouseMoved", 0), ("mousePressed", 1), ("mouseReleased", 1) })
        {
            await Page.SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = clicks == 0 ? "none" : "left", ["clickCount"] = clicks,
            }).ConfigureAwait(false);
        }
    }

    /// <summary>Types <paramref name="text"/> into the focused element, then presses Enter.</summary>
    public async Task TypeAndEnterAsync(string text)
    {
        await Page.SendAsync("Input.insertText", new JsonObject { ["text"] = text }).ConfigureAwait(false);
        foreach (string type in new[] { "keyDown", "keyUp" })
        {
            var key = new JsonObject { ["type"] = type, ["key"] = "Enter", ["code"] = "Enter", ["windowsVirtualKeyCode"] = 13, ["nativeVirtualKeyCode"] = 13 };
            if (type == "keyDown")
            {
                key["text"] = "\r";
            }

            await Page.SendAsync("Input.dispatchKeyEvent", key).ConfigureAwait(false);
        }
    }

    /// <summary>A PNG screenshot of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        JsonObject result = await Page.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }).ConfigureAwait(false);
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    /// <summary>The URLs of every request the page made so far.</summary>
    public IReadOnlyList<string> RequestedUrls() =>
        Page.Events.Where(e => (string?)e["method"] == "Network.requestWillBeSent")
            .Select(e => (string?)e["params"]?["request"]?["url"] ?? "")
            .ToList();

    public void Dispose()
    {
        Page.Dispose();
        Stop(process, profile);
    }

    private int Count(string method) => Page.Events.Count(e => (string?)e["method"] == method);

    private static async Task<int> DevToolsPortAsync(string profile, Process process)
    {
        // Chromium writes the port it chose into DevToolsActivePort in the profile folder.
        string file = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"chromium exited at start with code {process.ExitCode}");
            }

            if (File.Exists(file) && File.ReadAllLines(file) is [string port, ..] && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                return number;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException($"chromium did not open its DevTools port within {StartTimeout.TotalSeconds} s");
    }

    private static async Task<Uri> PageSocketAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            JsonArray targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")).ConfigureAwait(false))!.AsArray();
            if (targets.FirstOrDefault(t => (string?)t?["type"] == "page") is JsonNode page)
            {
                return new Uri((string)page["webSocketDebuggerUrl"]!);
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException("chromium opened no page");
    }

    private static void Stop(Process process, string profile)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash-reporter file may linger for a moment; the folder is under the temp path.
        }
    }
}
