using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Two states a definite description calls neighbours border each other: "the two neighbours", resolved by coreference
/// to two named states (<see cref="SentenceView.AlsoMeant"/>), with a neighbour noun as its head (the BORDERS nouns
/// written before "of", <see cref="PartitiveNeighbourFinder.NeighbourNouns"/>) → BORDERS between them ("relations between
/// the two neighbours", "clashes between the two neighbours' forces"). Only a description opened by "the" says so: "both
/// neighbours" and "its two neighbours" are mostly a third state's neighbours, which need not border each other.
/// </summary>
internal sealed class NeighbourPairReader
{
    private readonly PredicateDefinition borders;
    private readonly WordSet nouns;

    public NeighbourPairReader(PredicateDefinition borders)
    {
        this.borders = borders;
        nouns = PartitiveNeighbourFinder.NeighbourNouns(borders);
    }

    /// <summary>Adds one candidate per such description, naming it on both sides: the claim is read through its other antecedent.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.HasPlural)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            if (view.Mention(m).Kind != MentionKind.Partial || view.AlsoMeant(m) is not { Count: 1 } others
                || !view.Is(view.MentionFirst(m), "the") || !nouns.At(view, view.MentionLast(m))
                || !IsState(view.Mention(m).Entity) || !IsState(others[0].Entity))
            {
                continue;
            }

            int noun = view.MentionLast(m);
            output.Add((new ClaimCandidate(m, m, 0.8f, noun, noun, null), new Trigger([view.Word(noun).ToString()], TriggerKind.Noun, borders, null), noun));
        }
    }

    private static bool IsState(Entity entity) => entity.Type is EntityType.Country or EntityType.Place;
}
