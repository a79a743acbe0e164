using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A body's unit named in apposition after the body and a noun of claim_cues <c>apposed_units</c> ("the U.N. mission,
/// MONUSCO", "the UN refugee agency, UNHCR,") → the unit PART_OF the body (<see cref="ObjectFinder.ApposedUnit"/>); and
/// the other way round, a unit described in apposition by the body's name, lower-case words and such a noun, the
/// apposition closed by punctuation ("UNHCR, the U.N. refugee agency, said", "the International Organization for
/// Migration, the U.N. migration agency,").
/// </summary>
internal static class ApposedUnitReader
{
    private const int MaxUnitWords = 2;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("PART_OF") is not { } partOf)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (DescribedUnitNoun(view, m, lexicon.Cues) is (>= 0 and var body, var noun))
            {
                output.Add((new ClaimCandidate(m, body, 0.85f, noun, noun, null), new Trigger([view.Word(noun).ToString()], TriggerKind.Title, partOf, null), noun));
            }

            if (ObjectFinder.ApposedUnit(view, m, lexicon.Cues) is not (>= 0 and var unit))
            {
                continue;
            }

            int title = view.MentionFirst(unit) - 2;
            output.Add((new ClaimCandidate(unit, m, 0.85f, title, title, null), new Trigger([view.Word(title).ToString()], TriggerKind.Title, partOf, null), title));
        }
    }

    /// <summary>
    /// For "UNHCR, the U.N. refugee agency,": the body mention ("U.N.") and the unit noun's token ("agency"); (-1, -1) when
    /// mention <paramref name="m"/> is not so described.
    /// </summary>
    private static (int Body, int Noun) DescribedUnitNoun(SentenceView view, int m, ClaimCues cues)
    {
        Mention unit = view.Mention(m);
        int comma = view.AfterMention(m);
        if (unit.Entity.Type is not (EntityType.Organisation or EntityType.Group or EntityType.Project) || unit.Kind == MentionKind.Demonym
            || view.IsPossessive(m) || !view.Is(comma, ",") || !view.Is(comma + 1, "the")
            || view.MentionIndexAt(comma + 2) is not (>= 0 and var body) || view.MentionFirst(body) != comma + 2 || view.IsPossessive(body)
            || view.Mention(body).Kind is not (MentionKind.Name or MentionKind.Acronym) || view.Mention(body).Entity.Type != EntityType.Organisation
            || view.Mention(body).Entity == unit.Entity)
        {
            return (-1, -1);
        }

        int i = view.MentionLast(body) + 1;
        for (int words = 0; words < MaxUnitWords + 1 && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0; words++)
        {
            if (cues.ApposedUnits.LongestAt(view, i) == 1 && (i + 1 >= view.End || view.IsPunctuation(i + 1)))
            {
                return (body, i);
            }

            i++;
        }

        return (-1, -1);
    }
}
