using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>
/// One write transaction with the revision it stamps on every row it writes, and a cache of prepared commands
/// (a batch runs the same few statements thousands of times). Parameters are positional: $p0, $p1, …
/// </summary>
internal sealed class StoreTransaction : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PreparedStatement> statements = new(StringComparer.Ordinal);

    public StoreTransaction(GraphStore store, long revision)
    {
        Store = store;
        Revision = revision;
        Transaction = store.Connection.BeginTransaction();
    }

    public GraphStore Store { get; }

    public long Revision { get; }

    public SqliteTransaction Transaction { get; }

    /// <summary>Rows changed by every <see cref="Execute"/> so far.</summary>
    public long Changes { get; private set; }

    /// <summary>Takes <paramref name="rows"/> back out of <see cref="Changes"/> (rows of temp tables are bookkeeping, not store rows).</summary>
    public void Discount(long rows) => Changes -= rows;

    /// <summary>Runs a statement; returns the number of rows changed.</summary>
    public int Execute(string sql, params object?[] values)
    {
        int changed = Prepare(sql, values).ExecuteNonQuery();
        Changes += changed;
        return changed;
    }

    /// <summary>
    /// Inserts many rows with multi-row statements ("{head} VALUES (…), (…)", up to 64 rows each): one statement per
    /// 64 rows instead of one per row, which is where SQLite's per-statement cost goes. <paramref name="tail"/> is appended
    /// (an ON CONFLICT clause, say).
    /// </summary>
    public void InsertRows(string head, IReadOnlyList<object?[]> rows, string tail = "")
    {
        const int Chunk = 64;
        for (int at = 0; at < rows.Count; at += Chunk)
        {
            int count = Math.Min(Chunk, rows.Count - at);
            int width = rows[at].Length;
            string sql = RowsSql(head, tail, count, width);
            var values = new object?[count * width];
            for (int r = 0; r < count; r++)
            {
                rows[at + r].CopyTo(values, r * width);
            }

            Execute(sql, values);
        }
    }

    /// <summary>The statement for <paramref name="sql"/>, prepared once per transaction (bind by position, then <see cref="Run"/>).</summary>
    public PreparedStatement Statement(string sql)
    {
        if (!statements.TryGetValue(sql, out PreparedStatement? statement))
        {
            statements[sql] = statement = new PreparedStatement(Store.Connection, sql);
        }

        return statement;
    }

    /// <summary>Runs a bound statement, counting the rows it changed in <see cref="Changes"/>.</summary>
    public int Run(PreparedStatement statement)
    {
        int changed = statement.Run();
        Changes += changed;
        return changed;
    }

    public object? Scalar(string sql, params object?[] values) => Prepare(sql, values).ExecuteScalar();

    public SqliteDataReader Query(string sql, params object?[] values) => Prepare(sql, values).ExecuteReader();

    /// <summary>Reads every row of a query with <paramref name="map"/> into a list (so the reader is closed before the next write).</summary>
    public List<T> List<T>(string sql, Func<SqliteDataReader, T> map, params object?[] values)
    {
        var rows = new List<T>();
        using SqliteDataReader reader = Query(sql, values);
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public void Commit() => Transaction.Commit();

    public void Dispose()
    {
        foreach (PreparedStatement statement in statements.Values)
        {
            statement.Dispose();
        }

        foreach (SqliteCommand command in commands.Values)
        {
            command.Dispose();
        }

        Transaction.Dispose();
    }

    private readonly Dictionary<(string, string, int, int), string> rowsSql = [];

    private string RowsSql(string head, string tail, int count, int width)
    {
        if (!rowsSql.TryGetValue((head, tail, count, width), out string? sql))
        {
            var text = new System.Text.StringBuilder(head).Append(" VALUES ");
            for (int r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (int c = 0; c < width; c++)
                {
                    text.Append(c == 0 ? "$p" : ", $p").Append(r * width + c);
                }

                text.Append(')');
            }

            rowsSql[(head, tail, count, width)] = sql = text.Append(' ').Append(tail).ToString();
        }

        return sql;
    }

    private SqliteCommand Prepare(string sql, object?[] values)
    {
        if (!commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = Store.Connection.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = sql;
            for (int i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i, null));
            }

            command.Prepare();
            command.Prepare();
            commands[sql] = command;
        }

        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                bool flag => flag ? 1L : 0L,
                object value => value,
            };
        }

        return command;
    }
}
