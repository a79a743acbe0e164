using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// "Lee Teng-hui", "Kim Jong-un": a lower-case syllable joined by a hyphen, with no space either side, to a capitalised
/// name word. The cue rules and the learned recogniser each add their own test of the syllable; both read names
/// across a hyphen glued to the words on either side (<see cref="GluedHyphen"/>), over a linking syllable between two
/// hyphens ("Shar-e-Naw", <see cref="LinkAfter"/>) and over one written apart ("Sarhad-e Broghil", <see cref="SpacedLinkAfter"/>).
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

    /// <summary>
    /// True when token <paramref name="hyphen"/> opens a link to a further name word: a glued hyphen, a linking syllable
    /// (cues <c>name_link_syllables</c>), a glued hyphen and a capitalised word ("-e-Naw" of "Shar-e-Naw").
    /// </summary>
    public static bool LinkAfter(Paragraph paragraph, int hyphen, HashSet<string> syllables) =>
        hyphen + 3 < paragraph.Tokens.Length && GluedHyphen(paragraph, hyphen) && GluedHyphen(paragraph, hyphen + 2)
        && CueSet.Contains(syllables, paragraph.Normalised.AsSpan(paragraph.Tokens[hyphen + 1].Start, paragraph.Tokens[hyphen + 1].Length))
        && paragraph.Tokens[hyphen + 3].Kind == TokenKind.Word && paragraph.Tokens[hyphen + 3].Is(TokenShape.Capitalised);

    /// <summary>
    /// True when token <paramref name="hyphen"/> opens a link written apart to a further name word: a glued hyphen, a
    /// linking syllable (cues <c>spaced_link_syllables</c>), a space and a capitalised word ("-e Broghil" of "Sarhad-e Broghil").
    /// </summary>
    public static bool SpacedLinkAfter(Paragraph paragraph, int hyphen, HashSet<string> syllables)
    {
        Token[] tokens = paragraph.Tokens;
        return hyphen + 2 < tokens.Length && GluedHyphen(paragraph, hyphen) && tokens[hyphen - 1].Is(TokenShape.Capitalised)
            && CueSet.Contains(syllables, paragraph.Normalised.AsSpan(tokens[hyphen + 1].Start, tokens[hyphen + 1].Length))
            && tokens[hyphen + 2].Start > tokens[hyphen + 1].End
            && tokens[hyphen + 2].Kind == TokenKind.Word && tokens[hyphen + 2].Is(TokenShape.Capitalised);
    }

    /// <summary>
    /// True when tokens [<paramref name="start"/>, <paramref name="end"/>) stand inside a hyphenated name linked by a
    /// syllable: "Shar" and "Naw" of "Shar-e-Naw", "Sharif" of "Mazar-i-Sharif", "Shahrak" of "Shahrak-e Sabz" (the
    /// syllables written apart are <paramref name="spaced"/>).
    /// </summary>
    public static bool InsideLinkedName(Paragraph paragraph, int start, int end, HashSet<string> syllables, HashSet<string> spaced) =>
        LinkAfter(paragraph, end, syllables) || SpacedLinkAfter(paragraph, end, spaced)
        || start >= 4 && paragraph.Tokens[start - 4].Kind == TokenKind.Word && paragraph.Tokens[start - 4].Is(TokenShape.Capitalised)
            && LinkAfter(paragraph, start - 3, syllables)
        || start >= 2 && SpacedLinkAfter(paragraph, start - 2, spaced);

    /// <summary>True when token <paramref name="hyphen"/> is a hyphen with no space before or after it, between two tokens.</summary>
    public static bool GluedHyphen(Paragraph paragraph, int hyphen)
    {
        Token[] tokens = paragraph.Tokens;
        return hyphen > 0 && hyphen + 1 < tokens.Length
            && paragraph.Normalised.AsSpan(tokens[hyphen].Start, tokens[hyphen].Length) is "-"
            && tokens[hyphen].Start == tokens[hyphen - 1].End && tokens[hyphen + 1].Start == tokens[hyphen].End;
    }
}
