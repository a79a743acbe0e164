using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Two parties that act jointly cooperate: a definite description that coreference resolved to two named states or bodies
/// (<see cref="SentenceView.AlsoMeant"/>: "the two sides", "the two governments"), then, in its clause and with no other
/// party named between them, a word of claim_cues <c>joint_adverbs</c> not followed by "with" → COOPERATES_WITH between
/// the two ("the two sides said they would "jointly combat" the BLA", "The two governments also agreed to run the
/// Golovnaya water intake on the Isfara River jointly"). The candidate names the description on both sides and the claim
/// is read through its other antecedent. Persons are left out ("the two leaders": their acts are meetings), and so is
/// "jointly with", which names the partner itself.
/// </summary>
internal static class JointPairReader
{
    /// <summary>How far after the description the adverb may stand.</summary>
    private const int MaxReach = 16;

    /// <summary>The words that make two parties act as one: every claim this reader finds is read from one.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.JointAdverbs.FirstWords;

    /// <summary>Appends one candidate per description of two followed by a joint adverb in its clause.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.HasPlural || lexicon.Find("COOPERATES_WITH") is not { } cooperates)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            if (view.Mention(m).Kind != MentionKind.Partial || view.AlsoMeant(m) is not { Count: 1 } others || !view.Is(view.MentionFirst(m), "the")
                || !IsParty(view.Mention(m).Entity) || !IsParty(others[0].Entity) || view.Mention(m).Entity.Id == others[0].Entity.Id
                || Adverb(view, lexicon, m) is not (>= 0 and var cue))
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, m, 0.8f, cue, cue, null), Trigger.OfWord(view, cue, TriggerKind.Verb, cooperates), cue));
        }
    }

    /// <summary>
    /// The joint adverb after description <paramref name="m"/> in its clause, within <see cref="MaxReach"/> tokens, with no
    /// other party named between them (a reference to the same parties, "they", may stand there) and no "with" after it;
    /// -1 when there is none.
    /// </summary>
    private static int Adverb(SentenceView view, PredicateLexicon lexicon, int m)
    {
        IReadOnlyList<Mention> pair = view.AlsoMeant(m);
        for (int k = view.MentionLast(m) + 1; k < view.End && k <= view.MentionLast(m) + MaxReach; k++)
        {
            if (GrammarWords.ClauseBreaks.StartsAt(view, k))
            {
                return -1;
            }

            if (view.MentionIndexAt(k) is >= 0 and var other)
            {
                Entity entity = view.Mention(other).Entity;
                bool same = view.Mention(other).Kind == MentionKind.Partial && (entity.Id == view.Mention(m).Entity.Id || entity.Id == pair[0].Entity.Id);
                if (!same && IsParty(entity))
                {
                    return -1;
                }

                k = view.MentionLast(other);
                continue;
            }

            if (lexicon.Cues.JointAdverbs.LongestAt(view, k) is > 0 and var length)
            {
                return k + length < view.End && view.Is(k + length, "with") ? -1 : k;
            }
        }

        return -1;
    }

    /// <summary>A state or a body: the parties that cooperate.</summary>
    internal static bool IsParty(Entity entity) => entity.Type is EntityType.Country or EntityType.Organisation;
}
