using System.Text;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Cli.Output;

/// <summary>A gazetteer entry for a discovered name, in the format of gazetteers/README.md, ready to paste.</summary>
internal static class YamlStub
{
    public static string For(EntityTallyRow row)
    {
        string name = row.Name;
        string id = DiscoveredNames.MergeKey(name, row.Entity.Type);
        var sb = new StringBuilder();
        sb.Append("  - id: ").AppendLine(id);
        sb.Append("    name: ").AppendLine(Quote(name));
        sb.Append("    type: ").AppendLine(row.Entity.Type.ToString());
        var variants = row.Surfaces.Keys.Where(s => s != name).OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (variants.Count > 0)
        {
            sb.Append("    aliases: [").Append(string.Join(", ", variants.Select(Quote))).AppendLine("]");
        }

        if (row.LearnedAliases.Count > 0)
        {
            sb.Append("    acronyms: [").Append(string.Join(", ", row.LearnedAliases.Select(Quote))).AppendLine("]");
        }

        if (row.Roles.Count > 0)
        {
            sb.AppendLine("    roles:");
            foreach (RoleGroup role in RoleGroups.Of(row.Roles))
            {
                string more = role.Count > 1 ? $" (+{role.Count - 1} more)" : "";
                sb.Append("      - {title: ").Append(Quote(role.Title)).Append(", of: ").Append(role.Of).Append("}  # ").Append(role.Evidence[0]).AppendLine(more);
            }
        }

        return sb.ToString();
    }

    private static string Quote(string text) =>
        text.IndexOfAny([':', '#', ',', '[', ']', '{', '}', '\'', '"']) >= 0 ? "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'" : text;
}
