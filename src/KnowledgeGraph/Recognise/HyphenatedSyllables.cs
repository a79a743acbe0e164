using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// "Lee Teng-hui", "Kim Jong-un": a lower-case syllable joined by a hyphen, with no space either side, to a capitalised
/// name word. The cue rules and the learned recogniser each add their own test of the syllable.
/// </summary>
internal static class HyphenatedSyllables
{
    /// <summary>True when token <paramref name="hyphen"/> is a hyphen glued to a capitalised word before it and to a lower-case word after it.</summary>
    public static bool At(Paragraph paragraph, int hyphen)
    {
        Token[] tokens = paragraph.Tokens;
        return hyphen > 0 && hyphen + 1 < tokens.Length
            && paragraph.Normalised.AsSpan(tokens[hyphen].Start, tokens[hyphen].Length) is "-"
            && tokens[hyphen].Start == tokens[hyphen - 1].End && tokens[hyphen + 1].Start == tokens[hyphen].End
            && tokens[hyphen - 1].Is(TokenShape.Capitalised)
            && tokens[hyphen + 1].Kind == TokenKind.Word && tokens[hyphen + 1].Is(TokenShape.AllLower);
    }
}
