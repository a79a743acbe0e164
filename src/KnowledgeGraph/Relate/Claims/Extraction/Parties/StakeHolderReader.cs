using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Holders of a body's shares named in a relative about it: "CKU Rail Company, a Bishkek-registered joint venture in which
/// China holds 51% and Kyrgyzstan and Uzbekistan 24.5% each" → China, Kyrgyzstan and Uzbekistan INVESTS_IN CKU Rail
/// Company. After "in which" or "of which", the names before a verb of holding (claim_cues <c>stake_holding</c>) and a
/// share (numbers and <c>share_words</c>, or <c>stake_words</c>: "the rest"), and the names of a conjunct after "and"
/// that leaves the verb out before its own share, invest in the name the relative is about: the name right before the
/// comma, or the one an apposition's noun describes. Only an organisation or a project has holders.
/// </summary>
internal static class StakeHolderReader
{
    private const int MaxApposition = 8;
    private const int MaxShareTokens = 5;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // Driven by "which": a sentence without it holds no such relative.
        if (!view.MayHave("which") || lexicon.Find("INVESTS_IN") is not { } invests)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        List<int>? holders = null;
        for (int w = view.First + 1; w + 2 < view.End; w++)
        {
            if (!(view.Is(w, "in") || view.Is(w, "of")) || !view.Is(w + 1, "which") || Antecedent(view, w) is not (>= 0 and var body))
            {
                continue;
            }

            int k = w + 2;
            holders ??= [];
            for (bool first = true; ; first = false)
            {
                holders.Clear();
                k = Holders(view, k, holders);
                int verb = cues.StakeHolding.LongestAt(view, k);
                // The first conjunct writes the verb; a later one may leave it out ("and Kyrgyzstan and Uzbekistan 24.5% each").
                if (holders.Count == 0 || first && verb <= 0)
                {
                    break;
                }

                int at = k;
                int after = Share(view, cues, k + Math.Max(verb, 0));
                if (after < 0)
                {
                    break;
                }

                var trigger = new Trigger([view.Word(at).ToString()], TriggerKind.Verb, invests, null);
                foreach (int holder in holders)
                {
                    if (holder != body)
                    {
                        output.Add((new ClaimCandidate(holder, body, 0.85f, w + 2, after, null), trigger, at));
                    }
                }

                k = view.Is(after, "each") ? after + 1 : after;
                if (!view.Is(k, "and"))
                {
                    break;
                }

                k++;
            }
        }
    }

    /// <summary>
    /// The organisation or project the relative at <paramref name="w"/> is about: the name ending before its comma
    /// ("Khorgos Gateway, in which"), or the name before the comma of an apposition whose noun comes right before it ("CKU
    /// Rail Company, a Bishkek-registered joint venture in which"); -1 if none.
    /// </summary>
    private static int Antecedent(SentenceView view, int w)
    {
        int comma = w - 1;
        if (!view.Is(comma, ","))
        {
            if (view.MentionIndexAt(w - 1) >= 0 || !VerbShapes.IsLowerWord(view, w - 1))
            {
                return -1;
            }

            for (comma = w - 2; comma > view.First && w - comma <= MaxApposition && !view.Is(comma, ","); comma--)
            {
            }

            if (!view.Is(comma, ",") || !GrammarWords.Articles.StartsAt(view, comma + 1))
            {
                return -1;
            }
        }

        int m = view.MentionIndexAt(comma - 1);
        return m >= 0 && view.MentionLast(m) == comma - 1 && !view.IsPossessive(m)
            && view.Mention(m).Entity.Type is EntityType.Organisation or EntityType.Project ? m : -1;
    }

    /// <summary>Names joined by "and" or commas from <paramref name="k"/> (each may open with "the"); returns the token after them.</summary>
    private static int Holders(SentenceView view, int k, List<int> holders)
    {
        while (true)
        {
            int at = view.Is(k, "the") ? k + 1 : k;
            if (view.MentionIndexAt(at) is not (>= 0 and var m) || view.MentionFirst(m) != at || view.IsPossessive(m))
            {
                return k;
            }

            holders.Add(m);
            k = view.AfterMention(m);
            if (!(view.Is(k, "and") || view.Is(k, ",")) || view.MentionIndexAt(view.Is(k + 1, "the") ? k + 2 : k + 1) < 0)
            {
                return k;
            }

            k++;
        }
    }

    /// <summary>
    /// The token after a share at <paramref name="k"/>: numbers and a share word ("51%", "24.5 percent", "a third"), or a
    /// stake word after an article and at most a share phrase ("the rest", "a 40 percent stake"); -1 if none.
    /// </summary>
    private static int Share(SentenceView view, ClaimCues cues, int k)
    {
        int j = GrammarWords.Articles.StartsAt(view, k) ? k + 1 : k;
        int start = j;
        while (j < view.End && j - start < MaxShareTokens && !cues.ShareWords.StartsAt(view, j) && Sums.IsAmountToken(view, cues, j))
        {
            j++;
        }

        bool share = false;
        if (cues.ShareWords.LongestAt(view, j) is > 0 and var words)
        {
            j += words;
            share = true;
        }

        if (cues.StakeWords.LongestAt(view, j) is > 0 and var stake)
        {
            return j + stake;
        }

        return share ? j : -1;
    }
}
