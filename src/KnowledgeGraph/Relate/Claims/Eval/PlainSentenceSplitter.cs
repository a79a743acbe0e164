using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// A small sentence splitter for evaluation and tests: a sentence ends at ". ", "? " or "! " followed by a capital,
/// a digit or a quote, unless the dot ends a known abbreviation (Mr., Sept., U.S.) or a single initial.
/// </summary>
internal static class PlainSentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "prof", "sen", "rep", "gov", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "co", "corp", "ltd", "jr",
    };

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!IsEnd(text, tokens, i))
            {
                continue;
            }

            sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i + 1));
            first = i + 1;
        }

        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Length));
        }

        return [.. sentences];
    }

    private static bool IsEnd(string text, Token[] tokens, int i)
    {
        char c = text[tokens[i].Start];
        if (tokens[i].Kind != TokenKind.Punctuation || c is not ('.' or '?' or '!') || i + 1 >= tokens.Length)
        {
            return false;
        }

        Token next = tokens[i + 1];
        char n = text[next.Start];
        if (!next.Is(TokenShape.SpaceBefore) || !(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\''))
        {
            return false;
        }

        if (c == '.' && i > 0 && tokens[i - 1].End == tokens[i].Start && tokens[i - 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> word = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
            var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return true;
    }
}
