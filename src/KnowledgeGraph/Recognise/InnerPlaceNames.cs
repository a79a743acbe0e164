using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Frees country, demonym and place names written inside an unknown organisation's name, so the discoverer takes
/// the whole name: in "The Fan China Afghan Mining Company", "China" and "Afghan" are words of the company's name,
/// not mentions of China and Afghanistan, and "Mining Company" alone is no organisation. Applies only when the
/// capitalised run starts with a word the gazetteer does not cover (so "Karachi University Confucius Institute"
/// keeps Karachi, and "Chinese Foreign Ministry" keeps China) and ends with an organisation suffix.
/// </summary>
internal static class InnerPlaceNames
{
    /// <summary>Removes such inner mentions from <paramref name="paragraph"/> and clears them in <paramref name="covered"/>.</summary>
    public static void Release(Paragraph paragraph, bool[] covered, CueSet cues)
    {
        foreach (Sentence sent in paragraph.Sentences)
        {
            int i = sent.TokenStart;
            while (i < sent.TokenEnd)
            {
                int end = RunEnd(paragraph, covered, i, sent.TokenEnd, cues, out bool inner);
                if (inner && !covered[end - 1] && CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1)))
                {
                    int from = i;
                    paragraph.Mentions.RemoveAll(m => m.TokenStart >= from && m.TokenEnd <= end);
                    Array.Fill(covered, false, from, end - from);
                }

                i = Math.Max(end, i + 1);
            }
        }
    }

    /// <summary>End of a capitalised run starting at an uncovered name word <paramref name="i"/>; <paramref name="inner"/> tells whether it crosses a place name.</summary>
    private static int RunEnd(Paragraph paragraph, bool[] covered, int i, int limit, CueSet cues, out bool inner)
    {
        inner = false;
        if (covered[i] || !IsCapitalised(paragraph, i) || CueSet.Contains(cues.StopWords, Word(paragraph, i))
            || i == 0 && cues.IsCommon(Word(paragraph, i)))
        {
            return i;
        }

        int j = i + 1;
        while (j < limit && IsCapitalised(paragraph, j))
        {
            if (!covered[j])
            {
                j++;
                continue;
            }

            Mention? mention = paragraph.Mentions.Find(m => m.TokenStart == j);
            if (mention is null || !IsPlaceName(mention))
            {
                break;
            }

            inner = true;
            j = mention.TokenEnd;
        }

        return j;
    }

    private static bool IsPlaceName(Mention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(c =>
            c.Kind is MentionKind.Name or MentionKind.Demonym or MentionKind.Metonym
            && c.Entity.Type is EntityType.Country or EntityType.Place or EntityType.Group);

    private static bool IsCapitalised(Paragraph paragraph, int i)
    {
        Token token = paragraph.Tokens[i];
        return token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && token.Length > 1;
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
