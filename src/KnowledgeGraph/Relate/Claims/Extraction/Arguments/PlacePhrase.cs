using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Where a place's name should start after a preposition: past "the", a claim_cues <c>place_portions</c> phrase ("large
/// swaths of") and up to two <c>place_modifiers</c> ("in the restive northwestern …", "in northern Afghanistan"), which
/// leave the place the same; past a state's possessive before a place it names ("in Afghanistan's Badakhshan province").
/// A word that is itself the start of a mention is never skipped ("in Central Asia").
/// </summary>
internal static class PlacePhrase
{
    private const int MaxModifiers = 2;

    /// <summary>
    /// The token after up to two <c>place_modifiers</c> no mention covers from <paramref name="at"/> ("northern", "restive
    /// northwestern"), two of them joined by "and" or "or" counting as one ("in northern and eastern Afghanistan").
    /// </summary>
    public static int PastModifiers(SentenceView view, ClaimCues cues, int at)
    {
        for (int n = 0; n < MaxModifiers && at < view.End && view.MentionIndexAt(at) < 0 && cues.PlaceModifiers.LongestAt(view, at) is var length and > 0; n++)
        {
            at += length;
            if ((view.Is(at, "and") || view.Is(at, "or")) && view.MentionIndexAt(at + 1) < 0 && cues.PlaceModifiers.LongestAt(view, at + 1) is var joined and > 0)
            {
                at += 1 + joined;
            }
        }

        return at;
    }

    /// <summary>The token after "the" and place modifiers from <paramref name="at"/> (the token after the preposition).</summary>
    public static int Start(SentenceView view, ClaimCues cues, int at)
    {
        if (view.Is(at, "the") && view.MentionIndexAt(at) < 0)
        {
            at++;
        }

        // "large swaths of Iraq", "much of the country": a portion of the place still names it.
        if (view.MentionIndexAt(at) < 0 && cues.PlacePortions.LongestAt(view, at) is var portion and > 0)
        {
            at += portion;
            at += view.Is(at, "the") && view.MentionIndexAt(at) < 0 ? 1 : 0;
        }

        at = PastModifiers(view, cues, at);

        // "in Afghanistan's Badakhshan province", "in Syria's northwestern Idlib province": the place a state's possessive
        // names is the place.
        if (view.MentionIndexAt(at) is var owner and >= 0 && view.MentionFirst(owner) == at && view.IsPossessive(owner)
            && view.Mention(owner).Entity.Type is Model.EntityType.Country or Model.EntityType.Place
            && PastModifiers(view, cues, view.AfterMention(owner)) is var first
            && view.MentionIndexAt(first) is var owned and >= 0 && view.MentionFirst(owned) == first
            && view.Mention(owned).Entity.Type == Model.EntityType.Place && view.Mention(owned).Kind != Model.MentionKind.Demonym)
        {
            return first;
        }

        // "the East African nation of Djibouti", "the island nation of Sri Lanka": the place is named after "of".
        int namer = view.MentionIndexAt(at) is var region and >= 0 && view.Mention(region).Kind == Model.MentionKind.Demonym && view.MentionFirst(region) == at
            ? view.AfterMention(region) : at;
        if (namer < view.End && view.MentionIndexAt(namer) < 0 && cues.PlaceNamers.LongestAt(view, namer) is var noun and > 0 && view.Is(namer + noun, "of"))
        {
            return namer + noun + 1;
        }

        return at;
    }
}
