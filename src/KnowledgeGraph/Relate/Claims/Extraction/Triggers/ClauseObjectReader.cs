using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A verb trigger written with "that" (CRITICIZES "complain that") takes as its object the party the that-clause is
/// about, not a name further on: "Chinese officials have privately complained that Pakistan's security forces are
/// stretched thin" → China CRITICIZES Pakistan; "Tehran has complained that a second Taliban-backed dam … will starve
/// Mashhad" → Iran CRITICIZES Taliban; coordinated parties ("assembly plants in Uzbekistan and Kazakhstan") each. The
/// party is the clause's first mention within a few words and before any clause break; a demonym counts only before an
/// actor noun ("could divert Chinese cargo" names no party). One instance per reader; not thread-safe.
/// </summary>
internal sealed class ClauseObjectReader
{
    /// <summary>Most tokens between "that" and the party.</summary>
    private const int MaxClause = 10;

    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> subjects = [];

    public ClauseObjectReader(ClaimCues cues, SubjectFinder subjectFinder)
    {
        this.cues = cues;
        this.subjectFinder = subjectFinder;
    }

    /// <summary>True when the trigger matched at [<paramref name="start"/>, <paramref name="end"/>) ends with "that".</summary>
    public static bool EndsWithThat(SentenceView view, int start, int end) => end - start > 1 && view.Is(end - 1, "that");

    /// <summary>
    /// Adds a candidate from each subject of the verb at <paramref name="start"/> to each party of the that-clause whose
    /// "that" ends the trigger at <paramref name="end"/>.
    /// </summary>
    public void Read(SentenceView view, Trigger trigger, int start, int end, List<ClaimCandidate> output)
    {
        int party = ClauseParty(view, end);
        if (party < 0)
        {
            return;
        }

        subjectFinder.Find(view, start, subjects, out int bridge,
            allowConjoined: VerbContext.IsPastForm(view, trigger, trigger.Predicate, start));
        for (int m = party; m >= 0; m = Conjoined(view, m))
        {
            foreach (Argument subject in subjects)
            {
                if (view.Mention(subject.Mention).Entity.Id != view.Mention(m).Entity.Id)
                {
                    output.Add(new ClaimCandidate(subject.Mention, m, 0.8f * subject.Weight, bridge, start, null));
                }
            }
        }
    }

    /// <summary>The first party of the clause from <paramref name="i"/> on, within a few words and before any clause break; else -1.</summary>
    private int ClauseParty(SentenceView view, int i)
    {
        for (int j = i; j < view.End && j < i + MaxClause; j++)
        {
            int m = view.MentionIndexAt(j);
            if (m >= 0 && view.MentionFirst(m) == j)
            {
                if (view.Mention(m).Entity.Type is EntityType.Place or EntityType.Event)
                {
                    return -1;
                }

                if (view.Mention(m).Kind != MentionKind.Demonym || cues.Actors.StartsAt(view, view.AfterMention(m)))
                {
                    return m;
                }

                j = view.AfterMention(m) - 1;
                continue;
            }

            if (GrammarWords.ClauseBreaks.StartsAt(view, j) || view.Is(j, "\"") || view.Is(j, "(") || view.Is(j, "that") || view.Is(j, ","))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The party "and" joins right after <paramref name="m"/> ("Uzbekistan and Kazakhstan"); else -1.</summary>
    private static int Conjoined(SentenceView view, int m)
    {
        int and = view.AfterMention(m);
        return view.Is(and, "and") && view.MentionIndexAt(and + 1) is >= 0 and var next && view.MentionFirst(next) == and + 1
            && !view.IsPossessive(m) && view.Mention(next).Kind != MentionKind.Demonym
            && view.Mention(next).Entity.Type is not (EntityType.Place or EntityType.Event) ? next : -1;
    }
}
