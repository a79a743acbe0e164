using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// The verb of a presence reading after its organisation: past an apposition, a relative pronoun, a reporting clause,
/// bridges and copulas (<see cref="PresenceReader"/>).
/// </summary>
internal static class PresenceVerbFinder
{
    private const int MaxBridges = 6;
    private const int MaxApposition = 20;

    /// <summary>
    /// From <paramref name="at"/>: an optional relative pronoun ("which", "who", "that"), bridges ("have also been",
    /// "continue to", "remains") and a presence verb; the verb's index, or -1.
    /// </summary>
    internal static int Find(SentenceView view, ClaimCues cues, int at, PhraseIndex<string> verbs)
    {
        int verb = VerbAfter(view, cues, PastApposition(view, at), verbs);
        return verb < 0 && RelativeInApposition(view, cues, at) is >= 0 and var relative ? VerbAfter(view, cues, relative, verbs) : verb;
    }

    private static int VerbAfter(SentenceView view, ClaimCues cues, int at, PhraseIndex<string> verbs)
    {
        if (view.Is(at, ",") && (view.Is(at + 1, "which") || view.Is(at + 1, "who") || view.Is(at + 1, "that")))
        {
            at = PastReporter(view, cues, at + 2);
        }
        else if (view.Is(at, "which") || view.Is(at, "who") || view.Is(at, "that"))
        {
            at = PastReporter(view, cues, at + 1);
        }

        for (int k = 0; k < MaxBridges && !verbs.StartsAt(view, at); k++)
        {
            // "ISKP, the TTP and the BLA "all operate from Afghan soil"": a quotation mark opening the quoted verb.
            int bridge = view.Is(at, "\"") ? 1 : cues.Bridges.LongestAt(view, at);
            if (bridge == 0 && !IsCopula(view, at))
            {
                return -1;
            }

            at += Math.Max(bridge, 1);
        }

        return verbs.StartsAt(view, at) ? at : -1;
    }

    /// <summary>
    /// "the TTP, which they say operates from …": a pronoun or a name and a verb of speech after a relative pronoun report
    /// the clause; the token after them, else <paramref name="at"/>.
    /// </summary>
    private static int PastReporter(SentenceView view, ClaimCues cues, int at)
    {
        int after = view.MentionIndexAt(at) is >= 0 and var m && view.MentionFirst(m) == at ? view.AfterMention(m)
            : GrammarWords.SubjectPronouns.StartsAt(view, at) ? at + 1 : -1;
        return after > at && cues.SpeechVerbs.LongestAt(view, after) is > 0 and var speech ? after + speech : at;
    }

    /// <summary>
    /// "Jamaat Ansarullah, a militant group made up largely of Tajik nationals, operates": the token after an indefinite
    /// apposition closed by a comma within <see cref="MaxApposition"/> tokens, or after another name of the organisation
    /// (", or TTP,"), else <paramref name="at"/>.
    /// </summary>
    private static int PastApposition(SentenceView view, int at)
    {
        // "the Pakistani Taliban, or TTP, ran training camps": another name of the organisation between commas.
        if (view.Is(at, ",") && view.Is(at + 1, "or") && view.MentionIndexAt(at + 2) is >= 0 and var alias
            && view.MentionFirst(alias) == at + 2 && view.Is(view.AfterMention(alias), ","))
        {
            return view.AfterMention(alias) + 1;
        }

        if (!view.Is(at, ",") || !(view.Is(at + 1, "a") || view.Is(at + 1, "an")))
        {
            return at;
        }

        for (int k = at + 2; k < view.End && k <= at + MaxApposition; k++)
        {
            if (view.Is(k, ","))
            {
                return k + 1;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-"))
            {
                return at;
            }
        }

        return at;
    }

    /// <summary>
    /// "Jamaat Ansarullah, a Tajik militant group that shelters in Badakhshan": the relative right after the noun of a body
    /// (<c>body_nouns</c>) that ends an indefinite apposition at <paramref name="at"/>, which says what the organisation
    /// does; -1 when none.
    /// </summary>
    private static int RelativeInApposition(SentenceView view, ClaimCues cues, int at)
    {
        if (!view.Is(at, ",") || !(view.Is(at + 1, "a") || view.Is(at + 1, "an")))
        {
            return -1;
        }

        for (int k = at + 2; k < view.End && k <= at + MaxApposition && !(view.IsPunctuation(k) && !view.Is(k, "-")); k++)
        {
            if (view.Is(k, "that") || view.Is(k, "which") || view.Is(k, "who"))
            {
                return EndsBodyNoun(view, cues, at + 2, k) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>True when a <c>body_nouns</c> noun starting at or after <paramref name="from"/> ends right before <paramref name="end"/>.</summary>
    private static bool EndsBodyNoun(SentenceView view, ClaimCues cues, int from, int end)
    {
        for (int j = end - 1; j >= from; j--)
        {
            if (cues.BodyNouns.LongestAt(view, j) == end - j)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"remains", "became": copulas that are no bridges, before an adjective of presence ("remains active in").</summary>
    private static bool IsCopula(SentenceView view, int i) =>
        GrammarWords.LinkingVerbs.StartsAt(view, i) || view.Is(i, "stay") || view.Is(i, "stays") || view.Is(i, "stayed")
        || view.Is(i, "largely") || view.Is(i, "mostly") || view.Is(i, "mainly");
}
