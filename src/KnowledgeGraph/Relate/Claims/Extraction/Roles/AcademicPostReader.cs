using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A person's relative clause of academic work at an organisation ("said Chen Haoran, who studies South Asia at Renmin
/// University in Beijing"; "…, who teaches economics at Kabul University"): the person HOLDS_ROLE_IN the organisation
/// right after "at" (past "the"). The verb (claim_cues <c>academic_work</c>) follows ", who" at once; between it and
/// "at" stand at most <see cref="MaxField"/> tokens of the field, which hold no punctuation and no name but a place or
/// country ("South Asia").
/// </summary>
internal static class AcademicPostReader
{
    private const int MaxField = 6;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("HOLDS_ROLE_IN") is not { } role)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            int comma = view.AfterMention(m);
            if (view.Mention(m).Entity.Type != EntityType.Person || view.IsPossessive(m) || !view.Is(comma, ",") || !view.Is(comma + 1, "who")
                || lexicon.Cues.AcademicWork.LongestAt(view, comma + 2) is not (> 0 and var verb)
                || BodyAfterField(view, comma + 2 + verb) is not (>= 0 and var body))
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, body, 0.85f, comma + 2, comma + 2, null), new Trigger(["at"], TriggerKind.Title, role, null), comma + 2));
        }
    }

    /// <summary>The organisation named right after the first "at" (and "the") from <paramref name="from"/> on, past the field; -1 when none.</summary>
    private static int BodyAfterField(SentenceView view, int from)
    {
        for (int k = from; k < view.End && k <= from + MaxField; k++)
        {
            if (view.Is(k, "at"))
            {
                int first = view.Is(k + 1, "the") ? k + 2 : k + 1;
                return view.MentionIndexAt(first) is >= 0 and var body && view.MentionFirst(body) == first
                    && view.Mention(body).Entity.Type == EntityType.Organisation && view.Mention(body).Kind != MentionKind.Demonym ? body : -1;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-")
                || view.MentionIndexAt(k) is >= 0 and var named && view.Mention(named).Entity.Type is not (EntityType.Place or EntityType.Country))
            {
                return -1;
            }
        }

        return -1;
    }
}
