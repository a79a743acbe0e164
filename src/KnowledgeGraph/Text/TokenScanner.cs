using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>
/// One left-to-right pass over a paragraph writing tokens into a caller's buffer; the rules are documented on
/// <see cref="Tokeniser"/>. Every decision reads characters through <see cref="CharTable"/> (which folds first),
/// so raw and normalised text give identical tokens.
/// </summary>
internal ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> text;
    private readonly Span<Token> tokens;
    private readonly bool hasAt;
    private int count;

    /// <summary>Prepares a scan of <paramref name="text"/>; <paramref name="tokens"/> must hold text.Length tokens.</summary>
    public TokenScanner(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
        hasAt = text.Contains('@');
    }

    /// <summary>Scans the whole text and returns the number of tokens written.</summary>
    public int Run()
    {
        int i = 0;
        bool space = true;
        while (i < text.Length)
        {
            CharKind kind = CharTable.Of(text[i]);
            switch (kind)
            {
                case CharKind.Space:
                    space = true;
                    i++;
                    continue;
                case CharKind.Ignorable:
                    i++;
                    continue;
                case CharKind.Upper or CharKind.Lower or CharKind.Uncased or CharKind.Mark:
                    i = ScanWordOrAddress(i, space);
                    break;
                case CharKind.Digit:
                    int email = hasAt ? UrlScanner.MatchEmail(text, i) : -1;
                    i = email > 0 ? Emit(i, email, TokenKind.Url, space, glued: false) : ScanNumber(i, space, glued: false);
                    break;
                case CharKind.Apostrophe:
                    i = ScanApostrophe(i, space);
                    break;
                case CharKind.Symbol:
                    i = Emit(i, i + 1, TokenKind.Symbol, space, glued: false);
                    break;
                case CharKind.Other:
                    int end = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                    i = Emit(i, end, TokenKind.Symbol, space, glued: false);
                    break;
                default:
                    i = Emit(i, i + 1, TokenKind.Punctuation, space, glued: false);
                    break;
            }

            space = false;
        }

        return count;
    }

    private int ScanWordOrAddress(int start, bool space)
    {
        if (start + 4 < text.Length && (text[start] | 0x20) is 'h' or 'w' or 'f' && (text[start + 1] | 0x20) is 't' or 'w')
        {
            int url = UrlScanner.MatchUrl(text, start);
            if (url > 0)
            {
                return Emit(start, url, TokenKind.Url, space, glued: false);
            }
        }

        int email = hasAt ? UrlScanner.MatchEmail(text, start) : -1;
        return email > 0 ? Emit(start, email, TokenKind.Url, space, glued: false) : ScanWord(start, space);
    }

    private int ScanWord(int start, bool space)
    {
        int segment = start;
        bool glued = CharTable.Of(text[start]) == CharKind.Upper && FollowsGluedStop(space, number: false);
        int j = start;
        while (j < text.Length)
        {
            CharKind kind = CharTable.Of(text[j]);
            if (kind is CharKind.Lower or CharKind.Uncased or CharKind.Mark)
            {
                j++;
            }
            else if (kind == CharKind.Upper)
            {
                if (j > segment && CharTable.Of(text[j - 1]) == CharKind.Lower && GlueRules.SplitsBeforeUpper(text, start, segment, j))
                {
                    Emit(segment, j, TokenKind.Word, space, glued);
                    (segment, space, glued) = (j, false, true);
                }

                j++;
            }
            else if (kind == CharKind.Apostrophe && Contractions.IsNegation(text, segment, j))
            {
                Emit(segment, j - 1, TokenKind.Word, space, glued);
                return Emit(j - 1, j + 2, TokenKind.Word, space: false, glued: false);
            }
            else if (kind is CharKind.Apostrophe or CharKind.Ignorable && IsInnerJoiner(j))
            {
                j++;
            }
            else if (kind == CharKind.Digit)
            {
                if (GlueRules.LowerRunBefore(text, segment, j) >= 2)
                {
                    Emit(segment, j, TokenKind.Word, space, glued);
                    return ScanNumber(j, space: false, glued: true);
                }

                j = EndOfAlphanumeric(j);
                return Emit(segment, j, TokenKind.Word, space, glued);
            }
            else
            {
                break;
            }
        }

        if (j < text.Length && text[j] == '.')
        {
            j = GlueRules.EndAfterDot(text, segment, j);
        }

        int split = Contractions.FusedSplit(text[segment..j]);
        if (split > 0)
        {
            Emit(segment, segment + split, TokenKind.Word, space, glued);
            return Emit(segment + split, j, TokenKind.Word, space: false, glued: false);
        }

        return Emit(segment, j, TokenKind.Word, space, glued);
    }

    private int ScanNumber(int start, bool space, bool glued)
    {
        int j = EndOfDigits(start);
        int separators = 0;
        int lastSeparator = -1;
        while (j + 1 < text.Length && text[j] is '.' or ',' && CharTable.Of(text[j + 1]) == CharKind.Digit)
        {
            if (text[j] == ',' && !GlueRules.IsThousandsSeparator(text, lastSeparator < 0 ? start : lastSeparator + 1, j))
            {
                break;
            }

            (separators, lastSeparator) = (separators + 1, j);
            j = EndOfDigits(j + 1);
        }

        if (j < text.Length && CharTable.IsLetter(CharTable.Of(text[j])))
        {
            j = EndOfAlphanumeric(j);
        }
        else if (separators == 1 && GlueRules.IsYearThenEndnote(text, start, lastSeparator, j))
        {
            Emit(start, lastSeparator, TokenKind.Number, space, glued || FollowsGluedStop(space, number: true));
            Emit(lastSeparator, lastSeparator + 1, TokenKind.Punctuation, space: false, glued: false);
            return Emit(lastSeparator + 1, j, TokenKind.Number, space: false, glued: true);
        }

        return Emit(start, j, TokenKind.Number, space, glued || FollowsGluedStop(space, number: true));
    }

    private int ScanApostrophe(int start, bool space)
    {
        int clitic = space ? 0 : Contractions.CliticLength(text, start);
        if (clitic > 0)
        {
            return Emit(start, start + clitic, TokenKind.Word, space: false, glued: false);
        }

        return Emit(start, start + 1, TokenKind.Punctuation, space, glued: false);
    }

    /// <summary>An apostrophe, soft hyphen or zero-width character between two letters, and not the start of a clitic ('s, 're, 'll, …).</summary>
    private readonly bool IsInnerJoiner(int j) =>
        j + 1 < text.Length && CharTable.IsLetter(CharTable.Of(text[j + 1]))
        && !(CharTable.Of(text[j]) == CharKind.Apostrophe && Contractions.CliticLength(text, j) > 0);

    /// <summary>
    /// True when the token about to be emitted sits with no space after a full stop that is itself glued to the
    /// text before it (regard.The, Beijing.34), or, for a number, after a glued closing quote or bracket (it.”10,
    /// billion)87) or after a comma glued to a word or to a number it cannot be a thousands separator of (commerce,31;
    /// in 2016,68 Turkmenistan):
    /// the source lost a space there, and a number in that place is an endnote reference.
    /// </summary>
    private readonly bool FollowsGluedStop(bool space, bool number)
    {
        if (space || count == 0)
        {
            return false;
        }

        Token previous = tokens[count - 1];
        if (previous.Kind != TokenKind.Punctuation || previous.Is(TokenShape.SpaceBefore))
        {
            return false;
        }

        char last = CharFold.Fold(text[previous.Start]);
        if (last == '.')
        {
            return true;
        }

        if (!number || previous.Start == 0)
        {
            return false;
        }

        char before = text[previous.Start - 1];
        bool closes = last is ')' or ']' or '"' or '\''
            && (CharTable.IsAlphanumeric(CharTable.Of(before)) || before is '.' or '?' or '!' or ')' or ']' or '%');
        return closes || (last == ',' && CharTable.IsAlphanumeric(CharTable.Of(before)));
    }

    private readonly int EndOfDigits(int j)
    {
        while (j < text.Length && CharTable.Of(text[j]) == CharKind.Digit)
        {
            j++;
        }

        return j;
    }

    private readonly int EndOfAlphanumeric(int j)
    {
        while (j < text.Length && CharTable.IsAlphanumeric(CharTable.Of(text[j])))
        {
            j++;
        }

        return j;
    }

    private int Emit(int start, int end, TokenKind kind, bool space, bool glued)
    {
        TokenShape shape = kind is TokenKind.Word or TokenKind.Number or TokenKind.Url ? TokenShapes.Of(text[start..end]) : TokenShape.None;
        if (space)
        {
            shape |= TokenShape.SpaceBefore;
        }

        if (glued)
        {
            shape |= TokenShape.Glued;
        }

        tokens[count++] = new Token(start, end, kind, shape);
        return end;
    }
}
