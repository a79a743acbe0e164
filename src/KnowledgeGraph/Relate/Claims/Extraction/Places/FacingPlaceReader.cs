using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Two places across a border from each other, stated by a verb of facing (claim_cues <c>facing_verbs</c>) → BORDERS. The
/// verb follows the first place's name, a relative after it ("Chaman, which faces the Afghan town of Spin Boldak"), a
/// clause between commas ("Khatlon province, where the new line will end, faces Afghanistan's Kunduz province"), or an
/// apposition describing it that a relative closes ("Chaman, a town in Pakistan's Balochistan province that faces …");
/// the second place follows the verb, after "the", a demonym, lower-case nouns ("border town of") or a state's
/// possessive. Both are places within states, neither a state nor a capital, so "Pakistan faces India in the final" and
/// "Kabul faces pressure" state nothing.
/// </summary>
internal static class FacingPlaceReader
{
    private const int MaxClause = 16;
    private const int MaxObjectWords = 4;

    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.FacingVerbs.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.MentionCount < 2 || lexicon.Find("BORDERS") is not { } borders)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (!IsLocal(view, m) || view.IsPossessive(m) || Verb(view, cues, view.AfterMention(m)) is not (>= 0 and var verb))
            {
                continue;
            }

            int other = Faced(view, verb + cues.FacingVerbs.LongestAt(view, verb));
            if (other > m && IsLocal(view, other) && view.Mention(other).Entity.Id != view.Mention(m).Entity.Id)
            {
                output.Add((new ClaimCandidate(m, other, 0.85f, view.AfterMention(m), verb, null), new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, borders, null), verb));
            }
        }
    }

    /// <summary>A place's name that is no state, capital or demonym.</summary>
    private static bool IsLocal(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m).Kind != MentionKind.Demonym && view.Mention(m).Entity.Subtype != EntitySubtypes.Capital;

    /// <summary>The facing verb said of the place whose name ends before <paramref name="at"/>; -1 when none.</summary>
    private static int Verb(SentenceView view, ClaimCues cues, int at)
    {
        // "Khatlon province, where …": the noun of a place the name may leave out.
        at += cues.PlaceHeads.LongestAt(view, at);
        if (cues.FacingVerbs.StartsAt(view, at))
        {
            return at;
        }

        // A relative right after a name without a comma is said of a noun before it ("a town in Pakistan's Balochistan
        // province that faces": the town).
        if (!view.Is(at, ","))
        {
            return -1;
        }

        if (IsRelative(view, at + 1))
        {
            return cues.FacingVerbs.StartsAt(view, at + 2) ? at + 2 : -1;
        }

        // A clause between commas ("where the new line will end,"), or an indefinite apposition closed by a relative.
        bool clause = view.Is(at + 1, "where");
        bool apposition = view.Is(at + 1, "a") || view.Is(at + 1, "an");
        for (int k = at + 2; (clause || apposition) && k < view.End && k <= at + MaxClause; k++)
        {
            if (clause && view.Is(k, ","))
            {
                return cues.FacingVerbs.StartsAt(view, k + 1) ? k + 1 : -1;
            }

            if (apposition && IsRelative(view, k))
            {
                return cues.FacingVerbs.StartsAt(view, k + 1) ? k + 1 : -1;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-") && !view.Is(k, "'s"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"which" or "that" opening a relative clause after a place's name.</summary>
    internal static bool IsRelative(SentenceView view, int i) => view.Is(i, "which") || view.Is(i, "that");

    /// <summary>
    /// The place named after the verb: past "the", a demonym or a state's possessive and up to <see cref="MaxObjectWords"/>
    /// lower-case words ("the Afghan border town of Spin Boldak", "Afghanistan's Kunduz province"); -1 when none.
    /// </summary>
    internal static int Faced(SentenceView view, int at)
    {
        at += view.Is(at, "the") ? 1 : 0;
        for (int words = 0; at < view.End && words <= MaxObjectWords; words++)
        {
            int m = view.MentionIndexAt(at);
            if (m >= 0 && view.MentionFirst(m) == at)
            {
                Mention mention = view.Mention(m);
                if (mention.Kind != MentionKind.Demonym && !(mention.Entity.Type == EntityType.Country && view.IsPossessive(m)))
                {
                    return m;
                }

                at = view.AfterMention(m);
                continue;
            }

            if (!VerbShapes.IsLowerWord(view, at))
            {
                return -1;
            }

            at++;
        }

        return -1;
    }
}
