using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>
/// A canonical text dump of every content table (all columns but revisions and row numbers, articles named by their
/// content ids, rows sorted), for proving that two stores hold the same graph whatever sequence of builds produced
/// them. Meta, watermarks, tombstones and pending keys are bookkeeping of the history and are left out.
/// </summary>
internal static class StoreDump
{
    private static readonly string[] Tables =
    [
        "articles", "article_locations", "article_paragraphs", "paragraph_locations", "paragraphs", "sentences", "mentions",
        "article_entities", "definitions", "learned_aliases", "entities", "comention_occurrences", "comentions", "claim_evidence", "claims",
    ];

    public static string Of(GraphStore store)
    {
        var text = new StringBuilder();
        foreach (string table in Tables)
        {
            var columns = new List<string>();
            using (var info = new SqliteCommand($"SELECT name FROM pragma_table_info('{table}')", store.Connection))
            using (SqliteDataReader row = info.ExecuteReader())
            {
                while (row.Read())
                {
                    string name = row.GetString(0);
                    if (name is not ("revision" or "seq"))
                    {
                        // Row numbers depend on the order articles were written: an article is named by its content id.
                        columns.Add(name == "article_id" ? "(SELECT a.id FROM articles a WHERE a.seq = t.article_id)" : $"t.\"{name}\"");
                    }
                }
            }

            string list = string.Join(", ", columns);
            text.Append("## ").Append(table).Append('\n');
            using var command = new SqliteCommand($"SELECT {list} FROM {table} t ORDER BY {string.Join(", ", Enumerable.Range(1, columns.Count))}", store.Connection);
            using SqliteDataReader rows = command.ExecuteReader();
            while (rows.Read())
            {
                for (int i = 0; i < rows.FieldCount; i++)
                {
                    text.Append(i == 0 ? "" : " | ").Append(rows.IsDBNull(i) ? "∅" : Convert.ToString(rows.GetValue(i), CultureInfo.InvariantCulture));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
