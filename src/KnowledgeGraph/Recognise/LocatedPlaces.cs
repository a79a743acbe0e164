using KnowledgeGraph.Model;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// An unknown name after a locative preposition, whose apposition says where it lies, is a place: a comma, then "in" and
/// a country or place the gazetteer names ("at Islam Qala, in Herat province"), or "on the", a country's name or demonym
/// and a border noun (cues <c>border_nouns</c>: "near Ishkoshim, on the Afghan border", "from Torghundi, on the Turkmen
/// border").
/// </summary>
internal static class LocatedPlaces
{
    /// <summary>
    /// True when a locative preposition (cues <c>place_locatives</c>, tagged as an adposition) stands right before the run
    /// [<paramref name="start"/>, <paramref name="end"/>) and a comma and the place's location right after it; the
    /// sentence ends at <paramref name="limit"/>.
    /// </summary>
    public static bool Located(Paragraph paragraph, int start, int end, int limit, CueSet cues)
    {
        if (start < 1 || end + 2 >= limit || Word(paragraph, end) is not "," || !paragraph.Tokens[start - 1].Is(TokenShape.AllLower)
            || !CueSet.Contains(cues.PlaceLocatives, Word(paragraph, start - 1)))
        {
            return false;
        }

        bool located = Word(paragraph, end + 1) switch
        {
            "in" => PlaceAt(paragraph, end + 2, limit),
            "on" => Word(paragraph, end + 2) is "the" && end + 4 < limit && BorderAt(paragraph, end + 3, limit, cues),
            _ => false,
        };

        // The tag is read last: most runs fail the cheap checks before it.
        return located && paragraph.Syntax is { } syntax && syntax.Upos(start - 1) == Upos.Adp;
    }

    /// <summary>
    /// True when a country or place the gazetteer names starts at <paramref name="i"/> and no other place is joined to it
    /// by "and" or "or" ("in Iraq and Afghanistan" names no one place the run lies within).
    /// </summary>
    private static bool PlaceAt(Paragraph paragraph, int i, int limit)
    {
        Mention? place = paragraph.Mentions.Find(m => m.TokenStart == i);
        return place is { Kind: MentionKind.Name, Entity.Type: EntityType.Country or EntityType.Place }
            && !(place.TokenEnd < limit && Word(paragraph, place.TokenEnd) is "and" or "or");
    }

    /// <summary>True when a country's name or demonym starts at <paramref name="i"/> and a border noun follows it ("Afghan border").</summary>
    private static bool BorderAt(Paragraph paragraph, int i, int limit, CueSet cues)
    {
        Mention? country = paragraph.Mentions.Find(m => m.TokenStart == i);
        return country is { Kind: MentionKind.Name or MentionKind.Demonym, Entity.Type: EntityType.Country } && country.TokenEnd < limit
            && CueSet.Contains(cues.BorderNouns, Word(paragraph, country.TokenEnd));
    }
}
