using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The purpose a telephone call is placed for: a verb of claim_cues <c>phoning</c> with "to" and a verb after its object
/// states that act, not talks ("Prime Minister Shehbaz Sharif telephoned Chinese Premier Li Qiang to offer condolences",
/// "Wang Yi telephoned Muttaqi after the killings to demand that the perpetrators be brought to justice"); a call placed
/// to bring a topic up (claim_cues <c>topic_raising</c>: "to discuss") is still talks. Stateless.
/// </summary>
internal static class CallPurpose
{
    /// <summary>Lower-case words that may stand between the object and "to" ("after the killings").</summary>
    private const int MaxWordsBetween = 3;

    /// <summary>
    /// True when the verb trigger at <paramref name="start"/> places a telephone call and an infinitive of another act
    /// follows the mention <paramref name="m"/>, its object, past at most three lower-case words.
    /// </summary>
    public static bool OtherAct(SentenceView view, ClaimCues cues, int start, int m)
    {
        if (!cues.Phoning.StartsAt(view, start))
        {
            return false;
        }

        int to = view.AfterMention(m);
        for (int n = 0; n < MaxWordsBetween && to < view.End && view.MentionIndexAt(to) < 0 && !view.Is(to, "to") && view.Token(to).Is(TokenShape.AllLower); n++)
        {
            to++;
        }

        int verb = to + 1;
        return view.Is(to, "to") && verb < view.End && view.MentionIndexAt(verb) < 0 && view.Token(verb).Is(TokenShape.AllLower)
            && !GrammarWords.Articles.StartsAt(view, verb) && !cues.TopicRaising.StartsAt(view, verb);
    }
}
