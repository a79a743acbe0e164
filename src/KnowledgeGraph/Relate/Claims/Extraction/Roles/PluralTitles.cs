using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>A lexicon title written in the plural: "Presidents Xi Jinping and Vladimir Putin", "the foreign ministers of …".</summary>
internal static class PluralTitles
{
    /// <summary>
    /// The longest lexicon title of at most <paramref name="maxWords"/> words whose last word, with an "s", is the token
    /// before <paramref name="end"/>, with its first token and its words; null when none.
    /// </summary>
    public static (Trigger Title, int Start, string[] Words)? EndingAt(SentenceView view, PredicateLexicon lexicon, int end, int maxWords)
    {
        int last = end - 1;
        if (last < view.First || view.MentionIndexAt(last) >= 0 || view.Token(last).Kind != TokenKind.Word || !view.Word(last).EndsWith('s'))
        {
            return null;
        }

        ReadOnlySpan<char> singular = view.Word(last)[..^1];
        for (int length = Math.Min(maxWords, end - view.First); length >= 1; length--)
        {
            int start = end - length;
            if (view.MentionIndexAt(start) >= 0 || (length == 1 ? lexicon.Triggers.Candidates(singular) : view.TriggersAt(start)) is not { } list)
            {
                continue;
            }

            foreach (var (words, trigger) in list)
            {
                if (trigger.Kind == TriggerKind.Title && words.Length == length && singular.Equals(words[^1], StringComparison.OrdinalIgnoreCase)
                    && LeadingWordsMatch(view, start, words))
                {
                    return (trigger, start, words);
                }
            }
        }

        return null;
    }

    /// <summary>True when every word of <paramref name="words"/> but the last stands from <paramref name="start"/> on.</summary>
    private static bool LeadingWordsMatch(SentenceView view, int start, string[] words)
    {
        for (int k = 0; k < words.Length - 1; k++)
        {
            if (!view.Is(start + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
