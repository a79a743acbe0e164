using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>
/// "KABUL — The Taliban signed …", "ISLAMABAD, Pakistan — …", "BEIJING, March 12 — …", "TEHRAN, Feb 9 (Reuters) — …",
/// "OSH, Kyrgyzstan, March 3 (Reuters) - …": a name in capitals opening the sentence, then (past commas, capitalised words
/// and numbers, six tokens at most, and an agency's name in brackets) a dash, is the dateline of a report: where it was
/// filed. It is no antecedent and no party to what
/// the sentence states.
/// </summary>
internal static class Dateline
{
    private const int MaxAfter = 6;

    /// <summary>True when <paramref name="mention"/> is the dateline opening <paramref name="sent"/>.</summary>
    public static bool Opens(Paragraph paragraph, Sentence sent, Mention mention) =>
        mention.TokenStart == sent.TokenStart && paragraph.Tokens[mention.TokenStart].Is(TokenShape.AllUpper)
        && Dash(paragraph, sent, mention.TokenEnd) >= 0;

    /// <summary>
    /// The dash that ends the dateline whose name ends before token <paramref name="nameEnd"/>: the first dash among the
    /// next few tokens, when only commas, capitalised words, numbers and a bracketed agency stand before it; -1 otherwise.
    /// </summary>
    public static int Dash(Paragraph paragraph, Sentence sent, int nameEnd)
    {
        for (int k = nameEnd, n = 0; k < sent.TokenEnd && n <= MaxAfter; k++, n++)
        {
            Token token = paragraph.Tokens[k];
            ReadOnlySpan<char> word = paragraph.Span(token);
            // "US-led coalition forces": a hyphen glued to the name joins a compound.
            if (word is "—" or "–" or "--" || word is "-" && paragraph.Tokens[k - 1].End < token.Start)
            {
                return k;
            }

            // "(Reuters)": the agency that filed the report.
            if (word is "(" && k + 2 < sent.TokenEnd && paragraph.Tokens[k + 1].Is(TokenShape.Capitalised) && paragraph.Span(paragraph.Tokens[k + 2]) is ")")
            {
                k += 2;
                continue;
            }

            if (!(word is "," || token.Is(TokenShape.Capitalised) || token.Kind == TokenKind.Number))
            {
                return -1;
            }
        }

        return -1;
    }
}
