using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>
/// "KABUL — The Taliban signed …", "ISLAMABAD, Pakistan — …", "BEIJING, March 12 — …": a name in capitals opening the
/// sentence, then (past a comma and up to four capitalised words or numbers) a dash, is the dateline of a report: where
/// it was filed. It is no antecedent and no party to what the sentence states.
/// </summary>
internal static class Dateline
{
    private const int MaxAfter = 4;

    /// <summary>True when <paramref name="mention"/> is the dateline opening <paramref name="sent"/>.</summary>
    public static bool Opens(Paragraph paragraph, Sentence sent, Mention mention)
    {
        if (mention.TokenStart != sent.TokenStart || !paragraph.Tokens[mention.TokenStart].Is(TokenShape.AllUpper))
        {
            return false;
        }

        for (int k = mention.TokenEnd; k < sent.TokenEnd && k <= mention.TokenEnd + MaxAfter; k++)
        {
            Token token = paragraph.Tokens[k];
            ReadOnlySpan<char> word = paragraph.Span(token);
            // "US-led coalition forces": a hyphen glued to the name joins a compound.
            if (word is "—" or "–" or "--" || word is "-" && paragraph.Tokens[k - 1].End < token.Start)
            {
                return true;
            }

            if (!(word is "," || token.Is(TokenShape.Capitalised) || token.Kind == TokenKind.Number))
            {
                return false;
            }
        }

        return false;
    }
}
