using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// The owners of a company described as a venture they hold together: a company's name, then a comma or a copula, an
/// article, a few modifiers and a noun of claim_cues <c>venture_nouns</c>, then (within a few words) a word of claim_cues
/// <c>joint_holding_preps</c> and the owners, coordinated ("Port Qasim Electric Power Company, a joint venture of PowerChina
/// and Qatar's Al-Mirqab Capital", "Kazakhstan China Pipeline LLC, a 50-50 joint venture of KazMunayGas's pipeline unit
/// KazTransOil and CNPC") → each owner named INVESTS_IN the company. An owner is a country, organisation or group named
/// (a state's possessive before it only describes it), or a demonym before a word of claim_cues <c>actors</c> ("Chinese
/// investors" → the state); a name only owning an unnamed owner ("KazMunayGas's pipeline unit KazTransOil") is passed over.
/// Driven by the venture noun.
/// </summary>
internal static class VentureOwnerReader
{
    private const int MaxModifiers = 4;
    private const int MaxGap = 3;
    private const int MaxOwners = 6;

    /// <summary>The first words of the venture nouns: every claim this reader finds is read from one.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.VentureNouns.FirstWords;

    /// <summary>Appends to <paramref name="output"/> each owner's investment in the company a venture noun describes.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("INVESTS_IN") is not { } invests)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        Span<int> owners = stackalloc int[MaxOwners];
        for (int i = view.First; i < view.End; i++)
        {
            if (cues.VentureNouns.LongestAt(view, i) is not (> 0 and var length) || VentureBefore(view, i) is not (>= 0 and var venture)
                || OwnersFrom(view, cues, i + length) is not (> 0 and var at))
            {
                continue;
            }

            int count = OwnersAt(view, cues, at, owners);
            var trigger = Trigger.OfWords(view, i, length, TriggerKind.Noun, invests);
            foreach (int owner in owners[..count])
            {
                if (owner >= 0 && view.Mention(owner).Entity.Id != view.Mention(venture).Entity.Id)
                {
                    output.Add((new ClaimCandidate(owner, venture, 0.8f, i, i + length, null), trigger, i));
                }
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="owners"/> with the owner of each conjunct of the list from <paramref name="at"/> (-1 for a conjunct
    /// that names none: "the provincial government", an owner the sentence names by no entity) and returns how many. A last
    /// conjunct after a bare comma, with no "and" before it, describes the one before ("PowerChina, China's … builder") and is
    /// left out.
    /// </summary>
    private static int OwnersAt(SentenceView view, ClaimCues cues, int at, Span<int> owners)
    {
        int count = 0;
        bool afterComma = false;
        int k = at;
        while (count < owners.Length && k < view.End)
        {
            int start = k;
            k = PastModifiers(view, k);
            int owner = -1;
            if (view.MentionIndexAt(k) is >= 0 and var m && view.MentionFirst(m) == k)
            {
                owner = IsOwner(view, cues, m) ? m : -1;
                k = view.AfterMention(m);
                k += view.Mention(m).Kind == MentionKind.Demonym ? Math.Max(0, cues.Actors.LongestAt(view, k)) : 0;
            }
            else if (k < view.End && view.Token(k).Is(TokenShape.Capitalised))
            {
                // An owner the sentence names by no entity: its words are passed over.
                while (k < view.End && view.MentionIndexAt(k) < 0 && view.Token(k).Is(TokenShape.Capitalised))
                {
                    k++;
                }
            }
            else if (k == start)
            {
                // Neither a name nor a description of an owner stands here.
                return count;
            }

            owners[count++] = owner;
            if (view.Is(k, ",") && view.Is(k + 1, "and"))
            {
                k += 2;
                afterComma = false;
            }
            else if (view.Is(k, "and"))
            {
                k++;
                afterComma = false;
            }
            else if (view.Is(k, ","))
            {
                k++;
                afterComma = true;
            }
            else
            {
                return afterComma && count > 1 ? count - 1 : count;
            }
        }

        return count;
    }

    /// <summary>
    /// The company the venture noun at <paramref name="noun"/> describes: the name right before a comma or a copula, then an
    /// article and at most <see cref="MaxModifiers"/> words that are not names ("a 50-50 joint venture"); -1 when none.
    /// </summary>
    private static int VentureBefore(SentenceView view, int noun)
    {
        int k = noun - 1;
        for (int n = 0; n < MaxModifiers && k > view.First && view.MentionIndexAt(k) < 0 && !view.Is(k, "a") && !view.Is(k, "an")
            && (VerbShapes.IsLowerWord(view, k) || view.Is(k, "-") || view.Token(k).Kind == TokenKind.Number); n++)
        {
            k--;
        }

        if (!(view.Is(k, "a") || view.Is(k, "an")))
        {
            return -1;
        }

        k--;
        if (!(view.Is(k, ",") || GrammarWords.Copulas.StartsAt(view, k)))
        {
            return -1;
        }

        int name = view.Is(k - 1, ")") ? k - 2 : k - 1;
        return view.MentionIndexAt(name) is >= 0 and var venture && view.Mention(venture).Entity.Type == EntityType.Organisation
            && !view.IsPossessive(venture) && view.Mention(venture).Kind != MentionKind.Demonym
            ? venture
            : -1;
    }

    /// <summary>
    /// The first token after a word of claim_cues <c>joint_holding_preps</c> within <see cref="MaxGap"/> lower-case words of
    /// <paramref name="from"/> ("a joint venture owned by"); 0 when none.
    /// </summary>
    private static int OwnersFrom(SentenceView view, ClaimCues cues, int from)
    {
        for (int k = from; k < view.End && k <= from + MaxGap; k++)
        {
            if (cues.JointHoldingPreps.LongestAt(view, k) is > 0 and var length)
            {
                return k + length;
            }

            if (!VerbShapes.IsLowerWord(view, k) || GrammarWords.ClauseStops.StartsAt(view, k) || GrammarWords.Conjunctions.StartsAt(view, k))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// The token after an article, a possessive that only describes the owner after it ("Qatar's Al-Mirqab Capital",
    /// "KazMunayGas's pipeline unit KazTransOil") and lower-case modifiers ("the state-owned Power Construction Corporation").
    /// </summary>
    private static int PastModifiers(SentenceView view, int i)
    {
        if (view.Is(i, "the") || view.Is(i, "a") || view.Is(i, "an"))
        {
            i++;
        }

        if (view.MentionIndexAt(i) is >= 0 and var owner && view.MentionFirst(owner) == i && view.IsPossessive(owner))
        {
            i = view.AfterMention(owner);
        }

        for (int n = 0; n < MaxModifiers && view.MentionIndexAt(i) < 0 && (view.Is(i, "-") || VerbShapes.IsLowerWord(view, i))
            && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i); n++)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// True when mention <paramref name="m"/> names a country, organisation or group, or is a demonym before a word of
    /// claim_cues <c>actors</c> ("Chinese investors").
    /// </summary>
    private static bool IsOwner(SentenceView view, ClaimCues cues, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group
        && (view.Mention(m).Kind != MentionKind.Demonym || cues.Actors.StartsAt(view, view.AfterMention(m)));
}
