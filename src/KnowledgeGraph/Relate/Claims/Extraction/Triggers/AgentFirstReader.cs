using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A nominal trigger whose agent stands between its noun and its preposition: "attacks by the TTP on Chinese
/// nationals", "investment by Chinese firms in Kazakhstan" → the agent after "by" is the subject, the party after the
/// trigger's preposition the object ("the invasion of Ukraine by Russia", with the agent last, is read by
/// <see cref="NounReader"/>). One instance per reader; not thread-safe.
/// </summary>
internal sealed class AgentFirstReader
{
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> objects = [];

    public AgentFirstReader(ObjectFinder objectFinder) => this.objectFinder = objectFinder;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.MayHave("by"))
        {
            return;
        }

        for (int i = view.First; i + 3 < view.End; i++)
        {
            if (!view.Is(i + 1, "by") || view.MentionIndexAt(i) >= 0 || view.TriggersAt(i) is not { } list
                || NounReader.Agent(view, i + 2) is not (>= 0 and var agent))
            {
                continue;
            }

            int prep = view.AfterMention(agent);
            foreach (var (words, trigger) in list)
            {
                if (trigger.Kind != TriggerKind.Noun || words.Length != 2 || trigger.Prep is null || !view.Is(prep, trigger.Prep) || !view.Is(i, words[0]))
                {
                    continue;
                }

                objectFinder.Find(view, prep + 1, [], direct: true, objects, trigger.Predicate.PossessorObject);
                foreach (Argument target in objects)
                {
                    output.Add((new ClaimCandidate(agent, target.Mention, 0.9f * target.Weight, i, i, null), trigger, i));
                }

                break;
            }
        }
    }
}
