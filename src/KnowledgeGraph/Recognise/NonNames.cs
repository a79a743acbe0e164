using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Capitalised runs that look like names but are not, shared by the discoverer and the learned recogniser: a
/// capitalised part of a hyphenated compound of common words ("a Cross-Border E-Commerce pilot zone"), an acronym
/// that is a common noun ("the SIGINT agencies"), and the name inside an order, medal or prize ("the Order of
/// Alexander Nevsky", "the Order of Altyn Kyran"). Spans are token ranges [start, end) of the paragraph.
/// </summary>
internal static class NonNames
{
    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) is no name for any of the reasons above.</summary>
    public static bool Any(Paragraph paragraph, int start, int end, CueSet cues) =>
        CompoundPart(paragraph, start, end, cues) || CommonAcronym(paragraph, start, end, cues) || AwardName(paragraph, start, end, cues);

    /// <summary>
    /// True when the span is only part of a hyphenated compound (hyphens written without spaces) whose every word is a
    /// common English word ("Cross" of "Cross-Border"). A compound of names ("Kassym-Jomart") is left alone.
    /// </summary>
    public static bool CompoundPart(Paragraph paragraph, int start, int end, CueSet cues)
    {
        int first = start;
        while (first >= 2 && IsHyphen(paragraph, first - 1) && Attached(paragraph, first - 2, first - 1) && Attached(paragraph, first - 1, first))
        {
            first -= 2;
        }

        int last = end;
        while (last + 1 < paragraph.Tokens.Length && IsHyphen(paragraph, last) && Attached(paragraph, last - 1, last) && Attached(paragraph, last, last + 1))
        {
            last += 2;
        }

        if (first == start && last == end)
        {
            return false;
        }

        for (int i = first; i < last; i++)
        {
            if (!IsHyphen(paragraph, i) && (paragraph.Tokens[i].Kind != TokenKind.Word || !cues.IsCommon(Word(paragraph, i))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the span is one acronym listed as a common noun (<c>common_acronyms</c>: "SIGINT", "GDP").</summary>
    public static bool CommonAcronym(Paragraph paragraph, int start, int end, CueSet cues) =>
        end - start == 1 && CueSet.Contains(cues.CommonAcronyms, Word(paragraph, start));

    /// <summary>
    /// True when the span follows "&lt;award head&gt; of" or "&lt;award head&gt; of the" ("Order of Alexander Nevsky",
    /// "Order of the Golden Eagle"), or is followed by an award head ("Sitara-i-Imtiaz Medal").
    /// </summary>
    public static bool AwardName(Paragraph paragraph, int start, int end, CueSet cues)
    {
        int before = start - 1;
        if (before >= 0 && Word(paragraph, before).SequenceEqual("the"))
        {
            before--;
        }

        if (before >= 1 && Word(paragraph, before).SequenceEqual("of") && CueSet.Contains(cues.AwardHeads, Word(paragraph, before - 1)))
        {
            return true;
        }

        return end < paragraph.Tokens.Length && CueSet.Contains(cues.AwardHeads, Word(paragraph, end));
    }

    private static bool IsHyphen(Paragraph paragraph, int i) => Word(paragraph, i) is "-";

    private static bool Attached(Paragraph paragraph, int left, int right) => paragraph.Tokens[left].End == paragraph.Tokens[right].Start;

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
