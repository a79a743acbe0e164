using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A site or project conferred on a party: a project named before a past participle of claim_cues
/// <c>conferral_verbs</c> (past "was", "which" or "that", and an apposition or a place after the name), then "to" (past
/// "in" and a year), perhaps a group of claim_cues <c>lessee_groups</c> and "of" or "led by", and the party, or several
/// coordinated ("the Mes Aynak copper deposit south of Kabul, leased to Metallurgical Corporation of China in 2008", "The
/// deposit … was leased in 2008 to a consortium of Metallurgical Corporation of China and Jiangxi Copper") → each party
/// BUILDS_OR_OPERATES the project; with "for" and a sum after the parties ("for about $3 billion"), each INVESTS_IN it too.
/// Only a body, state or group named, never a demonym or possessive. Driven by the party's mention.
/// </summary>
internal static class ConferredSiteReader
{
    private const int MaxParties = 4;
    private const int MaxGroupWords = 2;
    /// <summary>Tokens between the project's name and the participle: its head noun, a place, an apposition.</summary>
    private const int MaxReach = 12;
    /// <summary>Tokens of a price after "for": "about $3 billion", "more than $1 billion".</summary>
    private const int MaxSumWords = 5;

    /// <summary>The participles: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.ConferralVerbs.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BUILDS_OR_OPERATES") is not { } builds)
        {
            return;
        }

        PredicateDefinition? invests = lexicon.Find("INVESTS_IN");
        ClaimCues cues = lexicon.Cues;
        for (int party = 1; party < view.MentionCount; party++)
        {
            Mention named = view.Mention(party);
            if (named.Entity.Type is not (EntityType.Country or EntityType.Organisation or EntityType.Group)
                || named.Kind == MentionKind.Demonym || view.IsPossessive(party))
            {
                continue;
            }

            int to = ToBefore(view, cues, FirstOfList(view, party));
            if (to < 0)
            {
                continue;
            }

            int last = to - 1;
            if (view.Is(last - 1, "in") && view.IsYear(last))
            {
                last -= 2;
            }

            int verb = cues.ConferralVerbs.StartEndingAt(view, last, 2);
            if (verb < 0 || Project(view, verb - 1) is not (>= 0 and var project) || view.Mention(project).Entity.Id == named.Entity.Id)
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, builds, "to");
            output.Add((new ClaimCandidate(party, project, 0.8f, Math.Max(view.First, verb - 3), to, null), trigger, verb));
            if (invests is not null && PriceAfter(view, cues, LastOfList(view, party)))
            {
                // "leased … to a consortium of MCC and Jiangxi Copper for about $3 billion": the lessees paid for the site.
                var paid = Trigger.OfWord(view, verb, TriggerKind.Verb, invests, "to");
                output.Add((new ClaimCandidate(party, project, 0.75f, Math.Max(view.First, verb - 3), to, null), paid, verb));
            }
        }
    }

    /// <summary>The last of the names coordinated with mention <paramref name="party"/>, itself when it is the last or stands alone.</summary>
    private static int LastOfList(SentenceView view, int party)
    {
        int last = party;
        for (int n = 0; n < MaxParties; n++)
        {
            int i = view.AfterMention(last);
            i += view.Is(i, ",") && view.Is(i + 1, "and") ? 2 : view.Is(i, "and") || view.Is(i, ",") ? 1 : 0;
            i += view.Is(i, "the") ? 1 : 0;
            if (i == view.AfterMention(last) || view.MentionIndexAt(i) is not (>= 0 and var next) || view.MentionFirst(next) != i
                || view.Mention(next).Kind == MentionKind.Demonym
                || view.Mention(next).Entity.Type is not (EntityType.Country or EntityType.Organisation or EntityType.Group))
            {
                break;
            }

            last = next;
        }

        return last;
    }

    /// <summary>True when "for" and a sum with a currency sign or a money word follow mention <paramref name="last"/>.</summary>
    private static bool PriceAfter(SentenceView view, ClaimCues cues, int last)
    {
        int i = view.AfterMention(last);
        if (!view.Is(i, "for"))
        {
            return false;
        }

        for (int j = i + 1; j < view.End && j <= i + MaxSumWords && Sums.IsSumToken(view, cues, j); j++)
        {
            // A currency sign or a money word, not a bare number: "for 30 years" is a term, not a price.
            if (view.Token(j).Kind == TokenKind.Symbol || cues.Money.StartsAt(view, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first of the names coordinated with mention <paramref name="party"/> ("MCC and Jiangxi Copper"), itself when it
    /// is the first or stands alone.
    /// </summary>
    private static int FirstOfList(SentenceView view, int party)
    {
        int first = party;
        for (int n = 0; n < MaxParties; n++)
        {
            int i = view.MentionFirst(first) - 1;
            if (!(view.Is(i, "and") || view.Is(i, ",")))
            {
                break;
            }

            int j = view.Is(i, "and") && view.Is(i - 1, ",") ? i - 2 : i - 1;
            if (view.MentionIndexAt(j) is not (>= 0 and var before) || view.Mention(before).Kind == MentionKind.Demonym
                || view.Mention(before).Entity.Type is not (EntityType.Country or EntityType.Organisation or EntityType.Group))
            {
                break;
            }

            first = before;
        }

        return first;
    }

    /// <summary>
    /// The "to" before mention <paramref name="first"/>, past an article and a group of lessees with "of" or "led by" ("to a
    /// consortium led by"); -1 when there is none.
    /// </summary>
    private static int ToBefore(SentenceView view, ClaimCues cues, int first)
    {
        int i = view.MentionFirst(first) - 1;
        i -= view.Is(i, "the") ? 1 : 0;
        int groupEnd = view.Is(i, "of") ? i - 1 : view.Is(i, "by") && view.Is(i - 1, "led") ? i - 2 : -1;
        if (groupEnd >= 0)
        {
            if (cues.LesseeGroups.StartEndingAt(view, groupEnd, MaxGroupWords) is not (>= 0 and var group))
            {
                return -1;
            }

            i = group - 1;
            // "to a Chinese consortium led by": the group's nationality is not a party of its own.
            i -= view.MentionIndexAt(i) is >= 0 and var nationality && view.Mention(nationality).Kind == MentionKind.Demonym ? 1 : 0;
            i -= view.Is(i, "state") ? 1 : 0;
            i -= view.Is(i, "a") || view.Is(i, "an") || view.Is(i, "the") ? 1 : 0;
        }

        return view.Is(i, "to") ? i : -1;
    }

    /// <summary>
    /// The project named before the participle, which ends at <paramref name="i"/>, past an auxiliary, a relative pronoun, a
    /// comma and up to <see cref="MaxReach"/> tokens of its head noun, a place or an apposition; -1 when none.
    /// </summary>
    private static int Project(SentenceView view, int i)
    {
        while (i >= view.First && (view.Is(i, "was") || view.Is(i, "were") || view.Is(i, "been") || view.Is(i, "had") || view.Is(i, "has")
            || view.Is(i, "is") || view.Is(i, "are") || view.Is(i, "being") || view.Is(i, "which") || view.Is(i, "that")))
        {
            i--;
        }

        for (int start = i; i >= view.First && start - i < MaxReach; i--)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                EntityType type = view.Mention(m).Entity.Type;
                if (type == EntityType.Project && !view.IsPossessive(m))
                {
                    return m;
                }

                if (type != EntityType.Place)
                {
                    return -1;
                }

                i = view.MentionFirst(m);
            }
            else if (!(VerbShapes.IsLowerWord(view, i) || view.Is(i, ",") || view.Is(i, "'s") || view.Is(i, "’s"))
                || GrammarWords.ClauseBreaks.StartsAt(view, i) || view.Is(i, "and") || view.Is(i, "but") || view.Is(i, "to"))
            {
                return -1;
            }
        }

        return -1;
    }
}
