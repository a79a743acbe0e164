namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Quotation marks of a sentence: a fragment quoted inside a sentence ("Beijing's \"consistent support\" for", "the
/// \"all-weather strategic cooperative partnership\" between") is read as if unquoted. A curly mark says which way it
/// faces; a straight one opens when an even number of marks stands before it and closes otherwise.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>True when token <paramref name="i"/> is a quotation mark that opens a quoted fragment.</summary>
    public static bool OpensAt(SentenceView view, int i) => view.Is(i, "“") || view.Is(i, "\"") && Before(view, i) % 2 == 0;

    /// <summary>True when token <paramref name="i"/> is a quotation mark that closes a quoted fragment.</summary>
    public static bool ClosesAt(SentenceView view, int i) => view.Is(i, "”") || view.Is(i, "\"") && Before(view, i) % 2 == 1;

    /// <summary>True when token <paramref name="i"/> is a quotation mark, straight or curly.</summary>
    public static bool IsMark(SentenceView view, int i) => view.Is(i, "\"") || view.Is(i, "“") || view.Is(i, "”");

    /// <summary>The number of quotation marks, straight or curly, in the sentence before token <paramref name="i"/>.</summary>
    private static int Before(SentenceView view, int i)
    {
        int count = 0;
        for (int k = view.First; k < i; k++)
        {
            count += IsMark(view, k) ? 1 : 0;
        }

        return count;
    }
}
