using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Co-builders after "with": a verb of claim_cues <c>co_building_verbs</c>, a project right after it (and "the"), then
/// "with" (or "together with") and an actor's name, or several coordinated ("Uzbekistan is building the Trans-Afghan
/// Railway with Kabul and Islamabad") → each party after "with" BUILDS_OR_OPERATES the project too. The project may also
/// be the antecedent of the relative clause the verb ends ("the railway, which Chinese state firms are building with Kyrgyz
/// and Uzbek partners", "the INSTC, a trade route it is building with Iran and India"), and the party the antecedent of
/// "with whom" before the verb and its project ("the Taliban, with whom it is developing the TAPI pipeline"). Only a
/// country, organisation or group named, never a possessive or a demonym ("built with Chinese money", "with Beijing's
/// help"), save demonyms before a companion noun ("with Kyrgyz and Uzbek partners"). Driven by the party's mention.
/// </summary>
internal static class CoBuilderReader
{
    private const int MaxParties = 6;
    private const int MaxClauseWords = 6;

    /// <summary>The building verbs: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.CoBuildingVerbs.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BUILDS_OR_OPERATES") is not { } builds)
        {
            return;
        }

        for (int party = 0; party < view.MentionCount; party++)
        {
            Mention named = view.Mention(party);
            bool companions = named.Kind == MentionKind.Demonym && BeforeCompanions(view, lexicon.Cues, party);
            if (!NamedParty.Is(view, party) && !companions)
            {
                continue;
            }

            int with = WithBefore(view, party, companions);
            int before = view.Is(with - 1, "together") ? with - 2 : with - 1;
            if (with < 0)
            {
                continue;
            }

            int project, verb;
            if (view.MentionIndexAt(before) is >= 0 and var after)
            {
                int first = view.MentionFirst(after);
                (project, verb) = (after, view.Is(first - 1, "the") ? first - 2 : first - 1);
            }
            else
            {
                (project, verb) = (RelativeProject(view, before), before);
            }

            if (project < 0 || !IsProject(view, project, named) || verb < view.First || !lexicon.Cues.CoBuildingVerbs.StartsAt(view, verb))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, builds);
            output.Add((new ClaimCandidate(party, project, 0.8f, Math.Max(view.First, verb - 2), with, null), trigger, verb));
        }

        ReadWithWhom(view, lexicon, builds, output);
    }

    /// <summary>
    /// "the Taliban, with whom it is developing the TAPI pipeline": the name before ", with whom" builds the project right
    /// after the building verb (and "the") that ends the clause's subject and auxiliaries.
    /// </summary>
    private static void ReadWithWhom(SentenceView view, PredicateLexicon lexicon, PredicateDefinition builds, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int project = 0; project < view.MentionCount; project++)
        {
            int first = FullNameFirst(view, project);
            int verb = view.Is(first - 1, "the") ? first - 2 : first - 1;
            if (verb <= view.First || !lexicon.Cues.CoBuildingVerbs.StartsAt(view, verb))
            {
                continue;
            }

            int whom = -1;
            for (int i = verb - 1; i > view.First && verb - i <= MaxClauseWords && !view.Is(i, ","); i--)
            {
                whom = view.Is(i, "whom") && view.Is(i - 1, "with") ? i : -1;
                if (whom >= 0)
                {
                    break;
                }
            }

            int before = whom < 0 ? -1 : view.Is(whom - 2, ",") ? whom - 3 : whom - 2;
            if (whom < 0 || SubjectFinder.NamedEndingAt(view, before) is not (>= 0 and var party)
                || !NamedParty.Is(view, party) || !IsProject(view, project, view.Mention(party)))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, builds);
            output.Add((new ClaimCandidate(party, project, 0.8f, whom - 1, verb + 1, null), trigger, verb));
        }
    }

    /// <summary>
    /// The first word of the project's name written in full before its short form in brackets ("the
    /// Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline": the name words and hyphens before "(TAPI)"), else
    /// the mention's own first word.
    /// </summary>
    private static int FullNameFirst(SentenceView view, int project)
    {
        int first = view.MentionFirst(project);
        if (!view.Is(first - 1, "(") || !view.Is(view.MentionLast(project) + 1, ")"))
        {
            return first;
        }

        int i = first - 2;
        while (i > view.First && (view.MentionIndexAt(i) >= 0 || view.Is(i, "-")))
        {
            i--;
        }

        return i + 1 < first - 1 ? i + 1 : first;
    }

    /// <summary>A project other than the party, not written as a possessor.</summary>
    private static bool IsProject(SentenceView view, int project, Mention party) =>
        view.Mention(project).Entity.Type == EntityType.Project && !view.IsPossessive(project)
        && view.Mention(project).Entity.Id != party.Entity.Id;

    /// <summary>
    /// The project a relative clause ending in the building verb at <paramref name="verb"/> is about: the name (or the
    /// name a description stands beside) before "which" or "that" a few words before the verb, or before a pronoun
    /// subject with no relative word ("a trade route it is building"); -1 when there is none.
    /// </summary>
    private static int RelativeProject(SentenceView view, int verb)
    {
        for (int i = verb - 1; i > view.First && verb - i <= MaxClauseWords && !view.Is(i, ","); i--)
        {
            bool relative = view.Is(i, "which") || view.Is(i, "that");
            bool contact = (view.Is(i, "it") || view.Is(i, "they")) && !view.IsPunctuation(i - 1) && view.MentionIndexAt(i - 1) < 0;
            if (!relative && !contact)
            {
                continue;
            }

            int before = relative && view.Is(i - 1, ",") ? i - 2 : i - 1;
            return SubjectFinder.NamedEndingAt(view, before) is >= 0 and var named ? named : SubjectFinder.DescribedBy(view, before);
        }

        return -1;
    }

    /// <summary>
    /// Whether the demonym <paramref name="m"/> opens or joins a run of coordinated demonyms that a companion noun
    /// ("partners", "allies") closes: "with Kyrgyz and Uzbek partners".
    /// </summary>
    private static bool BeforeCompanions(SentenceView view, ClaimCues cues, int m)
    {
        int i = view.MentionLast(m) + 1;
        for (int n = 0; n < MaxParties && (view.Is(i, "and") || view.Is(i, ",")); n++)
        {
            int next = view.Is(i + 1, "and") ? i + 2 : i + 1;
            if (view.MentionIndexAt(next) is not (>= 0 and var other) || view.Mention(other).Kind != MentionKind.Demonym)
            {
                return false;
            }

            i = view.MentionLast(other) + 1;
        }

        return cues.Companions.StartsAt(view, i);
    }

    /// <summary>
    /// The "with" right before the party's name, or before the first of the names coordinated with it ("with Kabul and
    /// Islamabad"), all demonyms or none as <paramref name="demonyms"/> says; -1 when there is none.
    /// </summary>
    private static int WithBefore(SentenceView view, int party, bool demonyms)
    {
        int i = view.MentionFirst(party) - 1;
        for (int n = 0; n < MaxParties && i > view.First; n++)
        {
            if (view.Is(i, "with"))
            {
                return i;
            }

            if (!(view.Is(i, "and") || view.Is(i, ",")))
            {
                return -1;
            }

            int j = view.Is(i, "and") && view.Is(i - 1, ",") ? i - 2 : i - 1;
            if (view.MentionIndexAt(j) is not (>= 0 and var before) || (view.Mention(before).Kind == MentionKind.Demonym) != demonyms)
            {
                return -1;
            }

            i = view.MentionFirst(before) - 1;
        }

        return -1;
    }
}
