using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// "Lee Teng-hui", "Kim Jong-un": a lower-case syllable joined by a hyphen, with no space either side, to a capitalised
/// name word. The cue rules and the learned recogniser each add their own test of the syllable; both read names
/// across a hyphen glued to the words on either side (<see cref="GluedHyphen"/>).
/// </summary>
internal static class HyphenatedSyllables
{
    /// <summary>True when token <paramref name="hyphen"/> is a hyphen glued to a capitalised word before it and to a lower-case word after it.</summary>
    public static bool At(Paragraph paragraph, int hyphen)
    {
        Token[] tokens = paragraph.Tokens;
        return GluedHyphen(paragraph, hyphen) && tokens[hyphen - 1].Is(TokenShape.Capitalised)
            && tokens[hyphen + 1].Kind == TokenKind.Word && tokens[hyphen + 1].Is(TokenShape.AllLower);
    }

    /// <summary>True when token <paramref name="hyphen"/> is a hyphen with no space before or after it, between two tokens.</summary>
    public static bool GluedHyphen(Paragraph paragraph, int hyphen)
    {
        Token[] tokens = paragraph.Tokens;
        return hyphen > 0 && hyphen + 1 < tokens.Length
            && paragraph.Normalised.AsSpan(tokens[hyphen].Start, tokens[hyphen].Length) is "-"
            && tokens[hyphen].Start == tokens[hyphen - 1].End && tokens[hyphen + 1].Start == tokens[hyphen].End;
    }
}
