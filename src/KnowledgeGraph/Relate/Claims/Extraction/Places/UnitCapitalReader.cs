using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// "Fayzabad, the provincial capital", "the regional capital Taraz": a place a capital phrase describes
/// (<see cref="CapitalReader.Described"/>) whose adjective coreference resolved (<see cref="SentenceView.QualifierAt"/>) to a state's unit named before
/// (<c>Resolve.Coreference.UnitCapitals</c>) is PART_OF that unit.
/// </summary>
internal static class UnitCapitalReader
{
    /// <summary>Appends (mention, PART_OF, unit) for each place the view calls the capital of a unit referred to.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        PredicateDefinition? partOf = null;
        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            if (mention.Entity.Type != EntityType.Place || mention.Kind is MentionKind.Demonym or MentionKind.Partial || view.IsPossessive(m)
                || CapitalReader.Described(view, m) is not (>= 0 and var word)
                || view.QualifierAt(word - 1) is not { Type: EntityType.Place } unit || unit == mention.Entity)
            {
                continue;
            }

            if ((partOf ??= lexicon.Find("PART_OF")) is { } predicate)
            {
                output.Add((m, predicate, unit));
            }
        }
    }
}
