using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The project a verb of material cooperation works under when what it takes is common nouns, not a name: "Chinese
/// companies are building roads, power plants and a port under the China-Pakistan Economic Corridor", "the special
/// economic zones China has built in Pakistan under the China-Pakistan Economic Corridor", "China has financed about $21
/// billion of power projects under the China-Pakistan Economic Corridor" → the verb's subject builds or funds the
/// project (claim_cues <c>programme_preps</c>). The works may be a list, a sum "of" them (an approximation before it,
/// claim_cues <c>amounts</c>), and a place "in" which they
/// stand; any other name among them ends the search, being what the verb takes ("has financed power plants, motorways
/// and the port of Gwadar under CPEC").
/// </summary>
internal static class ProgrammeObject
{
    /// <summary>Words (hyphens apart) the works and the places they stand in may take between the verb and the preposition.</summary>
    private const int MaxWords = 12;

    /// <summary>
    /// The project mention after a programme preposition that the works from token <paramref name="from"/> (right after
    /// the verb) lead to; -1 when none does.
    /// </summary>
    public static int Find(SentenceView view, int from, ClaimCues cues)
    {
        int words = 0;
        int i = from;
        while (i < view.End && words <= MaxWords)
        {
            if (i > from && cues.ProgrammePreps.LongestAt(view, i) is > 0 and var length)
            {
                return ProjectAt(view, i + length);
            }

            if (view.Is(i, "in") && PlacesEnd(view, i + 1) is > 0 and var placesEnd)
            {
                // "built in Pakistan under …", "opened in Asia and Africa under …": where the works stand is passed.
                words += 2;
                i = placesEnd;
                continue;
            }

            // "about $21 billion of power projects": an approximation before a sum is part of it.
            if (cues.Amounts.LongestAt(view, i) is > 0 and var approximate && ObjectQualifierFinder.NumberAt(view, i + approximate))
            {
                words += approximate;
                i += approximate;
                continue;
            }

            if (!IsWorkToken(view, i, from))
            {
                return -1;
            }

            words += view.Is(i, "-") ? 0 : 1;
            i++;
        }

        return -1;
    }

    /// <summary>
    /// A token the works are written with: a lower-case word that is no name, preposition or clause word, a list's comma
    /// (<see cref="ObjectWorkList.Joins"/>), a number or currency sign, a hyphen, and the "of" after an amount ("$21 billion of
    /// power projects").
    /// </summary>
    private static bool IsWorkToken(SentenceView view, int i, int from) =>
        view.MentionIndexAt(i) < 0
        && (ObjectWorkList.Joins(view, i) || ObjectQualifierFinder.NumberAt(view, i) || view.Is(i, "-")
            || view.Is(i, "of") && ObjectQualifierFinder.MeasuredBefore(view, from, i)
            || VerbShapes.IsLowerWord(view, i) && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i));

    /// <summary>
    /// The token after the countries or places named from <paramref name="i"/> on, joined by commas or "and" ("Asia and
    /// Africa"); 0 when no such name starts there.
    /// </summary>
    private static int PlacesEnd(SentenceView view, int i)
    {
        int end = 0;
        while (view.MentionIndexAt(i) is >= 0 and var m && view.MentionFirst(m) == i && !view.IsPossessive(m)
            && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place)
        {
            end = view.AfterMention(m);
            i = view.Is(end, ",") || view.Is(end, "and") ? end + 1 : view.End;
        }

        return end;
    }

    /// <summary>
    /// The project named at <paramref name="i"/>, past "the", a possessive pronoun or a possessor ("under its Belt and Road
    /// Initiative", "under China's Belt and Road Initiative"); -1 when no project is named there.
    /// </summary>
    private static int ProjectAt(SentenceView view, int i)
    {
        if (view.Is(i, "the") || view.IsPossessivePronounWord(i))
        {
            i++;
        }
        else if (view.MentionIndexAt(i) is >= 0 and var owner && view.MentionFirst(owner) == i && view.IsPossessive(owner))
        {
            i = view.AfterMention(owner);
        }

        return view.MentionIndexAt(i) is >= 0 and var project && view.MentionFirst(project) == i && !view.IsPossessive(project)
            && view.Mention(project).Entity.Type == EntityType.Project ? project : -1;
    }
}
