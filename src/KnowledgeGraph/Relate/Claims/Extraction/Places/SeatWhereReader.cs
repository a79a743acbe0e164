using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A place, a comma, "where" and a body, project or group with a copula and a word that seats it (the BASED_IN
/// predicate's <c>modifiers_reversed</c>: "based", "headquartered"): "a statement from Vienna, where the agency is
/// headquartered", "Wuhan, … where the company is based" → the body BASED_IN the place. A reference ("the agency")
/// counts as a name: a seat, unlike a visit, is said of whoever the clause names. A possessive before the subject makes
/// the seat its own body's ("Doha, where the Taliban's political office is based"), so it says nothing here.
/// </summary>
internal static class SeatWhereReader
{
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.MayHave("where") || lexicon.Find("BASED_IN") is not { } basedIn)
        {
            return;
        }

        for (int p = 0; p + 1 < view.MentionCount; p++)
        {
            Mention place = view.Mention(p);
            int at = view.MentionLast(p) + 1;
            if (place.Entity.Type is not (EntityType.Country or EntityType.Place) || place.Kind == MentionKind.Demonym || view.IsPossessive(p)
                || !view.Is(at, ",") || !view.Is(at + 1, "where"))
            {
                continue;
            }

            int o = view.MentionIndexAt(at + 2);
            o = o < 0 && view.Is(at + 2, "the") ? view.MentionIndexAt(at + 3) : o;
            if (o < 0 || o == p || view.IsPossessive(o) || view.Mention(o).Kind == MentionKind.Demonym
                || view.Mention(o).Entity.Type is not (EntityType.Organisation or EntityType.Group or EntityType.Project))
            {
                continue;
            }

            int copula = view.AfterMention(o);
            int seat = copula + 1;
            if (GrammarWords.Copulas.LongestAt(view, copula) == 1 && Seats(view, basedIn, seat))
            {
                output.Add((new ClaimCandidate(o, p, 0.85f, seat, seat, null), new Trigger([view.Word(seat).ToString()], TriggerKind.Verb, basedIn, null), seat));
            }
        }
    }

    /// <summary>True when the word at <paramref name="i"/> is one of the predicate's words that seat its subject ("headquartered").</summary>
    private static bool Seats(SentenceView view, PredicateDefinition basedIn, int i)
    {
        foreach (string word in basedIn.ModifiersReversed)
        {
            if (view.Is(i, word))
            {
                return true;
            }
        }

        return false;
    }
}
