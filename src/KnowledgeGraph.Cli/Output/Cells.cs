using System.Globalization;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Formatting shared by the tables of the read-side commands (all text escaped; Spectre markup only for style).</summary>
internal static class Cells
{
    /// <summary>A table with rounded borders and the given column titles.</summary>
    public static Table Table(params string[] columns)
    {
        var table = new Table().RoundedBorder();
        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    /// <summary>Up to four decimals, invariant culture.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>"file:line  text" for each sentence, one per line, escaped.</summary>
    public static string Evidence(IEnumerable<EvidenceSentence> evidence) =>
        string.Join('\n', evidence.Select(e => $"[grey]{Markup.Escape($"{e.File}:{e.Line}")}[/] {Markup.Escape(e.Text)}"));

    /// <summary>"China DEMANDS Taliban (verbal_conflict, 0.9, 2021-07, hedged)", escaped.</summary>
    public static string Claim(ClaimView view)
    {
        var notes = new List<string> { view.Claim.PredicateClass, Number(view.Claim.Confidence) };
        if (view.Date is not null)
        {
            notes.Add(view.Date);
        }

        if (view.Claim.Hedged)
        {
            notes.Add("hedged");
        }

        if (view.Claim.Source is not null)
        {
            notes.Add($"per {view.Claim.Source}");
        }

        return $"[bold]{Markup.Escape(view.Statement)}[/] ({Markup.Escape(string.Join(", ", notes))})";
    }
}
