using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Shared plumbing of the read-side commands: open the store, load it, run, report KgException as one line.</summary>
internal static class CommandRunner
{
    /// <summary>Exit code for an error the user can fix (unknown entity, bad option, missing store).</summary>
    public const int UserError = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Writes <paramref name="report"/> as JSON when asked, else through <paramref name="render"/>; returns exit code 0.</summary>
    public static int Report<T>(CliServices services, bool json, T report, Action<T> render)
    {
        if (json)
        {
            WriteJson(services, report);
        }
        else
        {
            render(report);
        }

        return 0;
    }

    /// <summary>Opens the store at <paramref name="storePath"/>, loads a snapshot and runs <paramref name="action"/> on it.</summary>
    public static int WithSnapshot(CliServices services, string storePath, Func<GraphSnapshot, int> action) =>
        WithReader(services, storePath, reader => action(GraphSnapshot.Load(reader)));

    /// <summary>Opens the store at <paramref name="storePath"/> and runs <paramref name="action"/> on it; KgException becomes a message and exit code 1.</summary>
    public static int WithReader(CliServices services, string storePath, Func<IGraphReader, int> action)
    {
        try
        {
            IGraphReader reader = services.OpenReader(storePath);
            using (reader as IDisposable)
            {
                return action(reader);
            }
        }
        catch (KgException ex)
        {
            services.Error.WriteLine(ex.ToLine());
            return UserError;
        }
    }

    /// <summary>Writes <paramref name="value"/> as indented camel-case JSON to the raw output (never wrapped).</summary>
    public static void WriteJson<T>(CliServices services, T value)
    {
        services.Output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
        services.Output.Flush();
    }
}
