using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Reads a compound modifier glued to a mention by a hyphen: "Pakistan-backed Taliban" (left is subject),
/// "Pakistan-based Jaish-e-Mohammed" (reversed: right is subject). The mention on the right may be one or two words
/// away ("Chinese-funded Karakoram Highway" is direct, "U.S.-backed Afghan government" names no second entity).
/// </summary>
internal static class ModifierReader
{
    public static void Read(SentenceView view, Trigger trigger, int start, List<ClaimCandidate> output)
    {
        int hyphen = start - 1;
        if (!view.Is(hyphen, "-") || view.Token(hyphen).End != view.Token(start).Start)
        {
            return;
        }

        int left = view.MentionIndexAt(hyphen - 1);
        // "the state-owned China Central Television": a description coreference resolved ("the state") is no party of a
        // compound; only a name is.
        if (left < 0 || view.Mention(left).End != view.Token(hyphen).Start
            || view.Mention(left).Kind == MentionKind.Partial && view.Token(hyphen - 1).Is(TokenShape.AllLower))
        {
            return;
        }

        int right = -1;
        for (int j = start + 1; j < view.End && j <= start + 3; j++)
        {
            right = view.MentionIndexAt(j);
            if (right >= 0 || view.Token(j).Kind != TokenKind.Word || GrammarWords.Prepositions.StartsAt(view, j)
                || GrammarWords.ClauseStops.StartsAt(view, j) || GrammarWords.Conjunctions.StartsAt(view, j))
            {
                break;
            }
        }

        if (right < 0 || view.Mention(right).Kind == MentionKind.Demonym)
        {
            return;
        }

        float weight = view.MentionFirst(right) == start + 1 ? 1f : 0.85f;
        bool reversed = trigger.Kind == TriggerKind.ModifierReversed;
        output.Add(new ClaimCandidate(reversed ? right : left, reversed ? left : right, weight, start, start, null));
    }
}
