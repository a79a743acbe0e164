using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The candidates <see cref="VerbReader"/> makes among the coordinated parties of one side of a verb, with no party on the
/// other: the subjects of a reciprocal verb or of "each other" ("Azerbaijan and Armenia fought"), and the agents of a
/// symmetric passive with no patient ("a deal signed by China and Pakistan").
/// </summary>
internal static class CoordinatedPairs
{
    /// <summary>Every two of <paramref name="parties"/>, once (for a symmetric predicate).</summary>
    public static void Among(List<Argument> parties, int negationFrom, List<ClaimCandidate> output)
    {
        for (int a = 0; a < parties.Count; a++)
        {
            for (int b = a + 1; b < parties.Count; b++)
            {
                output.Add(new ClaimCandidate(parties[a].Mention, parties[b].Mention, Math.Min(parties[a].Weight, parties[b].Weight), negationFrom, negationFrom, null));
            }
        }
    }

    /// <summary>
    /// Each coordinated subject towards each other one: once per pair for a symmetric predicate,
    /// each way for a one-way one ("Azerbaijan and Armenia fought", "accuse each other").
    /// </summary>
    public static void EachOther(List<Argument> subjects, PredicateDefinition predicate, int bridge, int start, List<ClaimCandidate> output)
    {
        for (int a = 0; a < subjects.Count; a++)
        {
            for (int b = predicate.Symmetric ? a + 1 : 0; b < subjects.Count; b++)
            {
                if (a != b)
                {
                    output.Add(new ClaimCandidate(subjects[a].Mention, subjects[b].Mention, Math.Min(subjects[a].Weight, subjects[b].Weight), bridge, start, null));
                }
            }
        }
    }
}
