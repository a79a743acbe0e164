using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Modality;

/// <summary>
/// The time a sentence gives its claim, normalised to yyyy, yyyy-MM or yyyy-MM-dd: "in July 2021" → 2021-07,
/// "Oct. 14, 2022" and "14 August 2022" → 2022-10-14 / 2022-08-14, "in 2001" → 2001. Of several dates the one
/// nearest the trigger wins. A month or day without a year ("Sept. 14") takes the year of the article's date when
/// the metadata gives one, and is left null otherwise. Month names count only when capitalised ("May" the month, not
/// "may" the modal; a capitalised "May" needs a number beside it).
/// </summary>
internal static class TimeFinder
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The normalised time nearest token <paramref name="trigger"/> in the trigger's own clause, or null. A date inside
    /// another dependent clause (<see cref="ClauseOf"/>: "…, while Uzbekistan left the bloc in 2012", "a line that
    /// contractors began building in December 2024") dates that clause's event, not this
    /// one; a date of the main clause still dates a claim read inside a dependent clause that has none.
    /// </summary>
    public static string? Find(SentenceView view, int trigger, string? articleDate)
    {
        // The trigger's clause is looked up at the first date only: most sentences give none.
        int own = NotLookedUp;
        string? best = null;
        string? main = null;
        int bestDistance = int.MaxValue;
        int mainDistance = int.MaxValue;
        for (int i = view.First; i < view.End; i++)
        {
            string? value = ReadAt(view, i, articleDate, out int used);
            if (value is null)
            {
                continue;
            }

            Weigh(view, trigger, i, value, ref own, ref best, ref bestDistance, ref main, ref mainDistance);
            i += used - 1;
        }

        return best ?? main;
    }

    /// <summary>Appends the dates of the sentence, in token order, as <see cref="Find"/> reads them: (first token, normalised value).</summary>
    public static void Collect(SentenceView view, string? articleDate, List<(int At, string Value)> dates)
    {
        for (int i = view.First; i < view.End; i++)
        {
            string? value = ReadAt(view, i, articleDate, out int used);
            if (value is not null)
            {
                dates.Add((i, value));
                i += used - 1;
            }
        }
    }

    /// <summary><see cref="Find"/> over the dates <see cref="Collect"/> read from the sentence.</summary>
    public static string? Find(SentenceView view, int trigger, List<(int At, string Value)> dates)
    {
        int own = NotLookedUp;
        string? best = null;
        string? main = null;
        int bestDistance = int.MaxValue;
        int mainDistance = int.MaxValue;
        foreach (var (at, value) in dates)
        {
            Weigh(view, trigger, at, value, ref own, ref best, ref bestDistance, ref main, ref mainDistance);
        }

        return best ?? main;
    }

    /// <summary>
    /// Keeps the date at token <paramref name="i"/> when it is the nearest yet in the trigger's own clause, or in the main
    /// clause (for a trigger whose clause has none).
    /// </summary>
    private static void Weigh(SentenceView view, int trigger, int i, string value, ref int own, ref string? best, ref int bestDistance, ref string? main, ref int mainDistance)
    {
        own = own == NotLookedUp ? ClauseOf(view, trigger) : own;
        int clause = ClauseOf(view, i);
        int distance = Math.Abs(i - trigger);
        if (clause == own && distance < bestDistance)
        {
            best = value;
            bestDistance = distance;
        }
        else if (clause < 0 && distance < mainDistance)
        {
            main = value;
            mainDistance = distance;
        }
    }


    /// <summary>Stands for the trigger's clause before it is looked up (<see cref="ClauseOf"/> gives -1 or a token index).</summary>
    private const int NotLookedUp = int.MinValue;

    private static readonly WordSet Openers = new("which", "who", "whom", "whose", "that", "while", "whereas", "although", "though", "because", "when", "where");

    /// <summary>The marks that close a dependent clause: comma, semicolon and dashes.</summary>
    private static readonly WordSet Breaks = new(",", ";", "—", "–");

    /// <summary>
    /// The first token of the dependent clause token <paramref name="i"/> stands in, or -1 in the main clause: a clause
    /// opens at a relative pronoun or subordinator (<see cref="Openers"/>), or at a participle in -ing right after a comma, and
    /// ends at the next comma, semicolon or dash.
    /// </summary>
    private static int ClauseOf(SentenceView view, int i)
    {
        for (int j = Math.Min(i, view.End - 1); j >= view.First; j--)
        {
            if (j < i && Breaks.At(view, j))
            {
                return view.Is(j, ",") && j + 1 <= i && Participle(view, j + 1) ? j + 1 : -1;
            }

            if (Openers.At(view, j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A lower-case word in -ing ("raising"); one in -ed after a comma is as often the main verb after an apposition.</summary>
    private static bool Participle(SentenceView view, int i) =>
        i < view.End && view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower) && view.Word(i).EndsWith("ing", StringComparison.Ordinal);

    private static string? ReadAt(SentenceView view, int i, string? articleDate, out int used)
    {
        used = 1;
        int day = DayAt(view, i);
        int monthAt = day > 0 ? i + 1 : i;
        int month = MonthAt(view, monthAt);
        if (month > 0)
        {
            int j = monthAt + 1;
            if (view.Is(j, "."))
            {
                j++;
            }

            if (day == 0)
            {
                day = DayAt(view, j);
                if (day > 0)
                {
                    j++;
                    if (view.Is(j, ","))
                    {
                        j++;
                    }
                }
            }

            int year = YearAt(view, j);
            bool mayIsMonth = !view.Is(monthAt, "may") || day > 0 || year > 0;
            if (!mayIsMonth)
            {
                return null;
            }

            used = (year > 0 ? j + 1 : j) - i;
            year = year > 0 ? year : ArticleYear(articleDate);
            if (year == 0)
            {
                return null;
            }

            return day > 0 ? $"{year:D4}-{month:D2}-{day:D2}" : $"{year:D4}-{month:D2}";
        }

        int alone = YearAt(view, i);
        return alone > 0 && !view.Is(i - 1, "$") && !view.Is(i + 1, "%") ? $"{alone:D4}" : null;
    }

    private static int MonthAt(SentenceView view, int i)
    {
        if (i >= view.End || !view.Token(i).Is(TokenShape.Capitalised))
        {
            return 0;
        }

        // The tokeniser keeps an abbreviation's period on it ("Sept." is one token).
        ReadOnlySpan<char> word = view.Word(i);
        word = word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
        return MayBeMonth(word) && MonthLookup.TryGetValue(word, out int month) ? month : 0;
    }

    /// <summary>
    /// False for a word no month name can equal ignoring case: of another length, or opening with an ASCII character no
    /// month name opens with. Names are capitalised too, so most capitalised words end here without a look-up.
    /// </summary>
    private static bool MayBeMonth(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9)
        {
            return false;
        }

        char c = word[0];
        return c >= 0x80 || (c | 0x20) is 'j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd';
    }

    private static int DayAt(SentenceView view, int i)
    {
        if (i >= view.End || view.Token(i).Kind != TokenKind.Number || view.Token(i).Length > 2)
        {
            return 0;
        }

        return int.TryParse(view.Word(i), out int day) && day is >= 1 and <= 31 ? day : 0;
    }

    private static int YearAt(SentenceView view, int i)
    {
        if (i >= view.End || view.Token(i).Kind != TokenKind.Number || view.Token(i).Length != 4)
        {
            return 0;
        }

        return int.TryParse(view.Word(i), out int year) && year is >= 1900 and <= 2099 ? year : 0;
    }

    private static int ArticleYear(string? articleDate) =>
        articleDate is { Length: >= 4 } && int.TryParse(articleDate.AsSpan(0, 4), out int year) ? year : 0;
}
