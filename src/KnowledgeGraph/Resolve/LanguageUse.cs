using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// A demonym that names a language, not the country or its people: "the Chinese language", "Chinese-language
/// newspapers", "the teaching of Mandarin Chinese in schools", "learning Chinese was easy". Such a mention is no
/// mention of the country.
/// </summary>
internal static class LanguageUse
{
    /// <summary>Words before a demonym that make it the language when nothing follows it that it could describe.</summary>
    private static readonly HashSet<string> LanguageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mandarin", "Cantonese", "speak", "speaks", "speaking", "spoke", "learn", "learns", "learning", "learned", "learnt",
        "teach", "teaches", "teaching", "taught", "study", "studies", "studying", "studied", "fluent", "translated",
    };

    /// <summary>Words after such a demonym that show it stands alone as a noun ("learning Chinese was easy").</summary>
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "is", "was", "are", "were", "and", "or", "with", "for", "as", "by", "from", "on", "but", "because", "since",
    };

    public static bool Is(Paragraph paragraph, Mention mention)
    {
        if (mention.Kind != MentionKind.Demonym)
        {
            return false;
        }

        Token[] tokens = paragraph.Tokens;
        int next = mention.TokenEnd;
        if (next < tokens.Length && Word(paragraph, next) is "language" or "languages"
            || next + 1 < tokens.Length && Word(paragraph, next) == "-" && Word(paragraph, next + 1) is "language" or "languages")
        {
            return true;
        }

        int prev = mention.TokenStart - 1;
        return prev >= 0 && LanguageWords.Contains(Word(paragraph, prev))
            && (next >= tokens.Length || tokens[next].Kind != TokenKind.Word || After.Contains(Word(paragraph, next)));
    }

    private static string Word(Paragraph paragraph, int i) => paragraph.Normalised.Substring(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
