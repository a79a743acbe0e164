using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The lower-case words after a nationality that end in a body noun (claim_cues <c>body_nouns</c>): "Chinese state-owned
/// firm", "Lebanese Shiite party". The nationality reader and the object finder both read them.
/// </summary>
internal static class BodyNoun
{
    private const int MaxTokens = 6;

    /// <summary>
    /// From <paramref name="from"/>, at most <see cref="MaxTokens"/> lower-case words and hyphens whose last is a body
    /// noun: the index after that noun, or -1.
    /// </summary>
    public static int End(SentenceView view, ClaimCues cues, int from)
    {
        int found = -1;
        for (int i = from; i < view.End && i < from + MaxTokens; i++)
        {
            if (view.Is(i, "-") && i > from)
            {
                continue;
            }

            // "the radical Lebanese Shiite party": a religious or ethnic group's name may qualify the noun.
            if (view.MentionIndexAt(i) is >= 0 and var inner && view.Mention(inner).Entity.Type == EntityType.Group)
            {
                i = view.AfterMention(inner) - 1;
                continue;
            }

            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                break;
            }

            if (cues.BodyNouns.LongestAt(view, i) is > 0 and var length)
            {
                found = i + length;
            }
        }

        return found;
    }
}
