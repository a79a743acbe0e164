using KnowledgeGraph.Build;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>What the store holds: the totals a build's summary reports.</summary>
internal static class StoreStatistics
{
    public static StoreCounts Count(GraphStore store)
    {
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using (var command = new SqliteCommand("SELECT type, count(*) FROM entities GROUP BY type", store.Connection))
        using (SqliteDataReader row = command.ExecuteReader())
        {
            while (row.Read())
            {
                byType[row.GetString(0)] = row.GetInt64(1);
            }
        }

        return new StoreCounts(
            store.Revision,
            Count(store, "SELECT count(*) FROM articles"),
            Count(store, "SELECT count(*) FROM (SELECT DISTINCT paragraph_id, start FROM sentences)"),
            Count(store, "SELECT count(*) FROM comentions"),
            Count(store, "SELECT count(*) FROM comentions WHERE demonym_only = 1"),
            Count(store, "SELECT count(*) FROM claims"),
            byType);
    }

    private static long Count(GraphStore store, string sql)
    {
        using var command = new SqliteCommand(sql, store.Connection);
        return (long)(command.ExecuteScalar() ?? 0L);
    }
}
