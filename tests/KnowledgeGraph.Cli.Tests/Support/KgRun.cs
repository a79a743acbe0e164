using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Runs the built `kg` (dotnet kg.dll) as a child process in a working directory and captures its output.</summary>
internal sealed record KgRun(int ExitCode, string Output, string Error)
{
    public static KgRun Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using Process process = Process.Start(info)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new KgRun(process.ExitCode, output.Result, error.Result);
    }

    public static KgRun Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);
}
