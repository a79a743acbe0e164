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

    public static bool IsPlace(Paragraph paragraph, Mention mention)
    {
        Token[] tokens = paragraph.Tokens;
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
                return true;
            }

            if (before.Equals("of", StringComparison.OrdinalIgnoreCase) && prev > 0 && PlaceNouns.Contains(Word(paragraph, tokens[prev - 1])))
            {
                return true;
            }
        }

        int next = mention.TokenEnd;
        return next + 1 < tokens.Length && Word(paragraph, tokens[next]) == "-" && Word(paragraph, tokens[next + 1]) is "based" or "born";
    }

    private static string Word(Paragraph paragraph, Token token) => paragraph.Normalised.Substring(token.Start, token.Length);
}
