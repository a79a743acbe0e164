using System.Globalization;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Prints evidence the way every query shows it: claims before co-mentions, strongest first, each sentence as
/// "file:line  text" on its own line (never split when piped), and how many there are in all when not all are shown.
/// </summary>
internal sealed class EvidencePrinter(KgConsole console, int perItem)
{
    /// <summary>Sentences shown per claim or co-mention.</summary>
    public int PerItem { get; } = perItem;

    /// <summary>A claim: its statement and notes, then its strongest sentences.</summary>
    public void Claim(ClaimView claim, int indent)
    {
        console.Markup($"{Pad(indent)}[bold]{Markup.Escape(claim.Statement)}[/]  {Markup.Escape(Notes(claim))}");
        Sentences(claim.Evidence.Select(e => e.Sentence).ToList(), claim.EvidenceCount, indent + 2, "sentence");
    }

    /// <summary>A co-mention: its counts and score, then its most direct sentences not already shown under a claim.</summary>
    public void CoMention(Store.CoMentionRecord pair, IReadOnlyList<EvidenceSentence> sentences, int indent)
    {
        string rest = sentences.Count == 0 ? "; every one is shown under a claim above"
            : sentences.Count < pair.Sentences ? $"; {Count(sentences.Count, "other")}, most direct first:" : "; most direct first:";
        console.Markup($"{Pad(indent)}co-mentioned in {Count(pair.Sentences, "sentence")} of {Count(pair.Articles, "article")} (score {Number(pair.Score)}){Markup.Escape(rest)}");
        Sentences(sentences, sentences.Count, indent + 2, "co-mention sentence");
    }

    /// <summary>Up to <see cref="PerItem"/> of <paramref name="sentences"/>, then "… n more <paramref name="what"/>s" when <paramref name="total"/> is larger.</summary>
    public void Sentences(IReadOnlyList<EvidenceSentence> sentences, int total, int indent, string what)
    {
        foreach (EvidenceSentence sent in sentences.Take(PerItem))
        {
            console.Markup($"{Pad(indent)}[grey]{Markup.Escape(sent.Where)}[/]  {Markup.Escape(sent.Text)}");
        }

        int hidden = total - Math.Min(PerItem, sentences.Count);
        if (hidden > 0 && PerItem > 0)
        {
            console.Markup($"{Pad(indent)}[grey]… {Count(hidden, "more " + what)} (--evidence {total} shows them all, --json carries them)[/]");
        }
    }

    /// <summary>"verbal_conflict, confidence 0.9, 2021-07, hedged, per X, as President, 2 sentences".</summary>
    public static string Notes(ClaimView claim)
    {
        var notes = new List<string> { claim.Claim.PredicateClass, $"confidence {Number(claim.Claim.Confidence)}" };
        if (claim.Date is not null)
        {
            notes.Add(claim.DateSource switch
            {
                "article" => $"{claim.Date} (article date)",
                "text" when claim.Evidence.Count > 0 && claim.DateFrom != claim.Evidence[0].Sentence.Where => $"{claim.Date} (stated at {claim.DateFrom})",
                _ => claim.Date,
            });
        }

        if (claim.Claim.Hedged)
        {
            notes.Add("hedged");
        }

        if (claim.Claim.Source is not null)
        {
            notes.Add($"per {claim.Claim.Source}");
        }

        if (claim.Claim.Qualifier is not null)
        {
            notes.Add($"as {claim.Claim.Qualifier}");
        }

        notes.Add(Count(claim.EvidenceCount, "sentence"));
        return $"({string.Join(", ", notes)})";
    }

    /// <summary>"1 sentence", "3 sentences".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{n} {noun}s");

    /// <summary>Up to four decimals, invariant culture.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Pad(int indent) => new(' ', indent);
}
