using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// A small tokeniser for evaluation and tests, used where the real Text stage is not in the pipeline: words (letters
/// with inner apostrophes, and dotted abbreviations such as U.S.), numbers (digits with inner , or .), one token per
/// other character; half-open offsets into the text and the <see cref="TokenShape"/> flags the extractor reads.
/// </summary>
internal static class PlainTokeniser
{
    public static Token[] Tokenise(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = WordEnd(text, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else
            {
                i++;
                kind = c is '$' or '%' or '©' or '€' or '£' or '•' ? TokenKind.Symbol : TokenKind.Punctuation;
            }

            bool spaceBefore = start == 0 || char.IsWhiteSpace(text[start - 1]);
            tokens.Add(new Token(start, i, kind, Shape(text.AsSpan(start, i - start), spaceBefore)));
        }

        return [.. tokens];
    }

    private static int WordEnd(string text, int i)
    {
        bool dotted = false;
        while (i < text.Length)
        {
            char c = text[i];
            bool inner = i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetter(c) || ((c == '\'' || c == '’') && inner))
            {
                i++;
            }
            else if (c == '.' && inner && i >= 1 && char.IsUpper(text[i - 1]))
            {
                dotted = true;
                i++;
            }
            else if (c == '.' && dotted)
            {
                return i + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static TokenShape Shape(ReadOnlySpan<char> word, bool spaceBefore)
    {
        TokenShape shape = spaceBefore ? TokenShape.SpaceBefore : TokenShape.None;
        int letters = 0;
        int upper = 0;
        int lower = 0;
        foreach (char c in word)
        {
            if (char.IsDigit(c))
            {
                shape |= TokenShape.HasDigit;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
                lower += char.IsLower(c) ? 1 : 0;
            }
        }

        if (letters > 0 && char.IsUpper(word[0]))
        {
            shape |= TokenShape.Capitalised;
        }

        if (letters >= 2 && upper == letters)
        {
            shape |= TokenShape.AllUpper;
        }

        if (letters > 0 && lower == letters)
        {
            shape |= TokenShape.AllLower;
        }

        return shape;
    }
}
