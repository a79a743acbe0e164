using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A body said to include the parties named after a verb of inclusion (<c>inclusion_verbs</c>): "It now includes India,
/// Pakistan and Iran" (it = the SCO) → each MEMBER_OF the SCO; a format or project that includes countries ("The Moscow
/// format … It includes Russia, China, India …") → each PART_OF it, since membership is of organisations. The body is
/// the verb's subject; the parties are the names listed right after the verb (after "the" at most). One instance per
/// reader; not thread-safe.
/// </summary>
internal sealed class InclusionReader
{
    private const int MaxVerbWords = 4;
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> bodies = [];

    public InclusionReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("MEMBER_OF") is not { } member || lexicon.Find("PART_OF") is not { } part)
        {
            return;
        }

        // Driven by the first listed name, not by every token: the verb ends right before it (or before its "the").
        for (int first = 0; first < view.MentionCount; first++)
        {
            int before = view.MentionFirst(first) - 1;
            before -= view.Is(before, "the") ? 1 : 0;
            int i = lexicon.Cues.InclusionVerbs.StartEndingAt(view, before, MaxVerbWords);
            if (i < 0 || !MembershipReader.IsMember(view, first))
            {
                continue;
            }

            subjectFinder.Find(view, i, bodies, out int bridge);
            int last = MembershipReader.Last(view, first);
            foreach (Argument body in bodies)
            {
                Entity entity = view.Mention(body.Mention).Entity;
                PredicateDefinition? predicate = entity.Type switch
                {
                    EntityType.Organisation or EntityType.Group => member,
                    EntityType.Project or EntityType.Event => part,
                    _ => null,
                };
                if (predicate is null || view.Mention(body.Mention).Kind == MentionKind.Demonym)
                {
                    continue;
                }

                var trigger = new Trigger([view.Word(i).ToString()], TriggerKind.Verb, predicate, null);
                for (int m = first; m <= last; m++)
                {
                    output.Add((new ClaimCandidate(m, body.Mention, 0.85f * body.Weight, bridge, i, null), trigger, i));
                }
            }

            first = last;
        }
    }
}
