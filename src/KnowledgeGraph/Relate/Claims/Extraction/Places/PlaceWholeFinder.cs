using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Finds the whole a name right after it is part of, for <see cref="LocatedGroupReader"/>: the place "in" which a place
/// lies ("Wazir Akbar Khan hilltop in Kabul", "in Pakistan's Balochistan province") and the organisation "at" which an
/// organisation is ("the Confucius Institute at Makerere University").
/// </summary>
internal static class PlaceWholeFinder
{
    /// <summary>
    /// "Wazir Akbar Khan hilltop in Kabul", "Lianyungang in China": a place (not a country, not a demonym) with "in", or
    /// one lower-case noun and "in", right after it, then a place or country; that mention, or -1.
    /// </summary>
    internal static int PlaceIn(SentenceView view, ClaimCues cues, int m)
    {
        if (view.Mention(m).Kind == MentionKind.Demonym || view.IsPossessive(m))
        {
            return -1;
        }

        int at = view.AfterMention(m);
        // One common noun may stand between ("Wazir Akbar Khan hilltop in Kabul"); a conjunction or a verb may not ("in Europe
        // and in South America", "it is in Miami", "they lived in Mississippi").
        if (!view.Is(at, "in") && view.Is(at + 1, "in") && view.MentionIndexAt(at) < 0 && view.Token(at).Kind == TokenKind.Word
            && view.Token(at).Is(TokenShape.AllLower) && view.Syntax?.Upos(at) == Upos.Noun)
        {
            at++;
        }

        int whole = view.Is(at, "in") ? Whole(view, cues, at + 1) : -1;
        return whole > m && view.Mention(whole).Entity.Type is EntityType.Place or EntityType.Country && view.Mention(whole).Kind != MentionKind.Demonym
            && view.Mention(whole).Entity.Id != view.Mention(m).Entity.Id ? whole : -1;
    }

    /// <summary>
    /// The place named from <paramref name="i"/> on past "the" and compass words ("in northeastern Afghanistan"), or the
    /// place a country's possessive owns ("in Pakistan's Balochistan province"); -1 when none is.
    /// </summary>
    private static int Whole(SentenceView view, ClaimCues cues, int i)
    {
        if (view.Is(i, "the") && view.MentionIndexAt(i) < 0)
        {
            i++;
        }

        for (int n = 0; n < 2 && view.MentionIndexAt(i) < 0 && cues.PlaceModifiers.LongestAt(view, i) is > 0 and var length; n++)
        {
            i += length;
        }

        int whole = view.MentionIndexAt(i);
        if (whole >= 0 && view.MentionFirst(whole) == i && view.IsPossessive(whole) && view.MentionIndexAt(view.AfterMention(whole)) is >= 0 and var owned
            && view.Mention(owned).Entity.Type == EntityType.Place)
        {
            return owned;
        }

        return whole >= 0 && view.MentionFirst(whole) == i ? whole : -1;
    }

    /// <summary>"the Confucius Institute at Makerere University": the organisation right after "at" (and "the"), or -1.</summary>
    internal static int Within(SentenceView view, int m)
    {
        int at = view.AfterMention(m);
        if (!view.Is(at, "at"))
        {
            return -1;
        }

        int whole = view.MentionIndexAt(view.Is(at + 1, "the") ? at + 2 : at + 1);
        return whole > m && view.Mention(whole).Entity.Type == EntityType.Organisation && view.Mention(whole).Kind != MentionKind.Demonym ? whole : -1;
    }
}
