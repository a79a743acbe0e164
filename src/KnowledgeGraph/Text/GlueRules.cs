namespace KnowledgeGraph.Text;

/// <summary>
/// The decisions about where a run of letters, digits and dots splits or stays whole: glued words
/// (leaderXi, EconomicCorridor, Tashkent8), abbreviation dots (U.S., Sept., S.), dotted names (Mail.Ru) and
/// years glued to an endnote number (2017.53).
/// </summary>
internal static class GlueRules
{
    /// <summary>
    /// Whether a word run splits before the upper-case letter at <paramref name="upper"/> (the letter before it is
    /// lower case). A segment that starts lower case splits when its lower-case part has two or more letters or
    /// is the word "a" (leaderXi, theTaliban, aUyghur; not iPhone, eBay). A camel hump (an upper-case letter and
    /// its lower-case tail) splits when the tail has two or more letters (EconomicCorridor, KazMunaiGas,
    /// PetroChina, AliExpress), except after the name prefix "Mac"; one-letter tails never split (McDonald,
    /// WeChat, UzDaily, PhD).
    /// </summary>
    public static bool SplitsBeforeUpper(ReadOnlySpan<char> text, int wordStart, int segment, int upper)
    {
        int lower = LowerRunBefore(text, segment, upper);
        int lowStart = upper - lower;
        if (lowStart == segment)
        {
            return lower >= 2 || (segment == wordStart && text[segment] == 'a');
        }

        if (lower < 2)
        {
            return false;
        }

        return !(lowStart - 1 == segment && lower == 2 && text.Slice(segment, 3) is "Mac");
    }

    /// <summary>How many lower-case letters come right before <paramref name="end"/>, not reaching before <paramref name="segment"/>.</summary>
    public static int LowerRunBefore(ReadOnlySpan<char> text, int segment, int end)
    {
        int j = end;
        while (j > segment && CharTable.Of(text[j - 1]) == CharKind.Lower)
        {
            j--;
        }

        return end - j;
    }

    /// <summary>
    /// The end of a word whose letters [<paramref name="start"/>, <paramref name="dot"/>) are followed by a full
    /// stop: past the dot for letter-dot chains (U.S., U.K., e.g., i.e.), capital initials (S.) and listed
    /// abbreviations (Sept., Gen., Mr., Inc.; "No." only before a number); past a top-level domain for dotted
    /// names (Mail.Ru); otherwise <paramref name="dot"/>, leaving the full stop to be its own token.
    /// </summary>
    public static int EndAfterDot(ReadOnlySpan<char> text, int start, int dot)
    {
        ReadOnlySpan<char> word = text[start..dot];
        if (word.Length == 1)
        {
            int p = dot;
            while (p + 2 < text.Length && CharTable.IsLetter(CharTable.Of(text[p + 1])) && text[p + 2] == '.')
            {
                p += 2;
            }

            return p > dot || CharTable.Of(word[0]) == CharKind.Upper || Abbreviations.IsListed(word) ? p + 1 : dot;
        }

        if (Abbreviations.IsListed(word))
        {
            return Abbreviations.NeedsNumberAfter(word) && !NextNonSpaceIsDigit(text, dot + 1) ? dot : dot + 1;
        }

        int end = dot + 1;
        while (end < text.Length && CharTable.IsLetter(CharTable.Of(text[end])))
        {
            end++;
        }

        bool closed = end == text.Length || !CharTable.IsAlphanumeric(CharTable.Of(text[end]));
        return end > dot + 1 && closed && Abbreviations.IsDomain(text[(dot + 1)..end]) ? end : dot;
    }

    /// <summary>
    /// True for a four-digit year (18xx–20xx) with one to three digits glued after a full stop, at the end of the
    /// paragraph or before a capitalised word: "in 2017.53 AliExpress" is the year 2017, a full stop and endnote 53,
    /// not a decimal. Real decimals of that size before a capital letter are rarer than this glue in the corpus.
    /// </summary>
    public static bool IsYearThenEndnote(ReadOnlySpan<char> text, int start, int dot, int end)
    {
        if (text[dot] != '.' || dot - start != 4 || end - dot - 1 is < 1 or > 3 || text.Slice(start, 2) is not ("18" or "19" or "20"))
        {
            return false;
        }

        if (end == text.Length)
        {
            return true;
        }

        if (CharTable.Of(text[end]) != CharKind.Space)
        {
            return false;
        }

        int next = end + 1;
        while (next < text.Length && CharTable.Of(text[next]) == CharKind.Space)
        {
            next++;
        }

        return next < text.Length && CharTable.Of(text[next]) == CharKind.Upper;
    }

    /// <summary>
    /// True when the comma at <paramref name="comma"/> separates thousands: the digit group before it (from
    /// <paramref name="groupStart"/>) has one to three digits and exactly three digits follow (1,000; 12,500,000).
    /// "2016,68" is a year, a comma and endnote 68.
    /// </summary>
    public static bool IsThousandsSeparator(ReadOnlySpan<char> text, int groupStart, int comma)
    {
        if (comma - groupStart is < 1 or > 3)
        {
            return false;
        }

        int end = comma + 1;
        while (end < text.Length && CharTable.Of(text[end]) == CharKind.Digit)
        {
            end++;
        }

        return end - comma - 1 == 3;
    }

    private static bool NextNonSpaceIsDigit(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && CharTable.Of(text[from]) == CharKind.Space)
        {
            from++;
        }

        return from < text.Length && CharTable.Of(text[from]) == CharKind.Digit;
    }
}
