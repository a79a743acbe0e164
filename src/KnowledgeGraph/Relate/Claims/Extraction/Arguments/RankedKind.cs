using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A rank of an agent among those who did an act, between a subject and the act's infinitive: a copula or "became",
/// "the", a rank (claim_cues <c>ranks</c>), an agent noun and where it ranks ("Kazakhstan was the first state to sign",
/// "the Kremlin became the only government in the world to recognise", "one of the first countries to join"), or the same
/// right after a name a verb makes so ("making China the first country to name"). The subject of the copula, or the
/// name, does the infinitive's act; the phrase is a bridge to it.
/// </summary>
internal static class RankedKind
{
    /// <summary>Tokens from the determiner to the "to": "the first Central Asian head of state in the region".</summary>
    private const int MaxWords = 12;
    /// <summary>Words before the agent noun: "first-ever Central Asian", "only other".</summary>
    private const int MaxModifiers = 4;
    /// <summary>Tokens of where the agent ranks, after its noun: "in the world", "in the Arab world".</summary>
    private const int MaxTail = 5;
    /// <summary>One-word bridges between the copula and the determiner: "is not", "became only".</summary>
    private const int MaxInner = 2;
    private const int MaxHeadWords = 3;

    private static readonly PhraseIndex<string> Determiners = GrammarWords.Build("the", "its", "their", "his", "her");
    private static readonly PhraseIndex<string> TailOpeners = GrammarWords.Build("in", "outside", "among", "across", "within", "from");
    private static readonly PhraseIndex<string> Copulas = GrammarWords.Build(
        "is", "are", "was", "were", "be", "been", "being", "'s", "become", "becomes", "became", "becoming", "remain", "remains", "remained");

    /// <summary>
    /// The first token of the ranked phrase that ends at token <paramref name="last"/> right before "to" (the copula, or
    /// the determiner after a name); -1 when none does.
    /// </summary>
    public static int StartEndingAt(SentenceView view, ClaimCues cues, TitleIndex titles, int last)
    {
        if (!view.Is(last + 1, "to"))
        {
            return -1;
        }

        for (int det = last; det >= view.First && last - det < MaxWords; det--)
        {
            if (view.MentionIndexAt(det) >= 0 || !Determiners.StartsAt(view, det) || cues.Ranks.LongestAt(view, det + 1) is not (> 0 and var rank))
            {
                continue;
            }

            return KindFits(view, cues, titles, det + 1 + rank, last) ? Opening(view, cues, det) : -1;
        }

        return -1;
    }

    /// <summary>"the" itself when a name stands right before it, else the copula before it ("is not one of the"); -1 when neither.</summary>
    private static int Opening(SentenceView view, ClaimCues cues, int det)
    {
        int start = det;
        if (view.Is(start - 1, "of") && view.Is(start - 2, "one"))
        {
            start -= 2;
        }
        else if (view.Is(start - 1, "among"))
        {
            start--;
        }

        if (start == det && view.MentionIndexAt(det - 1) >= 0)
        {
            return det;
        }

        int k = start - 1;
        for (int n = 0; n < MaxInner && k > view.First && view.MentionIndexAt(k) < 0 && !Copulas.StartsAt(view, k)
            && (view.IsContractedNot(k) || cues.Bridges.LongestAt(view, k) == 1); n++)
        {
            k--;
        }

        return k >= view.First && view.MentionIndexAt(k) < 0 && Copulas.StartsAt(view, k) ? k : -1;
    }

    /// <summary>
    /// True when tokens [<paramref name="from"/>, <paramref name="last"/>] are nothing ("the first to") or modifiers, an
    /// agent noun and where it ranks ("Central Asian state in the region").
    /// </summary>
    private static bool KindFits(SentenceView view, ClaimCues cues, TitleIndex titles, int from, int last)
    {
        if (from > last)
        {
            return true;
        }

        for (int head = last; head >= from && last - head <= MaxTail; head--)
        {
            if (head < last && !(TailOpeners.StartsAt(view, head + 1) && Tail(view, head + 2, last)))
            {
                continue;
            }

            int first = HeadStart(view, cues, titles, head);
            if (first >= from && Modifiers(view, from, first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of an agent noun ending at <paramref name="head"/>: an actor, body, state, member, title or ranked head, or a demonym.</summary>
    private static int HeadStart(SentenceView view, ClaimCues cues, TitleIndex titles, int head)
    {
        if (view.MentionIndexAt(head) is >= 0 and var m)
        {
            return view.Mention(m).Kind == Model.MentionKind.Demonym && view.MentionLast(m) == head ? view.MentionFirst(m) : -1;
        }

        if (!VerbShapes.IsLowerWord(view, head))
        {
            return -1;
        }

        foreach (PhraseIndex<string> nouns in (ReadOnlySpan<PhraseIndex<string>>)[cues.RankedHeads, cues.Actors, cues.BodyNouns, cues.StateNouns, cues.MemberNouns])
        {
            if (nouns.StartEndingAt(view, head, MaxHeadWords) is >= 0 and var start)
            {
                return start;
            }
        }

        return titles.IsTitleWord(view, head) ? head : -1;
    }

    /// <summary>True when [<paramref name="from"/>, <paramref name="end"/>) are at most a few modifiers: lower-case words, hyphens or names.</summary>
    private static bool Modifiers(SentenceView view, int from, int end)
    {
        int count = 0;
        for (int i = from; i < end; i++, count++)
        {
            if (count >= MaxModifiers)
            {
                return false;
            }

            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                if (view.IsPossessive(m) || view.MentionLast(m) >= end)
                {
                    return false;
                }

                i = view.MentionLast(m);
                continue;
            }

            if (!view.Is(i, "-") && (!VerbShapes.IsLowerWord(view, i) || GrammarWords.Prepositions.StartsAt(view, i)
                || GrammarWords.ClauseStops.StartsAt(view, i) || GrammarWords.BeForms.StartsAt(view, i) || GrammarWords.Articles.StartsAt(view, i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when [<paramref name="from"/>, <paramref name="last"/>] is a short place or group after a tail's preposition: no comma, no clause.</summary>
    private static bool Tail(SentenceView view, int from, int last)
    {
        if (from > last)
        {
            return false;
        }

        for (int i = from; i <= last; i++)
        {
            if (view.IsPunctuation(i) || GrammarWords.ClauseStops.StartsAt(view, i))
            {
                return false;
            }
        }

        return true;
    }
}
