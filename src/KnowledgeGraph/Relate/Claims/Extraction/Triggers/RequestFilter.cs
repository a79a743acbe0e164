using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Keeps the claims of a verb of requesting whose object is followed by "to" and a verb ("asked China to conduct its
/// own investigation", "asked China and Russia to …") or by "for" and what is asked ("asked Kabul for the technical
/// drawings"): without either the verb states no demand ("asked China about its plans", "called for talks").
/// </summary>
internal static class RequestFilter
{
    public static void KeepInfinitives(SentenceView view, ClaimCues cues, List<ClaimCandidate> candidates, int from, int start)
    {
        bool expecting = cues.Expecting.StartsAt(view, start);
        for (int k = candidates.Count - 1; k >= from; k--)
        {
            var candidate = candidates[k];
            if (!InfinitiveFollows(view, cues, candidate.Object) && !ForFollows(view, candidate.Object)
                || Advised(view, cues, candidate.NegationFrom, start)
                || expecting && !ExpectedParty(view, candidate.Object))
            {
                candidates.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// True when a modal of advice (claim_cues <c>advice_modals</c>) stands between the subject and the verb at
    /// <paramref name="start"/>: "the West should not just lobby African governments to …" recommends a request, it makes none.
    /// </summary>
    private static bool Advised(SentenceView view, ClaimCues cues, int bridge, int start)
    {
        for (int k = Math.Max(view.First, bridge); k < start; k++)
        {
            if (cues.AdviceModals.StartsAt(view, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The object of a verb of expecting is asked to act only when it is one named party: "Tashkent expected the railway to
    /// carry …" and "he expected the two countries to begin talks" forecast, they demand nothing.
    /// </summary>
    private static bool ExpectedParty(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group or EntityType.Person
        && !view.DescribesSeveral(m);

    /// <summary>
    /// "Beijing urged the Taliban to crack down on the East Turkestan Islamic Movement": an act a party is urged, asked or
    /// called on to do is not asserted, so a candidate whose subject is the object of a demanding verb (a verb or request
    /// of a predicate that has <c>requests</c> in the lexicon) with "to" and a verb after it is dropped, from
    /// <paramref name="from"/> on. The demand itself is read from the demanding verb.
    /// </summary>
    public static void DropAskedActs(SentenceView view, ClaimCues cues, List<ClaimCandidate> candidates, int from)
    {
        for (int k = candidates.Count - 1; k >= from; k--)
        {
            if (IsAsked(view, cues, candidates[k].Subject))
            {
                candidates.RemoveAt(k);
            }
        }
    }

    /// <summary>True when a demanding verb ends right before mention <paramref name="m"/> (or the names coordinated before it, after "the") and an infinitive follows.</summary>
    private static bool IsAsked(SentenceView view, ClaimCues cues, int m)
    {
        int first = view.MentionFirst(m);
        while ((view.Is(first - 1, "and") || view.Is(first - 1, ",")) && view.MentionIndexAt(first - 2) is var earlier and >= 0)
        {
            first = view.MentionFirst(earlier);
        }

        int end = view.Is(first - 1, "the") ? first - 2 : first - 1;
        for (int k = Math.Max(view.First, end - 2); k <= end; k++)
        {
            foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(k)))
            {
                if ((trigger.Kind is TriggerKind.Verb or TriggerKind.Request) && trigger.Predicate.Requests.Count > 0
                    && k + words.Length - 1 == end && view.WordsMatch(k, words))
                {
                    return InfinitiveFollows(view, cues, m);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when "for" follows the object <paramref name="m"/> right after it, then an article or a lower-case word that is
    /// no name and no form in -ing ("asked Beijing for additional surveillance equipment"; not "thanked Beijing for helping").
    /// </summary>
    private static bool ForFollows(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        return view.Is(j, "for") && j + 1 < view.End && view.MentionIndexAt(j + 1) < 0
            && (GrammarWords.Articles.StartsAt(view, j + 1) || VerbShapes.IsLowerWord(view, j + 1) && !VerbShapes.IsIngWord(view, j + 1));
    }

    /// <summary>
    /// True when "to" and a lower-case word follow the object, past any objects coordinated with it, the actor nouns
    /// a possessive or demonym object names ("asked Syria's government to", "asked the Afghan authorities to") and bridges
    /// of time ("asked China last year to reschedule"); the act may open a quotation ("asked Pakistan to \"hunt down the
    /// perpetrators\"").
    /// </summary>
    private static bool InfinitiveFollows(SentenceView view, ClaimCues cues, int m)
    {
        int j = view.AfterMention(m);
        while (j < view.End && (view.MentionIndexAt(j) >= 0 || view.Is(j, ",") || view.Is(j, "and") || view.Is(j, "the")))
        {
            j = view.MentionIndexAt(j) is var next and >= 0 ? view.AfterMention(next) : j + 1;
        }

        if ((view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym) && cues.Actors.LongestAt(view, j) is > 0 and var actor)
        {
            j += actor;
        }

        while (j < view.End && !view.Is(j, "to") && cues.Bridges.LongestAt(view, j) is > 0 and var bridge)
        {
            j += bridge;
        }

        int act = view.Is(j + 1, "\"") ? j + 2 : j + 1;
        return view.Is(j, "to") && act < view.End && view.MentionIndexAt(act) < 0
            && view.Token(act).Kind == TokenKind.Word && char.IsLower(view.Word(act)[0]);
    }
}
