using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Names listed after a plural noun or a possessive pronoun and a list opener ("nations, including Kenya", "its
/// creditors, including China"), and a possessive pronoun coreference left without a mention.
/// </summary>
internal static class ObjectListOpeners
{
    /// <summary>
    /// The first name listed after the possessive pronoun <paramref name="m"/>, one or two lower-case words (the last a
    /// plural) and a list opener (<see cref="ListOpener"/>): "its creditors, including China"; -1 when not so written.
    /// </summary>
    internal static int Listed(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        for (int n = 0; n < 2 && VerbShapes.IsLowerWord(view, j) && view.MentionIndexAt(j) < 0 && !view.Word(j).EndsWith('s'); n++)
        {
            j++;
        }

        return ListedAfter(view, j);
    }

    /// <summary>A possessive pronoun at <paramref name="i"/> that coreference left without a mention ("his").</summary>
    internal static bool UnresolvedPossessive(SentenceView view, int i) =>
        view.MentionIndexAt(i) < 0 && view.IsPossessivePronounWord(i);

    /// <summary>The first name listed after the plural noun at <paramref name="noun"/> and a list opener ("nations, including Kenya"); -1 when none.</summary>
    internal static int ListedAfter(SentenceView view, int noun)
    {
        if (!VerbShapes.IsPluralNoun(view, noun) || ListOpener(view, noun + 1) is not (> 0 and var opener))
        {
            return -1;
        }

        int listed = view.MentionIndexAt(noun + 1 + opener);
        return listed >= 0 && view.MentionFirst(listed) == noun + 1 + opener ? listed : -1;
    }

    /// <summary>
    /// The comma that opens a list after a plural noun ("Russian officials, including Industry and Trade Minister Anton
    /// Alikhanov,") when <paramref name="comma"/> closes it within a few words, the list holding a name and no other comma
    /// but those between its names; -1 otherwise.
    /// </summary>
    internal static int ListClosedBy(SentenceView view, int comma)
    {
        const int MaxList = 12;
        bool named = false;
        for (int j = comma - 1; j > view.First && j >= comma - MaxList; j--)
        {
            named |= view.MentionIndexAt(j) >= 0;
            if (view.Is(j, ",") && ListOpener(view, j) > 0)
            {
                return named && VerbShapes.IsPluralNoun(view, j - 1) ? j : -1;
            }

            if (view.Is(j, ",") && view.MentionIndexAt(j + 1) < 0 || GrammarWords.ClauseBreaks.StartsAt(view, j) || view.Is(j, "\""))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The tokens of a list opener at <paramref name="i"/>: a colon (1), ", including" (2), ", such as" or ", among them"
    /// (3), and a bare "the" after them (one more: "groups, including the Taliban"); 0 when none.
    /// </summary>
    private static int ListOpener(SentenceView view, int i)
    {
        int opener = view.Is(i, ":") ? 1
            : !view.Is(i, ",") ? 0
            : view.Is(i + 1, "including") ? 2
            : (view.Is(i + 1, "such") && view.Is(i + 2, "as")) || (view.Is(i + 1, "among") && view.Is(i + 2, "them")) ? 3 : 0;
        return opener > 0 && view.Is(i + opener, "the") && view.MentionIndexAt(i + opener) < 0 ? opener + 1 : opener;
    }

    /// <summary>
    /// A list opener after a plural noun (<see cref="ListOpener"/>), or "including" with no comma before it ("more than 20
    /// leaders including Vladimir Putin"); 0 when none.
    /// </summary>
    internal static int ListOpenerAfterPlural(SentenceView view, int i) =>
        ListOpener(view, i) is > 0 and var opener ? opener
        : !view.Is(i, "including") ? 0
        : view.Is(i + 1, "the") && view.MentionIndexAt(i + 1) < 0 ? 2 : 1;
}
