using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// An unknown name written right after a country's possessive names a body of that country ("Italy's Webuild", "India's
/// GAIL", "Saudi Arabia's ACWA Power"): titles, persons and places the gazetteer lists are named before the discoverer
/// runs, so what is left there is mostly a company, a broadcaster or an agency. Not a person's name (two or more
/// capitalised words, none a common word: "Russia's Sergei Ivanov"), not a word that only qualifies a lower-case noun after
/// it ("Turkmenistan's Galkynysh field", "China's J-35 stealth fighter"), and not where a place locative stands before the
/// country (cues <c>place_locatives</c>: "near Tajikistan's Ishkoshim" names a place), nor a run that joins names with
/// "and" or holds a noun of a place (cues <c>place_cues</c>, singular or plural: "Vanuatu's Banks Islands and Espiritu
/// Santo" are islands).
/// </summary>
internal static class PossessedOrganisations
{
    /// <summary>True when the run [<paramref name="start"/>, <paramref name="end"/>) is a country's body by the reading above.</summary>
    public static bool Named(Paragraph paragraph, int start, int end, int limit, CueSet cues)
    {
        if (PossessedNames.Owner(paragraph, start) is not { Kind: MentionKind.Name } owner || PersonShaped(paragraph, start, end, cues)
            || NameDescriptions.QualifiesNext(paragraph, end, limit) || ListOrPlace(paragraph, start, end, cues))
        {
            return false;
        }

        int before = owner.TokenStart - 1;
        return before < 0 || !(paragraph.Tokens[before].Is(TokenShape.AllLower) && CueSet.Contains(cues.PlaceLocatives, NameTokens.Word(paragraph, before)));
    }

    /// <summary>True when a word of the run is "and" or a noun of a place, singular or plural ("Islands").</summary>
    private static bool ListOrPlace(Paragraph paragraph, int start, int end, CueSet cues)
    {
        for (int i = start; i < end; i++)
        {
            ReadOnlySpan<char> word = NameTokens.Word(paragraph, i);
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || CueSet.Contains(cues.PlaceCues, word)
                || word.Length > 3 && word[^1] is 's' or 'S' && CueSet.Contains(cues.PlaceCues, word[..^1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two words or more, each capitalised (not in capitals) and no common word: the shape of a person's name.</summary>
    private static bool PersonShaped(Paragraph paragraph, int start, int end, CueSet cues)
    {
        if (end - start < 2)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            Token token = paragraph.Tokens[i];
            if (token.Kind != TokenKind.Word || !token.Is(TokenShape.Capitalised) || token.Is(TokenShape.AllUpper) || cues.IsCommon(NameTokens.Word(paragraph, i)))
            {
                return false;
            }
        }

        return true;
    }
}
