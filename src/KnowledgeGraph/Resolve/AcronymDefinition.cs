using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>Finds acronym definitions in a paragraph: "Long Name (ACR)", "Long Name (ACR, …)" and "the Long Name, ACR,".</summary>
internal static class AcronymDefinition
{
    /// <summary>The token index of an acronym defined right after the tokens ending at <paramref name="end"/>, or -1.</summary>
    public static int After(Paragraph paragraph, int end, out int acronymEnd)
    {
        acronymEnd = -1;
        Token[] tokens = paragraph.Tokens;
        if (end >= tokens.Length - 2)
        {
            return -1;
        }

        string open = Text(paragraph, tokens[end]);
        if (open is not ("(" or ","))
        {
            return -1;
        }

        int start = end + 1;
        int stop = start;
        while (stop < tokens.Length && (IsAcronymPart(paragraph, tokens[stop]) || Text(paragraph, tokens[stop]) == "-" && stop > start))
        {
            stop++;
        }

        if (stop == start || stop >= tokens.Length || Text(paragraph, tokens[stop - 1]) == "-")
        {
            return -1;
        }

        string close = Text(paragraph, tokens[stop]);
        bool closes = open == "(" ? close is ")" or "," or ";" : close is ",";
        if (!closes || !HasTwoCapitals(paragraph, tokens[start].Start, tokens[stop - 1].End))
        {
            return -1;
        }

        acronymEnd = stop;
        return start;
    }

    /// <summary>True when the capitals of <paramref name="acronym"/> appear, in order, among the initials of the name's words.</summary>
    public static bool Abbreviates(string acronym, string name)
    {
        var initials = new List<char>();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool wordStart = i == 0 || !char.IsLetter(name[i - 1]);
            bool hump = i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]);
            if (char.IsLetter(c) && (wordStart || hump))
            {
                initials.Add(char.ToUpperInvariant(c));
            }
        }

        int k = 0;
        foreach (char c in acronym)
        {
            if (!char.IsUpper(c))
            {
                continue;
            }

            int found = initials.IndexOf(c, k);
            if (found < 0)
            {
                return false;
            }

            k = found + 1;
        }

        return true;
    }

    private static bool IsAcronymPart(Paragraph paragraph, Token token) =>
        token.Kind == TokenKind.Word && (token.Is(TokenShape.AllUpper) || token.Length == 1 && char.IsUpper(paragraph.Normalised[token.Start]));

    private static bool HasTwoCapitals(Paragraph paragraph, int from, int to)
    {
        int count = 0;
        foreach (char c in paragraph.Normalised.AsSpan(from, to - from))
        {
            count += char.IsUpper(c) ? 1 : 0;
        }

        return count >= 2;
    }

    private static string Text(Paragraph paragraph, Token token) => paragraph.Normalised.Substring(token.Start, token.Length);
}
