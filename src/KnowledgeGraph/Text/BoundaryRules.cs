using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>The sentence-boundary decisions of <see cref="SentenceSplitter"/>, one method per question.</summary>
internal static class BoundaryRules
{
    /// <summary>True for '.', '?', '!', '…' tokens and for words that end with their abbreviation dot (U.S., Sept.).</summary>
    public static bool IsTerminal(ReadOnlySpan<char> text, Token token) => token.Kind switch
    {
        TokenKind.Punctuation => text[token.Start] is '.' or '?' or '!' or '\u2026',
        TokenKind.Word => token.Length > 1 && text[token.End - 1] == '.',
        _ => false,
    };

    /// <summary>
    /// The index of the first token after the sentence end that starts at <paramref name="terminal"/>: past further
    /// glued terminal marks (?!, ...), glued closing quotes and brackets, then a glued endnote number or a
    /// bracketed endnote mark (Eurasia.' [2]).
    /// </summary>
    public static int EndOfTerminal(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int terminal)
    {
        int next = terminal + 1;
        while (next < tokens.Length && IsGluedPunctuation(text, tokens[next], '.', '?', '!', '\u2026'))
        {
            next++;
        }

        while (next < tokens.Length && IsGluedPunctuation(text, tokens[next], '"', '\'', ')', ']', '}'))
        {
            next++;
        }

        if (next < tokens.Length && tokens[next].Kind == TokenKind.Number && tokens[next].Is(TokenShape.Glued)
            && !tokens[next].Is(TokenShape.SpaceBefore))
        {
            next++;
        }

        return next + EndnoteMarkLength(text, tokens, next);
    }

    /// <summary>3 when a bracketed endnote mark ([2], [a]) starts at <paramref name="index"/>, else 0.</summary>
    private static int EndnoteMarkLength(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        if (index + 2 >= tokens.Length || text[tokens[index].Start] != '[' || text[tokens[index + 2].Start] != ']')
        {
            return 0;
        }

        Token inner = tokens[index + 1];
        bool mark = inner.Kind == TokenKind.Number || (inner.Kind == TokenKind.Word && inner.Length == 1);
        return mark && inner.Length <= 3 && !inner.Is(TokenShape.SpaceBefore) && !tokens[index + 2].Is(TokenShape.SpaceBefore) ? 3 : 0;
    }

    /// <summary>Whether the sentence really ends before token <paramref name="next"/>, given its terminal token.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int terminal, int next)
    {
        Token mark = tokens[terminal];
        int word = SkipOpeners(text, tokens, next);
        if (word >= tokens.Length)
        {
            return true;
        }

        Token following = tokens[word];
        if (following.Kind == TokenKind.Punctuation && !IsOpener(text, following))
        {
            return false;
        }

        if (CharTable.Of(text[following.Start]) == CharKind.Lower)
        {
            return false;
        }

        if (mark.Kind == TokenKind.Word)
        {
            return AbbreviationEnds(text, mark, following);
        }

        if (text[mark.Start] == '.' && terminal == 1 && tokens[0].Kind == TokenKind.Number && next == 2)
        {
            return false;
        }

        bool ellipsis = text[mark.Start] == '\u2026' || (next - terminal >= 3 && text[tokens[terminal + 1].Start] == '.');
        return !ellipsis || following.Is(TokenShape.Capitalised);
    }

    /// <summary>
    /// After a dotted word: leading abbreviations (Mr., Gen., No., e.g.) never end a sentence; "etc." ends before
    /// any capitalised word; the rest (U.S., U.K., Sept., initials, Inc.) end only before a sentence starter or a
    /// glued capitalised word.
    /// </summary>
    private static bool AbbreviationEnds(ReadOnlySpan<char> text, Token mark, Token following)
    {
        ReadOnlySpan<char> bare = text[mark.Start..(mark.End - 1)];
        if (Abbreviations.IsLeading(bare))
        {
            return false;
        }

        if (bare is "etc" || following.Is(TokenShape.Glued))
        {
            return following.Is(TokenShape.Capitalised);
        }

        return following.Kind == TokenKind.Word && SentenceStarters.Contains(text[following.Start..following.End]);
    }

    private static int SkipOpeners(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        while (index < tokens.Length && IsOpener(text, tokens[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsOpener(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && CharFold.Fold(text[token.Start]) is '"' or '\'' or '(' or '[' or '{';

    private static bool IsGluedPunctuation(ReadOnlySpan<char> text, Token token, params ReadOnlySpan<char> marks) =>
        token.Kind == TokenKind.Punctuation && !token.Is(TokenShape.SpaceBefore) && marks.Contains(CharFold.Fold(text[token.Start]));
}
