using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A place, a comma, "where" and a body, project or group with a copula and a word that seats it (the BASED_IN
/// predicate's <c>modifiers_reversed</c>: "based", "headquartered") or places it (claim_cues <c>located_words</c>:
/// "located"): "a statement from Vienna, where the agency is headquartered", "Wuhan, … where the company is based",
/// "Balochistan, where the Chinese-run port of Gwadar is located" → the body BASED_IN the place; a place there, or one
/// after "where" with a verb of lying (claim_cues <c>lying_verbs</c>: "Balkh province, where Hairatan lies"), is PART_OF
/// it. Modifiers may stand before the name ("the Chinese-run port of Gwadar") and an unnamed thing joined by "and" after
/// it ("where Gwadar port and a new Chinese-funded international airport are located"). A reference ("the agency")
/// counts as a name: a seat, unlike a visit, is said of whoever the clause names. A possessive before the subject makes
/// the seat its own body's ("Doha, where the Taliban's political office is based"), so it says nothing here.
/// </summary>
internal static class SeatWhereReader
{
    private const int MaxModifiers = 4;
    private const int MaxJoined = 8;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.MayHave("where") || lexicon.Find("BASED_IN") is not { } basedIn)
        {
            return;
        }

        PredicateDefinition? partOf = lexicon.Find("PART_OF");
        ClaimCues cues = lexicon.Cues;
        for (int p = 0; p + 1 < view.MentionCount; p++)
        {
            Mention place = view.Mention(p);
            int at = view.MentionLast(p) + 1;
            if (place.Entity.Type is not (EntityType.Country or EntityType.Place) || place.Kind == MentionKind.Demonym || view.IsPossessive(p)
                || !view.Is(at, ",") || !view.Is(at + 1, "where"))
            {
                continue;
            }

            int o = Subject(view, at + 2);
            if (o < 0 || o == p || view.IsPossessive(o) || view.Mention(o).Kind == MentionKind.Demonym)
            {
                continue;
            }

            bool isPlace = view.Mention(o).Entity.Type is EntityType.Place;
            if (!isPlace && view.Mention(o).Entity.Type is not (EntityType.Organisation or EntityType.Group or EntityType.Project))
            {
                continue;
            }

            int copula = PastJoined(view, view.AfterMention(o));
            int seat = copula + 1;
            bool joined = GrammarWords.Copulas.LongestAt(view, copula) == 1;
            bool located = joined && cues.LocatedWords.LongestAt(view, seat) == 1;
            if (!isPlace && joined && (Seats(view, basedIn, seat) || located))
            {
                output.Add((new ClaimCandidate(o, p, 0.85f, seat, seat, null), new Trigger([view.Word(seat).ToString()], TriggerKind.Verb, basedIn, null), seat));
            }
            else if (isPlace && partOf is not null && (located || !joined && cues.LyingVerbs.LongestAt(view, copula) == 1))
            {
                // "Balkh province, where Hairatan lies": a place lying in another is part of it.
                int verb = located ? seat : copula;
                output.Add((new ClaimCandidate(o, p, 0.85f, verb, verb, null), new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, partOf, null), verb));
            }
        }
    }

    /// <summary>
    /// The mention that opens the clause at <paramref name="i"/>, after "the" and at most four modifiers (lower-case words,
    /// hyphens, demonyms: "the Chinese-run port of Gwadar"); -1 when none.
    /// </summary>
    private static int Subject(SentenceView view, int i)
    {
        for (int n = 0; n <= MaxModifiers + 1 && i < view.End; n++)
        {
            int m = view.MentionIndexAt(i);
            if (m >= 0 && view.MentionFirst(m) == i && view.Mention(m).Kind != MentionKind.Demonym)
            {
                return m;
            }

            bool demonym = m >= 0 && view.MentionFirst(m) == i;
            bool modifier = demonym || m < 0 && (view.Is(i, "-") || n == 0 && view.Is(i, "the")
                || VerbShapes.IsLowerWord(view, i) && !GrammarWords.Copulas.StartsAt(view, i));
            if (!modifier)
            {
                return -1;
            }

            i = demonym ? view.AfterMention(m) : i + 1;
        }

        return -1;
    }

    /// <summary>
    /// The token after an unnamed thing joined by "and" at <paramref name="i"/> ("and a new Chinese-funded international
    /// airport"), which shares the clause's verb, else <paramref name="i"/>.
    /// </summary>
    private static int PastJoined(SentenceView view, int i)
    {
        if (!view.Is(i, "and"))
        {
            return i;
        }

        for (int k = i + 1; k < view.End && k <= i + MaxJoined; k++)
        {
            if (GrammarWords.Copulas.LongestAt(view, k) == 1)
            {
                return k;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-") || view.MentionIndexAt(k) is >= 0 and var m && view.Mention(m).Kind != MentionKind.Demonym)
            {
                return i;
            }
        }

        return i;
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
