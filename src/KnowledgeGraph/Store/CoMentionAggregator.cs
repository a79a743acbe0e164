using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// Writes the co-mention edges of the touched pairs: their occurrences are read in one ordered pass (every pair, when
/// the whole store is settled) and totalled by <see cref="EdgeTotals"/>; an edge whose totals did not change keeps its
/// revision, a pair left without occurrences is deleted and tombstoned. Neither the evidence list nor the score is
/// stored: readers list the evidence from the occurrences, and the score depends on corpus-wide totals, so storing it
/// would rewrite every edge whenever one article is added.
/// </summary>
internal static class CoMentionAggregator
{
    public static (long Added, long Removed) Refresh(StoreTransaction tx, IReadOnlyCollection<(string A, string B)> pairs, bool all)
    {
        if (!all && pairs.Count == 0)
        {
            return (0, 0);
        }

        string source = all ? "comention_occurrences o" : "touched_pairs t JOIN comention_occurrences o ON o.a = t.a AND o.b = t.b";
        if (!all)
        {
            Temp.Load(tx, "touched_pairs", pairs);
        }

        // Settling every pair keeps no per-pair set in memory (pairs grow with the corpus): what was added, removed or
        // revived is worked out in SQL from the tables; a touched set is as small as the change that touched it.
        long before = all ? (long)tx.Scalar("SELECT count(*) FROM comentions")! : 0;
        HashSet<(string, string)>? existing = all
            ? null
            : tx.List("SELECT c.a, c.b FROM touched_pairs t JOIN comentions c ON c.a = t.a AND c.b = t.b", r => (r.GetString(0), r.GetString(1))).ToHashSet();
        PreparedStatement upsert = tx.Statement(
            """
            INSERT INTO comentions(a, b, sentences, paragraphs, articles, first, last, demonym_only, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT(a, b) DO UPDATE SET sentences = excluded.sentences, paragraphs = excluded.paragraphs,
                articles = excluded.articles, first = excluded.first, last = excluded.last,
                demonym_only = excluded.demonym_only, revision = excluded.revision
            WHERE comentions.sentences IS NOT excluded.sentences OR comentions.paragraphs IS NOT excluded.paragraphs
               OR comentions.articles IS NOT excluded.articles OR comentions.first IS NOT excluded.first
               OR comentions.last IS NOT excluded.last OR comentions.demonym_only IS NOT excluded.demonym_only
            """);
        HashSet<(string, string)>? present = all ? null : [];
        (string A, string B) current = ("", "");
        EdgeTotals? totals = null;
        void Write()
        {
            if (totals is not null)
            {
                present?.Add(current);
                tx.Run(upsert.Bind(1, current.A).Bind(2, current.B).Bind(3, totals.Sentences).Bind(4, totals.Paragraphs).Bind(5, totals.Articles)
                    .Bind(6, totals.First).Bind(7, totals.Last).Bind(8, totals.DemonymOnly).Bind(9, tx.Revision));
            }
        }

        using (var row = tx.Query(
            $"""
            SELECT o.a, o.b, o.paragraph_id, o.sentence, o.article_id, o.demonym_only, ar.date
            FROM {source} LEFT JOIN articles ar ON ar.seq = o.article_id
            ORDER BY o.a, o.b, o.paragraph_id, o.sentence
            """))
        {
            // Streamed: the edges are written (to another table) while the occurrences are read, one pair at a time.
            while (row.Read())
            {
                string a = row.GetString(0), b = row.GetString(1);
                if (totals is null || a != current.A || b != current.B)
                {
                    Write();
                    (current, totals) = ((a, b), new EdgeTotals());
                }

                totals.Add(row.GetInt64(2), row.GetInt64(3), row.GetInt64(4), row.GetInt64(5) != 0, row.IsDBNull(6) ? null : row.GetString(6));
            }
        }

        Write();
        return all ? RemoveAll(tx, before) : Remove(tx, pairs, existing!, present!);
    }

    private static (long Added, long Removed) RemoveAll(StoreTransaction tx, long before)
    {
        var gone = tx.List(
            "SELECT a, b FROM comentions c WHERE NOT EXISTS (SELECT 1 FROM comention_occurrences o WHERE o.a = c.a AND o.b = c.b)",
            r => (r.GetString(0), r.GetString(1)));
        long removed = Delete(tx, gone);
        tx.Execute(
            """
            DELETE FROM tombstones WHERE kind = 'comention' AND EXISTS (SELECT 1 FROM comentions c
                WHERE c.a = substr(tombstones.key, 1, instr(tombstones.key, '|') - 1) AND c.b = substr(tombstones.key, instr(tombstones.key, '|') + 1))
            """);
        Tombstones.Settle(tx, "comention", gone.Select(p => (p.Item1 + "|" + p.Item2, false)));
        long after = (long)tx.Scalar("SELECT count(*) FROM comentions")!;
        return (after - before + removed, removed);
    }

    private static (long Added, long Removed) Remove(
        StoreTransaction tx, IReadOnlyCollection<(string A, string B)> pairs, HashSet<(string, string)> existing, HashSet<(string, string)> present)
    {
        var gone = pairs.Where(p => !present.Contains(p)).ToList();
        long removed = Delete(tx, gone);
        if (tx.Scalar("SELECT 1 FROM tombstones WHERE kind = 'comention' LIMIT 1") is not null)
        {
            Tombstones.Settle(tx, "comention", present.Select(p => (p.Item1 + "|" + p.Item2, true)));
        }

        Tombstones.Settle(tx, "comention", gone.Select(p => (p.Item1 + "|" + p.Item2, false)));
        return (present.Count(p => !existing.Contains(p)), removed);
    }

    private static long Delete(StoreTransaction tx, IEnumerable<(string A, string B)> gone)
    {
        PreparedStatement delete = tx.Statement("DELETE FROM comentions WHERE a = ?1 AND b = ?2");
        long removed = 0;
        foreach ((string a, string b) in gone)
        {
            removed += tx.Run(delete.Bind(1, a).Bind(2, b));
        }

        return removed;
    }
}
