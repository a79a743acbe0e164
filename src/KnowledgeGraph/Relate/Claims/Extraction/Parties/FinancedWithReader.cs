using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A project done with a lender's money: "with", a noun of claim_cues <c>lending_nouns</c> and the lender after "from"
/// ("the Dasu hydropower project, which is being built by China Gezhouba Group with financing from the World Bank"), or
/// "with" (and "a") and the lender's demonym before the noun ("The Isimba dam was built with Chinese loans", "with a
/// Chinese grant") → the lender FUNDS the
/// nearest project named before "with" in the clause. Driven by the lender's mention.
/// </summary>
internal static class FinancedWithReader
{
    private const int MaxReach = 14;

    /// <summary>
    /// The first words of the lending nouns: every claim this reader finds is read from one ("with Chinese loans", "with
    /// financing from"), so a sentence with none of these words gives none.
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.LendingNouns.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("FUNDS") is not { } funds)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int lender = 1; lender < view.MentionCount; lender++)
        {
            Mention named = view.Mention(lender);
            if (named.Entity.Type is not (EntityType.Country or EntityType.Organisation) || view.IsPossessive(lender))
            {
                continue;
            }

            int with = -1;
            int noun = -1;
            int first = view.MentionFirst(lender);
            int from = view.Is(first - 1, "the") ? first - 2 : first - 1;
            int article = view.Is(first - 1, "a") ? 1 : 0;
            if (named.Kind == MentionKind.Demonym && view.Is(first - 1 - article, "with") && cues.LendingNouns.StartsAt(view, view.AfterMention(lender)))
            {
                // "built with Chinese loans", "built with a Chinese grant"
                with = first - 1 - article;
                noun = view.AfterMention(lender);
            }
            else if (named.Kind != MentionKind.Demonym && view.Is(from, "from") && cues.LendingNouns.StartsAt(view, from - 1) && view.Is(from - 2, "with"))
            {
                // "with financing from the World Bank"
                with = from - 2;
                noun = from - 1;
            }

            if (with < 0 || Project(view, with) is not (>= 0 and var project))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, funds);
            output.Add((new ClaimCandidate(lender, project, 0.8f, with, noun, null), trigger, noun));
        }
    }

    /// <summary>The nearest project named before <paramref name="with"/> in its clause; -1 when none.</summary>
    private static int Project(SentenceView view, int with)
    {
        for (int i = with - 1; i >= view.First && with - i <= MaxReach; i--)
        {
            if (GrammarWords.ClauseBreaks.StartsAt(view, i))
            {
                return -1;
            }

            if (view.MentionIndexAt(i) is >= 0 and var m && view.Mention(m).Entity.Type == EntityType.Project && !view.IsPossessive(m))
            {
                return m;
            }
        }

        return -1;
    }
}
