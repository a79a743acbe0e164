using System.CommandLine;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg load`: sends what changed in the store since the last load to Neo4j over HTTP(S). Connection from
/// NEO4J_URL, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE or the flags; the password is never printed.
/// </summary>
internal sealed class LoadCommand : ICliCommand
{
    private readonly Option<string> store = new("--store") { Description = $"Graph store to read (default {StoreOpener.DefaultPath})", DefaultValueFactory = _ => StoreOpener.DefaultPath };
    private readonly Option<string?> url = new("--url") { Description = "Neo4j HTTP(S) address (default $NEO4J_URL or http://localhost:7474)" };
    private readonly Option<string?> user = new("--user") { Description = "User (default $NEO4J_USER or neo4j)" };
    private readonly Option<bool> passwordStdin = new("--password-stdin") { Description = "Read the password from the first line of standard input instead of $NEO4J_PASSWORD" };
    private readonly Option<string?> database = new("--database") { Description = "Database (default $NEO4J_DATABASE or neo4j)" };
    private readonly Option<int> batchSize = new("--batch-size") { Description = "Rows per transaction", DefaultValueFactory = _ => 2000 };
    private readonly Option<Neo4jProtocol> protocol = new("--protocol") { Description = "Auto (Query API v2 on Neo4j 5.19+), QueryApi or TransactionalHttp", DefaultValueFactory = _ => Neo4jProtocol.Auto };
    private readonly Option<bool> full = new("--full") { Description = "Send every row again, ignoring what was loaded before" };

    /// <inheritdoc />
    public Command Build()
    {
        var command = new Command("load", "Load the graph store into Neo4j (incremental; idempotent).");
        foreach (Option option in new Option[] { store, url, user, passwordStdin, database, batchSize, protocol, full })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancel) => RunAsync(parseResult, cancel));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancel)
    {
        try
        {
            Neo4jOptions options = Options(parseResult);
            IGraphReader reader = StoreOpener.OpenReader(parseResult.GetValue(store)!);
            using var client = new Neo4jHttpClient(options);
            var loader = new Neo4jLoader(options, client);
            loader.Retrying += (ex, attempt, wait) =>
                Console.Error.WriteLine($"warning {ex.Code}: {ex.Message}; retry {attempt} in {wait.TotalSeconds:0.0} s");
            Console.WriteLine($"Loading into {options}");
            LoadReport report = await loader.LoadAsync(reader, parseResult.GetValue(full), cancel).ConfigureAwait(false);
            Print(report);
            return 0;
        }
        catch (KgException ex)
        {
            Console.Error.WriteLine(ex.ToLine());
            if (ex.Code == ErrorCodes.Neo4jUnreachable || ex.IsTransient)
            {
                Console.Error.WriteLine("Nothing was marked as loaded; run `kg load` again once Neo4j answers (docker compose up -d).");
            }

            return ex.Code == ErrorCodes.Neo4jConfig ? 2 : 1;
        }
    }

    private Neo4jOptions Options(ParseResult parseResult)
    {
        string? password = parseResult.GetValue(passwordStdin) ? Console.In.ReadLine() : Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        string address = parseResult.GetValue(url) ?? Environment.GetEnvironmentVariable("NEO4J_URL") ?? "http://localhost:7474";
        if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? uri))
        {
            throw new KgException(ErrorCodes.Neo4jConfig, "NEO4J_URL is not an absolute http(s) address");
        }

        var options = new Neo4jOptions
        {
            Url = uri,
            User = parseResult.GetValue(user) ?? Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = password ?? "",
            Database = parseResult.GetValue(database) ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            BatchSize = parseResult.GetValue(batchSize),
            Protocol = parseResult.GetValue(protocol),
        };
        options.Validate();
        return options;
    }

    private static void Print(LoadReport report)
    {
        Console.WriteLine($"Neo4j {report.ServerVersion ?? "?"} via {report.Protocol}: revision {report.FromRevision} → {report.ToRevision}");
        foreach ((string step, int rows) in report.RowsByStep)
        {
            Console.WriteLine($"  {step,-32} {rows,8} rows");
        }

        foreach ((string reason, int rows) in report.Skipped)
        {
            Console.WriteLine($"  skipped {reason}: {rows} rows (not in the label/predicate whitelist)");
        }

        string upToDate = report.Batches == 0 ? " (already up to date)" : "";
        Console.WriteLine($"{report.Rows} rows in {report.Batches} batches, {report.BytesSent / 1024.0:0.#} KiB sent, {report.Retries} retries, {report.Elapsed.TotalSeconds:0.00} s{upToDate}");
    }
}
