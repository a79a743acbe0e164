using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The passive side of a verb trigger: whether a participle is passive, the "by" of its agent ("financed largely by",
/// "was signed in Dushanbe on Monday by"), the chain of participles that share it ("financed, built and managed by") and
/// the patient a participle modifies when no subject precedes it.
/// </summary>
internal sealed class PassiveAgent
{
    private const int MaxChain = 3;
    private readonly PhraseIndex<Trigger> triggers;
    private readonly ClaimCues cues;

    /// <summary><paramref name="triggers"/> tells irregular participles ("built") in a chain before "by".</summary>
    public PassiveAgent(PhraseIndex<Trigger> triggers, ClaimCues cues)
    {
        this.triggers = triggers;
        this.cues = cues;
    }

    /// <summary>"was hosted", "had been signed": a participle after a form of "be". Phrases ending in a preposition ("based in") are adjectival.</summary>
    public static bool IsPassive(SentenceView view, Trigger trigger, int start)
    {
        if (trigger.Words[^1].EndsWith("ing", StringComparison.Ordinal) || GrammarWords.Prepositions.StartsAt(view, start + trigger.Length - 1) && trigger.Length > 1)
        {
            return false;
        }

        // "The TTP is allied with the Afghan Taliban": a symmetric participle with its party after "with" or "to" states a
        // standing relation of its subject, no passive.
        if (trigger.Predicate.Symmetric && (view.Is(start + trigger.Length, "with") || view.Is(start + trigger.Length, "to")))
        {
            return false;
        }

        int i = start - 1;
        while (i >= view.First && VerbShapes.EndsInLy(view, i))
        {
            i--;
        }

        return i >= view.First && GrammarWords.BeForms.StartsAt(view, i);
    }

    /// <summary>True when a form of "be" (or "been") stands at <paramref name="i"/>, before a passive participle.</summary>
    public static bool IsPassiveAuxiliary(SentenceView view, int i) => GrammarWords.BeForms.StartsAt(view, i) || view.Is(i, "been");

    /// <summary>
    /// The "by" of a passive agent right after the trigger (or an adverb: "financed largely by") or after participles
    /// conjoined with it ("financed, built and managed by"); -1 if none.
    /// </summary>
    public int AgentBy(SentenceView view, int end)
    {
        if (view.Is(end, "by"))
        {
            return end;
        }

        // "a dam financed largely by the World Bank": one word of claim_cues bridges (not a negation) before "by".
        if (view.Is(end + 1, "by") && cues.Bridges.LongestAt(view, end) == 1 && !cues.Negations.StartsAt(view, end) && view.MentionIndexAt(end) < 0)
        {
            return end + 1;
        }

        // "The Taliban were hosted in Beijing by Wang Yi": a place phrase may stand between the participle and its agent,
        // and a phrase of time after it ("was signed in Dushanbe on Monday by").
        if (PlacePhraseEnd(view, end) is >= 0 and var placeEnd)
        {
            return view.Is(placeEnd, "by") ? placeEnd : AfterTimeOrPlace(view, placeEnd);
        }

        if (AfterTimeOrPlace(view, end) is > 0 and var after)
        {
            return after;
        }

        // Tags are asked for only when a "by" follows close enough to end a chain of participles.
        int near = -1;
        for (int k = end; k < view.End && k <= end + 3 * MaxChain; k++)
        {
            if (view.Is(k, "by"))
            {
                near = k;
                break;
            }
        }

        if (near < 0)
        {
            return -1;
        }

        int j = end;
        for (int verbs = 0; verbs <= MaxChain; verbs++)
        {
            if (view.Is(j, "by"))
            {
                return j;
            }

            if (verbs == MaxChain || !(view.Is(j, ",") || view.Is(j, "and") || view.Is(j, "or")))
            {
                return -1;
            }

            j = view.Is(j, ",") && (view.Is(j + 1, "and") || view.Is(j + 1, "or")) ? j + 2 : j + 1;
            if (view.MentionIndexAt(j) >= 0 || !VerbShapes.IsPastOrParticiple(view, j, triggers))
            {
                return -1;
            }

            j++;
        }

        return -1;
    }

    /// <summary>
    /// The "by" after a label that starts at <paramref name="end"/>: "a" or "an" and up to four lower-case words that name
    /// no party ("a terrorist organisation by"); -1 when there is none.
    /// </summary>
    public static int LabelThenBy(SentenceView view, int end)
    {
        if (!(view.Is(end, "a") || view.Is(end, "an")))
        {
            return -1;
        }

        for (int j = end + 1; j < view.End && j <= end + VerbContext.MaxLabelWords + 1; j++)
        {
            if (view.Is(j, "by"))
            {
                return j > end + 1 ? j : -1;
            }

            if (view.MentionIndexAt(j) >= 0 || !view.Token(j).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The token after "in" or "at" and a named country or place at <paramref name="i"/> ("in Dushanbe", "at the Kremlin"); -1 when none.</summary>
    public static int PlacePhraseEnd(SentenceView view, int i)
    {
        int name = view.Is(i + 1, "the") ? i + 2 : i + 1;
        return (view.Is(i, "in") || view.Is(i, "at")) && view.MentionIndexAt(name) is >= 0 and var place && view.MentionFirst(place) == name
            && view.Mention(place).Entity.Type is EntityType.Country or EntityType.Place ? view.AfterMention(place) : -1;
    }

    /// <summary>
    /// "was received at the airport by Li Qiang", "was signed on Tuesday by China and Kyrgyzstan": the "by" after a short
    /// phrase of time or place that names no party (a preposition and at most four words, none a name, a comma or "and");
    /// -1 if none.
    /// </summary>
    public static int AfterTimeOrPlace(SentenceView view, int end)
    {
        const int MaxWords = 4;
        if (!GrammarWords.TimeOrPlacePrepositions.StartsAt(view, end))
        {
            return -1;
        }

        for (int k = end + 1; k < view.End && k <= end + MaxWords + 1; k++)
        {
            if (view.Is(k, "by"))
            {
                return k > end + 1 ? k : -1;
            }

            if (view.MentionIndexAt(k) >= 0 || view.Token(k).Kind == TokenKind.Punctuation || view.Is(k, "and") || view.Is(k, "or"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first participle of a chain ending at the trigger at <paramref name="start"/> ("financed, built and managed").</summary>
    public int ChainStart(SentenceView view, int start)
    {
        int first = start;
        for (int verbs = 0; verbs < MaxChain; verbs++)
        {
            int j = first - 1;
            if (view.Is(j, "and") || view.Is(j, "or"))
            {
                j = view.Is(j - 1, ",") ? j - 2 : j - 1;
            }
            else if (view.Is(j, ","))
            {
                j--;
            }
            else
            {
                break;
            }

            if (j < view.First || view.MentionIndexAt(j) >= 0 || !VerbShapes.IsPastOrParticiple(view, j, triggers))
            {
                break;
            }

            first = j;
        }

        return first;
    }

    /// <summary>
    /// The earlier participle whose "by" agent ends right before "and" and participle <paramref name="first"/> ("financed
    /// by China Exim Bank and built by …"); -1 when the words are not so.
    /// </summary>
    public int EarlierPassive(SentenceView view, int first)
    {
        // "and subsequently occupied by Germany": an adverb may stand between "and" and the participle.
        int and = first - 1 >= view.First && view.MentionIndexAt(first - 1) < 0 && view.Word(first - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? first - 2 : first - 1;
        if (!view.Is(and, "and"))
        {
            return -1;
        }

        // "invaded by Italy (1940) and subsequently occupied": a bracket after the agent.
        int end = and - 1;
        if (view.Is(end, ")"))
        {
            for (int k = end - 1; k >= view.First && k >= end - 6; k--)
            {
                if (view.Is(k, "("))
                {
                    end = k - 1;
                    break;
                }
            }
        }

        // "banned by Pakistan in 2006 and led by Bashir Zeb": a year (with its month) after the agent.
        if (view.Token(end).Kind == TokenKind.Number && view.MentionIndexAt(end) < 0)
        {
            int k = end - 1;
            k -= k > view.First && view.MentionIndexAt(k) < 0 && view.Token(k).Is(TokenShape.Capitalised) ? 1 : 0;
            end = view.Is(k, "in") ? k - 1 : end;
        }

        if (view.MentionIndexAt(end) is not (>= 0 and var agent) || view.MentionLast(agent) != end)
        {
            return -1;
        }

        int by = view.BeforeMention(agent);
        int participle = by - 1;
        return view.Is(by, "by") && participle >= view.First && view.MentionIndexAt(participle) < 0
            && VerbShapes.IsPastOrParticiple(view, participle, triggers) ? participle : -1;
    }

    /// <summary>
    /// The name of a body, group, project or person that ends right before the participle at <paramref name="participle"/>
    /// (not a demonym, a possessive or a place: "talks in Doha hosted by Qatar" host no Doha); -1 when none.
    /// </summary>
    public static int ModifiedName(SentenceView view, int participle)
    {
        int m = participle - 1 >= view.First ? view.MentionIndexAt(participle - 1) : -1;
        return m >= 0 && view.MentionLast(m) == participle - 1 && !view.IsPossessive(m) && view.Mention(m).Kind != MentionKind.Demonym
            && view.Mention(m).Entity.Type is EntityType.Organisation or EntityType.Group or EntityType.Project or EntityType.Person ? m : -1;
    }

    /// <summary>
    /// The state, body or group named right before an instrument noun (claim_cues <c>instruments</c>) in an "in" phrase at
    /// <paramref name="end"/>: "in a US drone strike", "in an Israeli airstrike"; -1 when there is none.
    /// </summary>
    public int StrikeOwner(SentenceView view, int end)
    {
        if (!view.Is(end, "in"))
        {
            return -1;
        }

        int at = GrammarWords.Articles.StartsAt(view, end + 1) ? end + 2 : end + 1;
        int m = view.MentionIndexAt(at);
        return m >= 0 && view.MentionFirst(m) == at && !view.IsPossessive(m)
            && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group
            && cues.Instruments.StartsAt(view, view.AfterMention(m)) ? m : -1;
    }
}
