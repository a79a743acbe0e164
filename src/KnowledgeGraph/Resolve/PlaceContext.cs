using KnowledgeGraph.Model;
using KnowledgeGraph.Recognise;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Tells a capital written as a place ("a summit in Beijing") from the same name standing for its government
/// ("Beijing has sought…"): the place reading needs a locative word just before it, a kind of place before or after it
/// ("the capital Ouagadougou", "Nairobi, the capital"), or "-based", "-born" or "-headquartered" after it. The words are
/// cues.yaml's resolution lists (place_locatives, place_of_nouns, route_words, place_appositions, owed_words).
/// </summary>
internal sealed class PlaceContext
{
    private readonly CueSet cues;

    public PlaceContext(CueSet cues) => this.cues = cues;

    public bool IsPlace(Paragraph paragraph, Mention mention)
    {
        Token[] tokens = paragraph.Tokens;
        if (OnRoute(paragraph, mention.TokenStart) || DescribedAsPlace(paragraph, mention.TokenEnd) || NamedAsPlace(paragraph, mention.TokenStart))
        {
            return true;
        }

        int prev = mention.TokenStart - 1;
        if (prev >= 0 && Word(paragraph, tokens[prev]) is "the" or "The")
        {
            prev--;
        }

        if (prev >= 0)
        {
            string before = Word(paragraph, tokens[prev]);
            if (cues.PlaceLocatives.Contains(before))
            {
                return !(before is "to" && Owed(paragraph, prev));
            }

            if (before.Equals("of", StringComparison.OrdinalIgnoreCase) && prev > 0 && cues.PlaceOfNouns.Contains(Word(paragraph, tokens[prev - 1])))
            {
                return true;
            }
        }

        int next = mention.TokenEnd;
        return next + 1 < tokens.Length && Word(paragraph, tokens[next]) == "-" && Word(paragraph, tokens[next + 1]) is "based" or "born" or "headquartered";
    }

    /// <summary>True when a word of debt comes within the six words before "to" at <paramref name="to"/>.</summary>
    private bool Owed(Paragraph paragraph, int to)
    {
        for (int k = Math.Max(0, to - 6); k < to; k++)
        {
            if (cues.OwedWords.Contains(Word(paragraph, paragraph.Tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True after "between" or "from" when a word of travel comes before it ("Travel between Nairobi and Mombasa",
    /// "the inaugural run between Nairobi, the capital, and…"); "talks between Beijing and Kabul" stays the governments.
    /// </summary>
    private bool OnRoute(Paragraph paragraph, int start)
    {
        Token[] tokens = paragraph.Tokens;
        return start >= 2 && Word(paragraph, tokens[start - 1]) is "between" or "from" && cues.RouteWords.Contains(Word(paragraph, tokens[start - 2]));
    }

    /// <summary>
    /// True when a kind of place, and perhaps a comma, comes right before the name ("the capital Ouagadougou", "Zambia's
    /// capital, Lusaka", "the Afghan capital, Kabul").
    /// </summary>
    private bool NamedAsPlace(Paragraph paragraph, int start)
    {
        int prev = start - 1;
        if (prev >= 0 && Word(paragraph, paragraph.Tokens[prev]) == ",")
        {
            prev--;
        }

        return prev >= 0 && cues.PlaceAppositions.Contains(Word(paragraph, paragraph.Tokens[prev]));
    }

    /// <summary>True when a comma and an apposition naming a kind of place follow ("Nairobi, the capital, and Mombasa").</summary>
    private bool DescribedAsPlace(Paragraph paragraph, int end)
    {
        Token[] tokens = paragraph.Tokens;
        if (end + 1 >= tokens.Length || Word(paragraph, tokens[end]) != ",")
        {
            return false;
        }

        int k = end + 1;
        if (Word(paragraph, tokens[k]) is "the" or "a")
        {
            k++;
        }

        // "the country's capital", "a port city": a possessive or one modifier may come first.
        for (int j = k; j < tokens.Length && j < k + 3; j++)
        {
            if (cues.PlaceAppositions.Contains(Word(paragraph, tokens[j])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(Paragraph paragraph, Token token) => paragraph.Normalised.Substring(token.Start, token.Length);
}
