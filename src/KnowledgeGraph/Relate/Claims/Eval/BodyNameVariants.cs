namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// Two spellings of one country's body: the pipeline names a body it discovers after a country "&lt;Body&gt; of
/// &lt;Country&gt;" ("foreign-ministry-of-tajikistan"), where an annotator writes the demonym first ("tajik-foreign-ministry")
/// or the possessive ("turkmenistan-s-foreign-ministry"). Slugs are the same name when their words, without "of", "the"
/// and a possessive "s", are the same but for at most one pair that shares its first <see cref="StemLength"/> letters
/// ("tajik" and "tajikistan", "india" and "indian", "china" and "chinese").
/// </summary>
internal static class BodyNameVariants
{
    private const int StemLength = 4;

    public static bool Same(string discovered, string annotated)
    {
        if (!discovered.Contains("-of-", StringComparison.Ordinal))
        {
            return false;
        }

        List<string> left = Words(discovered);
        List<string> right = Words(annotated);
        if (left.Count != right.Count || left.Count < 2)
        {
            return false;
        }

        foreach (string word in left.ToArray())
        {
            if (right.Remove(word))
            {
                left.Remove(word);
            }
        }

        return left.Count == 0 || (left.Count == 1 && left[0].Length >= StemLength && right[0].Length >= StemLength
            && left[0].AsSpan(0, StemLength).SequenceEqual(right[0].AsSpan(0, StemLength)));
    }

    private static List<string> Words(string slug) =>
        [.. slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("of" or "the" or "s"))];
}
