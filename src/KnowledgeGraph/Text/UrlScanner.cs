namespace KnowledgeGraph.Text;

/// <summary>Recognises a URL (http://, https://, ftp://, www.) or an e-mail address starting at a position.</summary>
internal static class UrlScanner
{
    /// <summary>
    /// When a URL starts at <paramref name="start"/>, returns its exclusive end: everything up to white space, an
    /// angle bracket or a double quote, minus trailing sentence punctuation and unbalanced closing brackets.
    /// Returns -1 otherwise.
    /// </summary>
    public static int MatchUrl(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> rest = text[start..];
        int prefix = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0 || rest.Length <= prefix || !IsUrlChar(rest[prefix]))
        {
            return -1;
        }

        int end = prefix;
        while (end < rest.Length && IsUrlChar(rest[end]))
        {
            end++;
        }

        return start + TrimEnd(rest[..end], prefix);
    }

    /// <summary>
    /// When an e-mail address (local@domain.tld) starts at <paramref name="start"/>, returns its exclusive end;
    /// otherwise -1. Call only for paragraphs that contain '@'.
    /// </summary>
    public static int MatchEmail(ReadOnlySpan<char> text, int start)
    {
        int at = start;
        while (at < text.Length && IsLocalChar(text[at]))
        {
            at++;
        }

        if (at == start || at >= text.Length || text[at] != '@')
        {
            return -1;
        }

        int end = at + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
        {
            end++;
        }

        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        int lastDot = text[..end].LastIndexOf('.');
        return lastDot > at + 1 && lastDot < end - 1 ? end : -1;
    }

    private static bool IsUrlChar(char c) =>
        !char.IsWhiteSpace(c) && c is not ('<' or '>' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB');

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static int TrimEnd(ReadOnlySpan<char> url, int minimum)
    {
        int end = url.Length;
        while (end > minimum)
        {
            char last = url[end - 1];
            bool trim = last is '.' or ',' or ';' or ':' or '!' or '?' or '\''
                || (last == ')' && url[..end].Count('(') < url[..end].Count(')'))
                || (last == ']' && url[..end].Count('[') < url[..end].Count(']'));
            if (!trim)
            {
                break;
            }

            end--;
        }

        return end;
    }
}
