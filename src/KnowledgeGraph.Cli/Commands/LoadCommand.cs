using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg load`: sends what changed in the store since the last load to Neo4j over HTTP(S) (<see cref="LoadRunner"/>).
/// Connection from the flags or NEO4J_URL, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (<see cref="Neo4jConnection"/>).
/// </summary>
internal sealed class LoadCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        Option<string?> store = SharedOptions.Store();
        var url = new Option<string?>("--url") { Description = "Neo4j HTTP(S) address (default $NEO4J_URL or http://localhost:7474)" };
        var user = new Option<string?>("--user") { Description = "User (default $NEO4J_USER or neo4j)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of $NEO4J_PASSWORD" };
        var database = new Option<string?>("--database") { Description = "Database (default $NEO4J_DATABASE or neo4j)" };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction", DefaultValueFactory = _ => 2000, Validators = { SharedOptions.AtLeastOne } };
        var protocol = new Option<Neo4jProtocol>("--protocol") { Description = "Auto (Query API v2 on Neo4j 5.19+), QueryApi or TransactionalHttp", DefaultValueFactory = _ => Neo4jProtocol.Auto };
        var full = new Option<bool>("--full") { Description = "Send every row again, ignoring what was loaded before" };
        var command = new Command("load", "Load the graph store into Neo4j (incremental; idempotent).") { store, url, user, passwordStdin, database, batchSize, protocol, full };
        command.SetAction(async (parse, cancel) =>
        {
            var connection = new Neo4jConnection(
                parse.GetValue(url), parse.GetValue(user), parse.GetValue(database), parse.GetValue(passwordStdin), parse.GetValue(batchSize), parse.GetValue(protocol));
            Neo4jOptions options = connection.Resolve(context.Console.Input);
            IGraphReader reader = context.OpenReader(context.Settings.Store(parse.GetValue(store)));
            using (reader as IDisposable)
            {
                await LoadRunner.LoadAsync(context.Console, reader, options, parse.GetValue(full), cancel).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
