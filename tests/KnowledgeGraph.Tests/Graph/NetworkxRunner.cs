using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// Runs the networkx reference scripts (Graph/networkx/*.py, copied next to the test binaries) on a graph written
/// to a temp file. When networkx is missing it installs python3-networkx if running as root, otherwise the test is
/// ignored with the reason — unless CI is set, where a missing networkx fails the test so it is never skipped silently.
/// </summary>
internal static class NetworkxRunner
{
    private static readonly Lazy<string?> Problem = new(FindProblem);

    /// <summary>What a networkx check does: run, be ignored (networkx missing locally) or fail (missing under CI).</summary>
    public enum Outcome
    {
        Run,
        Ignore,
        Fail,
    }

    /// <summary>The policy: a missing networkx is a skip on a developer machine and a failure when CI is set.</summary>
    public static Outcome Decide(string? problem, string? ci) =>
        problem is null ? Outcome.Run : string.IsNullOrEmpty(ci) ? Outcome.Ignore : Outcome.Fail;

    /// <summary>Ignores (or, under CI, fails) the current test when networkx cannot be made available.</summary>
    public static void Require()
    {
        string? problem = Problem.Value;
        switch (Decide(problem, Environment.GetEnvironmentVariable("CI")))
        {
            case Outcome.Fail:
                Assert.Fail($"CI is set and networkx is unavailable: {problem}");
                break;
            case Outcome.Ignore:
                Assert.Ignore($"networkx checks skipped: {problem}");
                break;
            default:
                break;
        }
    }

    /// <summary>Writes <paramref name="graph"/> to a temp file, runs <paramref name="script"/> on it and parses its JSON output.</summary>
    public static JsonNode Run(WeightedGraph graph, string script, params string[] args)
    {
        Require();
        string file = Path.Combine(Path.GetTempPath(), $"kg-graph-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Serialise(graph));
        try
        {
            (int exit, string output, string error) = Python([Path.Combine(ScriptDirectory, script), file, .. args]);
            Assert.That(exit, Is.Zero, $"{script} failed: {error}");
            return JsonNode.Parse(output)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="args"/> and parses its JSON output.</summary>
    public static JsonNode RunScript(string script, params string[] args)
    {
        Require();
        (int exit, string output, string error) = Python([Path.Combine(ScriptDirectory, script), .. args]);
        Assert.That(exit, Is.Zero, $"{script} failed: {error}");
        return JsonNode.Parse(output)!;
    }

    private static string ScriptDirectory => Path.Combine(AppContext.BaseDirectory, "Graph", "networkx");

    private static string Serialise(WeightedGraph graph)
    {
        var edges = new JsonArray();
        foreach (GraphEdge edge in graph.Edges)
        {
            edges.Add(new JsonArray(graph.Nodes[edge.U], graph.Nodes[edge.V], edge.Weight, edge.Cost));
        }

        var root = new JsonObject { ["nodes"] = new JsonArray(graph.Nodes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()), ["edges"] = edges };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static string? FindProblem()
    {
        if (Importable())
        {
            return null;
        }

        if (!IsRoot())
        {
            return "python3 cannot import networkx and installing python3-networkx needs root (apt-get install -y python3-networkx)";
        }

        if (Run("apt-get", "install -y -qq python3-networkx") != 0)
        {
            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq python3-networkx");
        }

        return Importable() ? null : "apt-get install -y python3-networkx did not make networkx importable";
    }

    private static bool Importable() => Python(["-c", "import networkx"]).Exit == 0;

    private static bool IsRoot() => Run("id", "-u", out string output) == 0 && output.Trim() == "0";

    private static int Run(string file, string arguments) => Run(file, arguments, out _);

    private static int Run(string file, string arguments, out string output)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using Process? process = Start(info);
        if (process is null)
        {
            output = "";
            return -1;
        }

        Task<string> stderr = process.StandardError.ReadToEndAsync();
        output = process.StandardOutput.ReadToEnd();
        _ = stderr.Result;
        process.WaitForExit();
        return process.ExitCode;
    }

    private static (int Exit, string Output, string Error) Python(string[] args)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using Process? process = Start(info);
        if (process is null)
        {
            return (-1, "", "python3 could not be started");
        }

        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, stderr.Result);
    }

    private static Process? Start(ProcessStartInfo info)
    {
        // A missing executable (no python3, no apt-get) is an answer here, not a failure of the test run.
        try
        {
            return Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Reads a JSON number as a double (invariant).</summary>
    public static double Number(JsonNode? node) => node!.GetValue<double>();

    /// <summary>Formats a node number for script arguments.</summary>
    public static string Arg(WeightedGraph graph, int node) => graph.Nodes[node].ToString(CultureInfo.InvariantCulture);
}
