using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A body's unit named in apposition after the body and a noun of claim_cues <c>apposed_units</c> ("the U.N. mission,
/// MONUSCO", "the UN refugee agency, UNHCR,") → the unit PART_OF the body (<see cref="ObjectFinder.ApposedUnit"/>).
/// </summary>
internal static class ApposedUnitReader
{
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("PART_OF") is not { } partOf)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (ObjectFinder.ApposedUnit(view, m, lexicon.Cues) is not (>= 0 and var unit))
            {
                continue;
            }

            int title = view.MentionFirst(unit) - 2;
            output.Add((new ClaimCandidate(unit, m, 0.85f, title, title, null), new Trigger([view.Word(title).ToString()], TriggerKind.Title, partOf, null), title));
        }
    }
}
