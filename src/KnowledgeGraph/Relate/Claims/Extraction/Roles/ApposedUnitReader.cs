using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A body's unit named in apposition after the body and a unit title of PART_OF ("the U.N. mission, MONUSCO", "the UN
/// refugee agency, UNHCR,") → the unit PART_OF the body (<see cref="ObjectFinder.ApposedUnit"/>). The title before the
/// comma is one of the PART_OF predicate's titles (affiliate, branch, wing, mission, agency …).
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
            if (ObjectFinder.ApposedUnit(view, m) is not (>= 0 and var unit))
            {
                continue;
            }

            int title = view.MentionFirst(unit) - 2;
            if (!IsPartTitle(view, partOf, title))
            {
                continue;
            }

            output.Add((new ClaimCandidate(unit, m, 0.85f, title, title, null), new Trigger([view.Word(title).ToString()], TriggerKind.Title, partOf, null), title));
        }
    }

    private static bool IsPartTitle(SentenceView view, PredicateDefinition partOf, int i)
    {
        foreach (string title in partOf.Titles)
        {
            if (view.Is(i, title))
            {
                return true;
            }
        }

        return false;
    }
}
