namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// The hash <see cref="FoldedWordTable{TValue}"/> files its words under: FNV-1a over the characters with ASCII letters
/// folded to lower case, kept non-negative. One function for every table, so a sentence can hash each of its words once
/// and ask every table with that hash (<see cref="Extraction.Arguments.SentenceView.WordHash"/>).
/// </summary>
internal static class FoldedHash
{
    public static int Of(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            uint folded = c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c;
            hash = (hash ^ folded) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
