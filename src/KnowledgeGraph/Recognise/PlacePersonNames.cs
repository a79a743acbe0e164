using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Frees a demonym or place name that ends or opens a person's name, so the discoverer takes the name whole. A last
/// name: in "ministry spokesman Humayoon Afghan told reporters" and "a ministry spokesman, Mohammad Sediq Wardak, told
/// Reuters", "Afghan" and "Wardak" are the person's last names, not mentions of Afghanistan and the province; the word
/// is a one-word mention read only as a demonym or a place (no country's name), glued to one to three unknown capitalised
/// words that a person title or role introduces, and neither a possessive, a hyphen nor another capitalised word follows
/// it. A role's apposition after the name or a verb of speech before it says the same when no given name is a common
/// word: "said Farid Wardak, director of the Kabul-based Hindukush Centre" is the person, not the province. A given
/// name: in "said Hamza Qureshi, a researcher at", "Iran's ambassador to India, Iraj Elahi," and "WFP country director
/// Sofia Brandt said", "Hamza", "Iraj" and "Sofia" are no town and no capital standing for Bulgaria; the word (a capital
/// standing for its state too) opens the name, one or two unknown capitalised words that are no common words follow it
/// and end the name, and the text says the whole is a person (<see cref="NameTitleFinder.NamedAsPerson"/>).
/// </summary>
internal static class PlacePersonNames
{
    private const int MaxGivenNames = 3;
    private const int MaxSurnames = 2;

    /// <summary>
    /// Removes such mentions from <paramref name="paragraph"/> and clears them in <paramref name="covered"/>;
    /// <paramref name="titles"/> tells whether the text says a name is a person's.
    /// </summary>
    public static void Release(Paragraph paragraph, bool[] covered, NameTitleFinder titles, CueSet cues)
    {
        for (int k = paragraph.Mentions.Count - 1; k >= 0; k--)
        {
            Mention mention = paragraph.Mentions[k];
            if (mention.TokenEnd == mention.TokenStart + 1 && (EndsPersonName(paragraph, covered, mention, titles, cues) || OpensPersonName(paragraph, covered, mention, titles, cues)))
            {
                paragraph.Mentions.RemoveAt(k);
                covered[mention.TokenStart] = false;
            }
        }
    }

    /// <summary>True when the one-word <paramref name="mention"/> is the last name of a person the text introduces.</summary>
    private static bool EndsPersonName(Paragraph paragraph, bool[] covered, Mention mention, NameTitleFinder titles, CueSet cues)
    {
        int at = mention.TokenStart;
        if (at == 0 || !IsFreeName(paragraph, covered, at - 1) || !IsSurnameReading(mention) || !EndsName(paragraph, mention.Sentence, mention.TokenEnd))
        {
            return false;
        }

        int start = at - 1;
        while (start > 0 && at - start < MaxGivenNames && IsFreeName(paragraph, covered, start - 1))
        {
            start--;
        }

        int limit = paragraph.Sentences[mention.Sentence].TokenEnd;
        return titles.TitledBefore(paragraph, start)
            || titles.NamedAsPerson(paragraph, start, mention.TokenEnd, limit) && titles.PersonLike(paragraph, start, mention.TokenEnd) && !AnyCommon(paragraph, start, at, cues);
    }

    /// <summary>True when the one-word <paramref name="mention"/> is the given name of a person the text introduces.</summary>
    private static bool OpensPersonName(Paragraph paragraph, bool[] covered, Mention mention, NameTitleFinder titles, CueSet cues)
    {
        int at = mention.TokenStart;
        int limit = paragraph.Sentences[mention.Sentence].TokenEnd;
        if (at > 0 && IsFreeName(paragraph, covered, at - 1) || !IsGivenNameReading(mention))
        {
            return false;
        }

        int end = at + 1;
        while (end < limit && end - at <= MaxSurnames && IsFreeName(paragraph, covered, end) && !AnyCommon(paragraph, end, end + 1, cues))
        {
            end++;
        }

        return end > at + 1 && EndsName(paragraph, mention.Sentence, end) && titles.PersonLike(paragraph, at, end) && titles.NamedAsPerson(paragraph, at, end, limit);
    }

    /// <summary>Every reading a place's or demonym's, or a capital's standing for its state ("Sofia").</summary>
    private static bool IsGivenNameReading(Mention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(c =>
            c.Kind is MentionKind.Demonym or MentionKind.Metonym || c.Kind == MentionKind.Name && c.Entity.Type == EntityType.Place);

    /// <summary>True when a word of [<paramref name="start"/>, <paramref name="end"/>) is a common word ("said Monday Kabul would").</summary>
    private static bool AnyCommon(Paragraph paragraph, int start, int end, CueSet cues)
    {
        for (int i = start; i < end; i++)
        {
            Token token = paragraph.Tokens[i];
            if (cues.IsCommon(paragraph.Normalised.AsSpan(token.Start, token.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every reading of <paramref name="mention"/> is a demonym or a place's name other than a country's.</summary>
    private static bool IsSurnameReading(Mention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(c =>
            c.Kind == MentionKind.Demonym || c.Kind == MentionKind.Name && c.Entity.Type == EntityType.Place);

    /// <summary>True when the token after the word ends the name: the sentence's end, a lower-case word or punctuation other than a hyphen or possessive.</summary>
    private static bool EndsName(Paragraph paragraph, int sentence, int next)
    {
        if (next >= paragraph.Sentences[sentence].TokenEnd)
        {
            return true;
        }

        Token token = paragraph.Tokens[next];
        ReadOnlySpan<char> word = paragraph.Normalised.AsSpan(token.Start, token.Length);
        return token.Kind == TokenKind.Word ? token.Is(TokenShape.AllLower) && word is not ("'s" or "s") : word is "," or "." or ";" or ":" or ")";
    }

    /// <summary>An uncovered capitalised word of two letters or more.</summary>
    private static bool IsFreeName(Paragraph paragraph, bool[] covered, int i)
    {
        Token token = paragraph.Tokens[i];
        return !covered[i] && token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && !token.Is(TokenShape.AllUpper) && token.Length > 1;
    }
}
