using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>One neighbour as `kg query neighbours` and `kg query entity` print it: a summary line, its claims, its co-mention sentences.</summary>
internal static class NeighbourLines
{
    public static void Print(KgConsole console, EvidencePrinter printer, int rank, Neighbour neighbour)
    {
        var facts = new List<string> { neighbour.Entity.Type, EvidencePrinter.Count(neighbour.Claims.Count, "claim"), EvidencePrinter.Count(neighbour.EvidenceCount, "sentence") };
        if (neighbour.CoMention is { } pair)
        {
            facts.Add(EvidencePrinter.Count(pair.Articles, "article"));
            facts.Add($"score {EvidencePrinter.Number(pair.Score)}");
        }

        console.Markup($"{rank,3}. [bold]{Markup.Escape(neighbour.Entity.Name)}[/]  {Markup.Escape($"({string.Join(", ", facts)})")}");
        foreach (ClaimView claim in neighbour.Claims)
        {
            printer.Claim(claim, indent: 7);
        }

        if (neighbour.Evidence.Count > 0)
        {
            printer.Sentences(neighbour.Evidence, neighbour.Evidence.Count, 7, "co-mention sentence");
        }
    }
}
