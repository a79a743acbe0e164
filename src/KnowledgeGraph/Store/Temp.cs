namespace KnowledgeGraph.Store;

/// <summary>Temp tables of keys (touched_*) that set-wise statements join against; their rows are bookkeeping, not store rows.</summary>
internal static class Temp
{
    public static void Load(StoreTransaction tx, string table, IEnumerable<long> keys)
    {
        long before = tx.Changes;
        tx.Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} (k INTEGER PRIMARY KEY)");
        tx.Execute($"DELETE FROM {table}");
        PreparedStatement insert = tx.Statement($"INSERT OR IGNORE INTO {table}(k) VALUES (?1)");
        foreach (long key in keys)
        {
            tx.Run(insert.Bind(1, key));
        }

        tx.Discount(tx.Changes - before);
    }

    public static void Load(StoreTransaction tx, string table, IEnumerable<string> keys)
    {
        long before = tx.Changes;
        tx.Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} (k TEXT PRIMARY KEY) WITHOUT ROWID");
        tx.Execute($"DELETE FROM {table}");
        PreparedStatement insert = tx.Statement($"INSERT OR IGNORE INTO {table}(k) VALUES (?1)");
        foreach (string key in keys)
        {
            tx.Run(insert.Bind(1, key));
        }

        tx.Discount(tx.Changes - before);
    }

    public static void Load(StoreTransaction tx, string table, IEnumerable<(string A, string B)> pairs)
    {
        long before = tx.Changes;
        tx.Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID");
        tx.Execute($"DELETE FROM {table}");
        PreparedStatement insert = tx.Statement($"INSERT OR IGNORE INTO {table}(a, b) VALUES (?1, ?2)");
        foreach ((string a, string b) in pairs)
        {
            tx.Run(insert.Bind(1, a).Bind(2, b));
        }

        tx.Discount(tx.Changes - before);
    }
}
