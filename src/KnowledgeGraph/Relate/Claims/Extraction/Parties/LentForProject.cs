using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>The project a loan is for, named after "for" behind its lender ("a loan from China for the Gwadar port").</summary>
internal static class LentForProject
{
    private const int MaxReach = 12;
    private const int MaxFillers = 3;

    /// <summary>
    /// The project named after "for" (and an article and up to three lower-case words: "for the planned")
    /// behind a giver whose phrase goes on from <paramref name="i"/>, perhaps past "to", a recipient and its apposition
    /// ("from China Development Bank to Samruk-Kazyna, Kazakhstan's sovereign wealth fund, for the planned Ekibastuz
    /// gasification plant"); -1 when none.
    /// </summary>
    public static int Find(SentenceView view, int i)
    {
        int start = i;
        while (i < view.End && i - start <= MaxReach && !view.Is(i, "for"))
        {
            if (!(view.Is(i, "to") || view.Is(i, ",") || view.Is(i, "'s") || view.Is(i, "’s") || view.MentionIndexAt(i) >= 0
                || VerbShapes.IsLowerWord(view, i) && !GrammarWords.ClauseBreaks.StartsAt(view, i) && !view.Is(i, "which") && !view.Is(i, "that") && !view.Is(i, "who")
                    && !view.Is(i, "and") && !view.Is(i, "from")))
            {
                return -1;
            }

            i++;
        }

        if (!view.Is(i, "for") || i - start > MaxReach)
        {
            return -1;
        }

        i++;
        i += view.Is(i, "the") || view.Is(i, "a") || view.Is(i, "an") ? 1 : 0;
        for (int n = 0; n < MaxFillers && i < view.End && view.MentionIndexAt(i) < 0 && VerbShapes.IsLowerWord(view, i); n++)
        {
            i++;
        }

        return view.MentionIndexAt(i) is >= 0 and var project && view.MentionFirst(project) == i && view.Mention(project).Entity.Type == EntityType.Project
            && !view.IsPossessive(project) ? project : -1;
    }
}
