using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Tells a capital written as a place ("a summit in Beijing") from the same name standing for its government
/// ("Beijing has sought…"): the place reading needs a locative word just before it, or "-based" after it.
/// </summary>
internal static class PlaceContext
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "near", "into", "outside", "around", "across", "through", "via", "toward", "towards",
        "inside", "within", "visit", "visited", "visiting", "visits", "trip", "flew", "arrived", "travelled", "traveled",
        "based", "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "downtown",
    };

    /// <summary>Nouns that make "X of Kabul" a place ("the takeover of Kabul", "the streets of Kabul").</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "takeover", "fall", "capture", "outskirts", "streets", "centre", "center", "heart", "mayor", "residents", "city",
        "control", "siege", "airport", "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
        "suburbs", "edge", "people", "skies", "evacuation",
    };

    /// <summary>Words of travel and transport before "between" that make the names after it places ("the inaugural run between Nairobi…").</summary>
    private static readonly HashSet<string> RouteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "travel", "travels", "run", "runs", "route", "routes", "road", "roads", "railway", "railways", "rail", "line", "lines",
        "flight", "flights", "train", "trains", "journey", "trip", "trips", "highway", "pipeline", "corridor", "link", "links",
        "linking", "connecting", "distance", "border", "ferry", "bus", "buses", "drive",
    };

    /// <summary>Nouns after a comma that describe the name before them as a place ("Nairobi, the capital,").</summary>
    private static readonly HashSet<string> PlaceAppositions = new(StringComparer.OrdinalIgnoreCase) { "capital", "city", "town", "port" };

    public static bool IsPlace(Paragraph paragraph, Mention mention)
    {
        Token[] tokens = paragraph.Tokens;
        if (OnRoute(paragraph, mention.TokenStart) || DescribedAsPlace(paragraph, mention.TokenEnd))
        {
            return true;
        }

        int prev = mention.TokenStart - 1;
        if (prev >= 0 && Word(paragraph, tokens[prev]) is "the" or "The")
        {
            prev--;
        }

        if (prev >= 0)
        {
            string before = Word(paragraph, tokens[prev]);
            if (Locatives.Contains(before))
            {
                return !(before is "to" && Owed(paragraph, prev));
            }

            if (before.Equals("of", StringComparison.OrdinalIgnoreCase) && prev > 0 && PlaceNouns.Contains(Word(paragraph, tokens[prev - 1])))
            {
                return true;
            }
        }

        int next = mention.TokenEnd;
        return next + 1 < tokens.Length && Word(paragraph, tokens[next]) == "-" && Word(paragraph, tokens[next + 1]) is "based" or "born";
    }

    /// <summary>Words of debt and transfer: "owes more than $1.2 billion to Beijing" is owed to the government.</summary>
    private static readonly HashSet<string> OwedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "owe", "owes", "owed", "owing", "debt", "debts", "repay", "repays", "repaid", "repaying", "indebted",
    };

    /// <summary>True when a word of debt comes within the six words before "to" at <paramref name="to"/>.</summary>
    private static bool Owed(Paragraph paragraph, int to)
    {
        for (int k = Math.Max(0, to - 6); k < to; k++)
        {
            if (OwedWords.Contains(Word(paragraph, paragraph.Tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True after "between" or "from" when a word of travel comes before it ("Travel between Nairobi and Mombasa",
    /// "the inaugural run between Nairobi, the capital, and…"); "talks between Beijing and Kabul" stays the governments.
    /// </summary>
    private static bool OnRoute(Paragraph paragraph, int start)
    {
        Token[] tokens = paragraph.Tokens;
        return start >= 2 && Word(paragraph, tokens[start - 1]) is "between" or "from" && RouteWords.Contains(Word(paragraph, tokens[start - 2]));
    }

    /// <summary>True when a comma and an apposition naming a kind of place follow ("Nairobi, the capital, and Mombasa").</summary>
    private static bool DescribedAsPlace(Paragraph paragraph, int end)
    {
        Token[] tokens = paragraph.Tokens;
        if (end + 1 >= tokens.Length || Word(paragraph, tokens[end]) != ",")
        {
            return false;
        }

        int k = end + 1;
        if (Word(paragraph, tokens[k]) is "the" or "a")
        {
            k++;
        }

        // "the country's capital", "a port city": a possessive or one modifier may come first.
        for (int j = k; j < tokens.Length && j < k + 3; j++)
        {
            if (PlaceAppositions.Contains(Word(paragraph, tokens[j])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(Paragraph paragraph, Token token) => paragraph.Normalised.Substring(token.Start, token.Length);
}
