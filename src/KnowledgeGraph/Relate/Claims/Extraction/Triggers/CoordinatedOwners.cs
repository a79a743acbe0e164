using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The parties coordinated with the one a nominal trigger's claim belongs to, so that each gets the claim: owners of
/// the same kind before the noun's owner ("Chinese, Qatari and Uzbek relief", "China's and Russia's support for") and
/// agents after the first one after "by" ("attacks on Chinese workers by the Balochistan Liberation Army and the Pakistani
/// Taliban").
/// </summary>
internal static class CoordinatedOwners
{
    /// <summary>
    /// Adds to <paramref name="subjects"/> the owners coordinated by commas and "and" before the owner
    /// <paramref name="m"/>, each of its kind: demonyms with a demonym, possessives with a possessive.
    /// </summary>
    public static void AddBefore(SentenceView view, int m, float weight, List<Argument> subjects)
    {
        bool demonym = view.Mention(m).Kind == MentionKind.Demonym;
        bool sawAnd = false;
        int j = view.MentionFirst(m) - 1;
        while (j > view.First)
        {
            int next;
            if (view.Is(j, "and"))
            {
                sawAnd = true;
                next = view.Is(j - 1, ",") ? j - 2 : j - 1;
            }
            else if (sawAnd && view.Is(j, ","))
            {
                next = j - 1;
            }
            else
            {
                return;
            }

            int other = SubjectFinder.EndingAt(view, next);
            if (other < 0 || (view.Mention(other).Kind == MentionKind.Demonym) != demonym || view.IsPossessive(other) != view.IsPossessive(m))
            {
                return;
            }

            subjects.Add(new Argument(other, weight));
            j = view.MentionFirst(other) - 1;
        }
    }

    /// <summary>
    /// Adds to <paramref name="subjects"/> the agents (<see cref="NounAgents.Agent"/>) coordinated by commas and "and" after
    /// the agent <paramref name="agent"/>, and returns the token after the last. A list needs its "and" ("attacks by the
    /// TTP, Pakistan said" lists nothing), and a name after ", and" that a lower-case word follows opens a clause of its own
    /// ("attacks by the TTP, and Pakistan has responded").
    /// </summary>
    public static int AddAfter(SentenceView view, int agent, float weight, List<Argument> subjects)
    {
        int listed = subjects.Count;
        int i = view.AfterMention(agent);
        int end = i;
        while (view.Is(i, ",") || view.Is(i, "and"))
        {
            bool commaAnd = view.Is(i, ",") && view.Is(i + 1, "and");
            int at = commaAnd ? i + 2 : i + 1;
            if (NounAgents.Agent(view, at) is not (>= 0 and var other) || commaAnd && ObjectClauseBoundaries.OpensClause(view, view.AfterMention(other)))
            {
                break;
            }

            subjects.Add(new Argument(other, weight));
            i = view.AfterMention(other);
            if (view.Is(at - 1, "and"))
            {
                listed = subjects.Count;
                end = i;
            }
        }

        subjects.RemoveRange(listed, subjects.Count - listed);
        return end;
    }
}
