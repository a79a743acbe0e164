using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A person who takes power leads the one state the sentence names: "Army Chief of Staff Juvenal Habyarimana seized
/// power in a coup in 1973 and ruled Rwanda", "Vice President Daniel Arap Moi took power in a constitutional succession"
/// (Kenya named before), "a series of coups, the first of which brought Jean-Bedel Bokassa to power" → LEADS. The phrases
/// are claim_cues <c>power_taking</c>, right after the person (past bridges: "who seized power"), or a verb of
/// <c>power_bringing</c> before the person and "to power" after; the state is the only country the sentence names, by name, demonym or capital. One instance per reader;
/// not thread-safe.
/// </summary>
internal sealed class PowerTakingReader
{
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly PredicateDefinition? leads;
    private readonly List<Argument> subjects = [];

    public PowerTakingReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        this.subjectFinder = subjectFinder;
        leads = lexicon.Find("LEADS");
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (leads is null || StateMentionFinder.OnlyStateMention(view) is not (>= 0 and var state))
        {
            return;
        }

        // From each person, not each token: few sentences name a person and exactly one state.
        for (int person = 0; person < view.MentionCount; person++)
        {
            if (view.Mention(person).Entity.Type != EntityType.Person)
            {
                continue;
            }

            // "brought Jean-Bedel Bokassa to power".
            int after = view.AfterMention(person);
            if (view.Is(after, "to") && view.Is(after + 1, "power") && cues.PowerBringing.LongestAt(view, view.MentionFirst(person) - 1) == 1)
            {
                Add(view, person, state, after, output);
                continue;
            }

            int phrase = PhraseAfter(view, after);
            if (phrase < 0)
            {
                continue;
            }

            subjectFinder.Find(view, phrase, subjects, out _);
            foreach (Argument subject in subjects)
            {
                if (subject.Mention == person)
                {
                    Add(view, person, state, phrase, output);
                }
            }
        }
    }

    /// <summary>Adds the claim, unless the state is named only by other actors after the phrase (<see cref="OtherActors"/>).</summary>
    private void Add(SentenceView view, int person, int state, int at, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (OtherActors.Named(view, cues, state, at))
        {
            return;
        }

        output.Add((new ClaimCandidate(person, state, 0.85f, at, at, null), new Trigger(["power"], TriggerKind.Verb, leads!, null), at));
    }

    /// <summary>The first token of a power-taking phrase within a few bridge words after <paramref name="from"/>; -1 when none.</summary>
    private int PhraseAfter(SentenceView view, int from)
    {
        const int MaxBridges = 4;
        for (int j = from; j < view.End && j <= from + MaxBridges; j++)
        {
            if (cues.PowerTaking.LongestAt(view, j) > 0)
            {
                return j;
            }

            if (view.MentionIndexAt(j) >= 0 || (view.IsPunctuation(j) && !view.Is(j, ",")))
            {
                return -1;
            }
        }

        return -1;
    }
}
