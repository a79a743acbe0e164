using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests.Browser;

/// <summary>
/// What the browser tests need: Debian's Chromium and the pinned drawing library in view/node_modules. Missing
/// pieces are installed when possible (apt-get as root, npm ci); otherwise the test is ignored with the reason, except
/// when CI is set, where it fails: CI runs as root, so there the browser tests always run.
/// </summary>
internal static class BrowserRequirement
{
    private static readonly Lazy<(string? Chromium, string? Problem)> Chromium = new(FindChromium);
    private static readonly Lazy<string?> Library = new(InstallLibrary);

    /// <summary>The Chromium executable; ignores or fails the current test when there is none.</summary>
    public static string RequireChromium()
    {
        (string? path, string? problem) = Chromium.Value;
        Require(problem);
        return path!;
    }

    /// <summary>Ignores or fails the current test when the view folder's library cannot be installed.</summary>
    public static void RequireLibrary() => Require(Library.Value);

    /// <summary>The view folder of the repository.</summary>
    public static string ViewFolder => Path.Combine(Kg.Root, "view");

    private static void Require(string? problem)
    {
        if (problem is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail($"CI is set and the browser test cannot run: {problem}");
        }

        Assert.Ignore($"browser test skipped: {problem}");
    }

    private static (string?, string?) FindChromium()
    {
        string? found = Locate();
        if (found is not null)
        {
            return (found, null);
        }

        if (Run("id", "-u").Output.Trim() != "0")
        {
            return (null, "Chromium is not installed and installing it needs root (apt-get install -y chromium)");
        }

        if (Run("apt-get", "install -y -qq chromium").Exit != 0)
        {
            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq chromium");
        }

        found = Locate();
        return found is null ? (null, "apt-get install -y chromium did not install /usr/bin/chromium") : (found, null);
    }

    private static string? Locate() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private static string? InstallLibrary()
    {
        if (Directory.Exists(Path.Combine(ViewFolder, "node_modules", "cytoscape")))
        {
            return null;
        }

        (int exit, string output) = Run("npm", $"ci --no-audit --no-fund --prefix \"{ViewFolder}\"");
        return exit == 0 ? null : $"npm ci --prefix view failed ({exit}): {output}";
    }

    private static (int Exit, string Output) Run(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // A missing program (no npm, no apt-get) is an answer here, not a failure of the test run.
            return (-1, $"{file} is not installed");
        }

        using (process)
        {
            if (process is null)
            {
                return (-1, $"{file} could not be started");
            }

            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }
}
