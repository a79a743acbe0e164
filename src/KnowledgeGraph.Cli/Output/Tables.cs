using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>The table style of `kg` (short cells only: evidence sentences are printed as lines, see <see cref="EvidencePrinter"/>).</summary>
internal static class Tables
{
    /// <summary>A table with rounded borders and the given column titles (escaped).</summary>
    public static Table Create(params string[] columns)
    {
        var table = new Table().RoundedBorder();
        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }
}
