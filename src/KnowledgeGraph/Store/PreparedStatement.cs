using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store;

/// <summary>
/// One SQLite statement prepared once and run many times with values bound by position (1-based), straight on the
/// native handle: a batch writes hundreds of thousands of rows through a dozen statements, and binding by position
/// skips the per-row work of a command object (parameter lookup by name, boxing). Runs inside whatever transaction
/// the connection has open.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    public PreparedStatement Bind(int index, long value)
    {
        raw.sqlite3_bind_int64(statement, index, value);
        return this;
    }

    public PreparedStatement Bind(int index, bool value) => Bind(index, value ? 1L : 0L);

    public PreparedStatement Bind(int index, double value)
    {
        raw.sqlite3_bind_double(statement, index, value);
        return this;
    }

    public PreparedStatement Bind(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(statement, index, value);
        }

        return this;
    }

    /// <summary>Runs the statement to its end; returns the rows it changed.</summary>
    public int Run()
    {
        int code = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (code != raw.SQLITE_DONE && code != raw.SQLITE_ROW)
        {
            Check(code);
        }

        return raw.sqlite3_changes(db);
    }

    /// <summary>The rowid of the last row this connection inserted.</summary>
    public long LastRowId => raw.sqlite3_last_insert_rowid(db);

    /// <summary>Reads the rows of a query: <paramref name="read"/> gets the statement positioned on each row.</summary>
    public void Each(Action<PreparedStatement> read)
    {
        try
        {
            int code;
            while ((code = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                read(this);
            }

            if (code != raw.SQLITE_DONE)
            {
                Check(code);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public long Long(int column) => raw.sqlite3_column_int64(statement, column);

    public string Text(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public void Dispose() => statement.Dispose();

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), code);
        }
    }
}
