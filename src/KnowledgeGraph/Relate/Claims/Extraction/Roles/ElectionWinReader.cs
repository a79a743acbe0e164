using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A person who wins the contest for a state's head leads the state: "Sadyr Japarov won the presidential election in
/// Kyrgyzstan", "Alpha Oumar Konare won Mali's first two democratic presidential elections" → LEADS. The verb is one of
/// <c>election_wins</c>, right after the person; the contest (<c>elected_heads</c>) follows within a few words; the state
/// is named between them (a possessive or demonym) or right after the contest by "in".
/// </summary>
internal static class ElectionWinReader
{
    /// <summary>Words between the verb and the contest, at most ("won the first two democratic presidential elections").</summary>
    private const int Reach = 6;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        ClaimCues cues = lexicon.Cues;
        if (lexicon.Find("LEADS") is not { } predicate)
        {
            return;
        }

        // From each person, not each token: the stage reads every sentence with two names.
        for (int winner = 0; winner < view.MentionCount; winner++)
        {
            int i = view.MentionLast(winner) + 1;
            if (view.Mention(winner).Entity.Type != EntityType.Person || i >= view.End || cues.ElectionWins.LongestAt(view, i) != 1)
            {
                continue;
            }

            int state = -1;
            for (int k = i + 1; k < view.End && k <= i + Reach; k++)
            {
                int m = view.MentionIndexAt(k);
                if (m >= 0)
                {
                    state = view.Mention(m).Entity.Type == EntityType.Country ? m : -1;
                    k = view.MentionLast(m);
                    continue;
                }

                if (cues.ElectedHeads.LongestAt(view, k) is > 0 and var length)
                {
                    int after = k + length;
                    if (state < 0 && view.Is(after, "in") && view.MentionIndexAt(after + 1) is >= 0 and var place
                        && view.Mention(place).Entity.Type == EntityType.Country)
                    {
                        state = place;
                    }

                    if (state >= 0)
                    {
                        output.Add((new ClaimCandidate(winner, state, 0.9f, i, i, null), new Trigger([view.Word(i).ToString()], TriggerKind.Verb, predicate, null), i));
                    }

                    break;
                }

                if (view.Token(k).Kind != TokenKind.Word)
                {
                    break;
                }
            }
        }
    }
}
