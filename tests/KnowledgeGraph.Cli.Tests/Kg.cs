using KnowledgeGraph.Cli;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs `kg` in-process from the repository root and captures what it prints, as a pipe would (no colours, no wrapping).</summary>
internal static class Kg
{
    public static string Root => RepoPaths.Root;

    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        TextWriter stdout = Console.Out;
        TextWriter stderr = Console.Error;
        string cwd = Directory.GetCurrentDirectory();
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            Directory.SetCurrentDirectory(Root);
            Console.SetOut(output);
            Console.SetError(error);
            int exit = KgApp.Run(args, new CliContext(new Output.KgConsole(output, error, terminal: false), new KgSettings(), CliContext.OpenStore));
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Directory.SetCurrentDirectory(cwd);
        }
    }

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kg-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
