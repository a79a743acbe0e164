namespace KnowledgeGraph.Store;

/// <summary>Records deletions for incremental readers: a key gone is tombstoned at the revision, a key present again loses its tombstone.</summary>
internal static class Tombstones
{
    public static void Settle(StoreTransaction tx, string kind, IEnumerable<(string Key, bool Exists)> keys)
    {
        PreparedStatement clear = tx.Statement("DELETE FROM tombstones WHERE kind = ?1 AND key = ?2");
        PreparedStatement mark = tx.Statement("INSERT INTO tombstones(kind, key, revision) VALUES (?1, ?2, ?3) ON CONFLICT(kind, key) DO UPDATE SET revision = excluded.revision");
        foreach ((string key, bool exists) in keys)
        {
            tx.Run(exists ? clear.Bind(1, kind).Bind(2, key) : mark.Bind(1, kind).Bind(2, key).Bind(3, tx.Revision));
        }
    }
}
