using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Reads, for <see cref="PartnerReader"/>, the named examples after a plural role noun ("Western allies like India and
/// Turkey", "China's partners such as Pakistan"): each holds the role towards the party named right before it. One
/// instance per reader; not thread-safe.
/// </summary>
internal sealed class PartnerExampleReader
{
    private static readonly string[] Preps = PartnerReader.Preps;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> objects = [];

    public PartnerExampleReader(ObjectFinder objectFinder)
    {
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// "Western allies like India and Turkey", "China's partners such as Pakistan": the named examples after a plural role
    /// hold it towards the party named right before it (a demonym, a possessor or a name).
    /// </summary>
    public void Read(SentenceView view, int at, Trigger role, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        int owner = SubjectFinder.EndingAt(view, at - 1);
        if (owner < 0 || !view.Word(after - 1).EndsWith('s'))
        {
            return;
        }

        int j = view.Is(after, "(") ? after + 1 : after;
        if (view.Is(j, "like") || view.Is(j, "including"))
        {
            j++;
        }
        else if (view.Is(j, "such") && view.Is(j + 1, "as"))
        {
            j += 2;
        }
        else
        {
            return;
        }

        if (view.Is(j, "the"))
        {
            j++;
        }

        if (view.MentionIndexAt(j) < 0)
        {
            return;
        }

        objectFinder.Find(view, j, Preps, direct: true, objects);
        foreach (Argument holder in objects)
        {
            output.Add((new ClaimCandidate(holder.Mention, owner, holder.Weight * 0.85f, at, at, null), role, at));
        }
    }
}
