using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A company that holds a contract to work on a project builds or runs it: a noun of claim_cues <c>contract_nouns</c> taken
/// by a control verb ("signed", "won", "holds": <see cref="ContractParty.GoverningVerb"/>), a few words ("worth $2.1
/// billion"), "with", a company (or a group of claim_cues <c>lessee_groups</c> "led by" or "of" one), perhaps others
/// coordinated with it, then "to", a verb of claim_cues <c>contract_work_verbs</c> and, within a few words, a project
/// ("signed contracts worth $2.1 billion with China Railway Group and its subsidiary China Railway Tunnel Group to build
/// the mountain section of the China-Kyrgyzstan-Uzbekistan railway") → each company named right after "with" (or "and")
/// BUILDS_OR_OPERATES the project; so does a company that wins or holds a contract the project names
/// ("MCC won the Mes Aynak concession in 2008"). Only a company (<see cref="ContractParty.IsCompany"/>): a contract
/// with a state or a government is an agreement between them, and a contract cancelled is not held.
/// </summary>
internal static class ContractHolderReader
{
    /// <summary>Tokens between the contract noun and "with": "worth $2.1 billion".</summary>
    private const int MaxGap = 5;
    /// <summary>Tokens between the holders and "to": "and its subsidiary China Railway Tunnel Group", "(CAPEIC)".</summary>
    private const int MaxTail = 10;
    /// <summary>Tokens between the verb and the project: "lithium at the", "the mountain section of the".</summary>
    private const int MaxObjectReach = 6;
    /// <summary>Words of a group noun before "led by" or "of" and its company: "a Chinese consortium led by".</summary>
    private const int MaxGroupWords = 2;

    /// <summary>The contract nouns: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.ContractNouns.FirstWords;

    /// <summary>Adds to <paramref name="output"/> a BUILDS_OR_OPERATES candidate for each contract holder and project the sentence names.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BUILDS_OR_OPERATES") is not { } builds)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int noun = view.First; noun < view.End; noun++)
        {
            if (view.MentionIndexAt(noun) >= 0 || !cues.ContractNouns.StartsAt(view, noun))
            {
                continue;
            }

            if (NamedContract(view, cues, noun) is (>= 0 and var winner, var named))
            {
                // "MCC won the Mes Aynak concession": the project names the contract, its winner builds or runs it.
                var won = Trigger.OfWord(view, noun, TriggerKind.Noun, builds, null);
                output.Add((new ClaimCandidate(winner, named, 0.75f, view.MentionFirst(winner), noun + 1, null), won, noun));
                continue;
            }

            if (ContractParty.GoverningVerb(view, cues, noun) < 0 || With(view, noun + 1) is not (>= 0 and var with))
            {
                continue;
            }

            var holders = new List<int>();
            int i = Holder(view, cues, with + 1, holders);
            if (holders.Count == 0)
            {
                continue;
            }

            int to = -1;
            for (int tail = 0; i < view.End && tail <= MaxTail; i++, tail++)
            {
                if (view.Is(i, "to"))
                {
                    to = i;
                    break;
                }

                if (GrammarWords.ClauseBreaks.StartsAt(view, i) || view.Is(i, ",") || view.Is(i, "for") || view.Is(i, "with"))
                {
                    break;
                }

                if ((view.Is(i, "and") || view.Is(i, ",")) && view.MentionIndexAt(i + 1) is >= 0 and var next && IsCompany(view, next))
                {
                    holders.Add(next);
                }
            }

            int verb = to + 1;
            if (to < 0 || cues.ContractWorkVerbs.LongestAt(view, verb) is not (> 0 and var verbLength)
                || Project(view, verb + verbLength) is not (>= 0 and var project))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, builds, "to");
            foreach (int holder in holders)
            {
                output.Add((new ClaimCandidate(holder, project, 0.75f, noun, view.AfterMention(project), null), trigger, verb));
            }
        }
    }

    /// <summary>
    /// A company, a control verb, "the" and a project right before the contract noun at <paramref name="noun"/> ("MCC won
    /// the Mes Aynak concession"): the company's and the project's mentions; (-1, -1) when the words are not so.
    /// </summary>
    private static (int Holder, int Project) NamedContract(SentenceView view, ClaimCues cues, int noun)
    {
        if (view.MentionIndexAt(noun - 1) is not (>= 0 and var project) || view.Mention(project).Entity.Type != EntityType.Project
            || view.IsPossessive(project))
        {
            return (-1, -1);
        }

        int verb = view.MentionFirst(project) - 1;
        verb -= view.Is(verb, "the") ? 1 : 0;
        int before = verb - 1;
        if (view.Is(before, ")") && view.Is(before - 2, "("))
        {
            // "China National Petroleum Corporation (CNPC) won": the acronym in brackets names the company too.
            before -= 3;
        }

        return verb > view.First && view.MentionIndexAt(verb) < 0 && cues.ControlVerbs.StartsAt(view, verb)
            && view.MentionIndexAt(before) is >= 0 and var holder && IsCompany(view, holder)
            ? (holder, project)
            : (-1, -1);
    }

    /// <summary>The "with" within <see cref="MaxGap"/> tokens from <paramref name="i"/>, past no mention or clause break; -1 when none.</summary>
    private static int With(SentenceView view, int i)
    {
        for (int gap = 0; i < view.End && gap <= MaxGap; i++, gap++)
        {
            if (view.Is(i, "with"))
            {
                return i;
            }

            if (view.MentionIndexAt(i) >= 0 || view.Is(i, ",") || view.Is(i, "to") || GrammarWords.ClauseBreaks.StartsAt(view, i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Adds the company named at token <paramref name="i"/> (past an article and a group "led by" or "of") to
    /// <paramref name="holders"/>; returns the token after it, or <paramref name="i"/> when none is named there.
    /// </summary>
    private static int Holder(SentenceView view, ClaimCues cues, int i, List<int> holders)
    {
        i += view.Is(i, "a") || view.Is(i, "an") || view.Is(i, "the") ? 1 : 0;
        int j = i;
        j += view.MentionIndexAt(j) is >= 0 and var nationality && view.Mention(nationality).Kind == MentionKind.Demonym ? 1 : 0;
        j += view.Is(j, "state") || view.Is(j, "state-owned") ? 1 : 0;
        if (cues.LesseeGroups.LongestAt(view, j) is > 0 and var group && group <= MaxGroupWords)
        {
            j += group;
            j += view.Is(j, "led") && view.Is(j + 1, "by") ? 2 : view.Is(j, "of") ? 1 : 0;
            j += view.Is(j, "the") ? 1 : 0;
            i = j;
        }

        if (view.MentionIndexAt(i) is not (>= 0 and var m) || view.MentionFirst(m) != i || !IsCompany(view, m))
        {
            return i;
        }

        holders.Add(m);
        return view.AfterMention(m);
    }

    /// <summary>
    /// True when mention <paramref name="m"/> names a company (<see cref="ContractParty.IsCompany"/>) by its name, not a
    /// demonym or a possessive.
    /// </summary>
    private static bool IsCompany(SentenceView view, int m) =>
        ContractParty.IsCompany(view.Mention(m).Entity) && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessive(m);

    /// <summary>The project named within <see cref="MaxObjectReach"/> tokens from <paramref name="i"/>, past lower-case words only; -1 when none.</summary>
    private static int Project(SentenceView view, int i)
    {
        for (int reach = 0; i < view.End && reach <= MaxObjectReach; i++, reach++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                return view.Mention(m).Entity.Type == EntityType.Project && !view.IsPossessive(m) ? m : -1;
            }

            if (!VerbShapes.IsLowerWord(view, i) || GrammarWords.ClauseBreaks.StartsAt(view, i) || view.Is(i, "and") || view.Is(i, "to"))
            {
                return -1;
            }
        }

        return -1;
    }
}
