using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Finds the one country a sentence names ("President Paul Kagame" in an article about Rwanda that names it here),
/// the party a title with no organisation of its own belongs to.
/// </summary>
internal static class StateMentionFinder
{
    /// <summary>
    /// Index of the first mention of <paramref name="state"/> when it is the only country the sentence names ("President
    /// Paul Kagame" in an article about Rwanda that names it here); -1 when another country is named or it is not.
    /// </summary>
    public static int OnlyStateMention(SentenceView view, Entity state) => OnlyStateMention(view) is >= 0 and var m && view.Mention(m).Entity.Id == state.Id ? m : -1;

    /// <summary>
    /// Index of the first mention of the one country the sentence names (by any form but a demonym glued to a hyphen
    /// compound: "VOA's French-to-Africa service", "the Chinese-built railway" name no party); -1 when it names none or several.
    /// </summary>
    public static int OnlyStateMention(SentenceView view)
    {
        int found = -1;
        for (int m = 0; m < view.MentionCount; m++)
        {
            Entity entity = view.Mention(m).Entity;
            if (entity.Type != EntityType.Country || view.Mention(m).Kind == MentionKind.Demonym && InHyphenCompound(view, m))
            {
                continue;
            }

            if (found >= 0 && view.Mention(found).Entity.Id != entity.Id)
            {
                return -1;
            }

            found = found < 0 ? m : found;
        }

        return found;
    }

    /// <summary>True when a hyphen is glued to the end of mention <paramref name="m"/> ("French-to-Africa").</summary>
    private static bool InHyphenCompound(SentenceView view, int m)
    {
        int next = view.MentionLast(m) + 1;
        return view.Is(next, "-") && view.Token(next).Start == view.Token(next - 1).End;
    }
}
