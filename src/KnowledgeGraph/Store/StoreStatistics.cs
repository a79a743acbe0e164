using KnowledgeGraph.Build;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>Fills the "what the store holds" part of a <see cref="BuildSummary"/>.</summary>
internal static class StoreStatistics
{
    public static void Fill(GraphStore store, BuildSummary summary)
    {
        summary.Sentences = Count(store, "SELECT count(DISTINCT id) FROM sentences");
        summary.Edges = Count(store, "SELECT count(*) FROM comentions");
        summary.DemonymOnlyEdges = Count(store, "SELECT count(*) FROM comentions WHERE demonym_only = 1");
        summary.Claims = Count(store, "SELECT count(*) FROM claims");
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var command = new SqliteCommand("SELECT type, count(*) FROM entities GROUP BY type", store.Connection);
        using SqliteDataReader row = command.ExecuteReader();
        while (row.Read())
        {
            byType[row.GetString(0)] = row.GetInt64(1);
        }

        summary.EntitiesByType = byType;
    }

    private static long Count(GraphStore store, string sql)
    {
        using var command = new SqliteCommand(sql, store.Connection);
        return (long)(command.ExecuteScalar() ?? 0L);
    }
}
