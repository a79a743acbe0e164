using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// The parties of a joint holding cooperate: a noun of a body several parties form or a participle of owning together
/// (claim_cues <c>joint_holdings</c>), then, within a few words, a word of claim_cues <c>joint_holding_preps</c> and two or
/// more coordinated names ("a consortium of Metallurgical Corporation of China and Jiangxi Copper", "a joint venture owned by
/// China State Railway Group, Kyrgyz Temir Jolu and Uzbekistan Railways", "co-owned on Kazakh territory by QazaqGaz and
/// CNPC") → COOPERATES_WITH between every two. Only countries, organisations and groups named, never a demonym or a
/// possessive ("a consortium of Chinese firms", "KazMunayGas's pipeline unit"); a lone party cooperates with no one here.
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class JointHoldingReader
{
    private const int MaxGap = 4;
    private const int MaxParties = 6;
    private const int MaxModifiers = 3;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? cooperates;
    private readonly List<int> parties = [];

    public JointHoldingReader(PredicateLexicon lexicon)
    {
        cues = lexicon.Cues;
        cooperates = lexicon.Find("COOPERATES_WITH");
    }

    /// <summary>The first words of the joint holdings: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => cues.JointHoldings.FirstWords;

    /// <summary>Appends to <paramref name="output"/> the cooperation of the parties of each joint holding in the loaded sentence.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (cooperates is null)
        {
            return;
        }

        for (int i = view.First; i < view.End; i++)
        {
            if (cues.JointHoldings.LongestAt(view, i) is not (> 0 and var length) || PrepAfter(view, i + length) is not (> 0 and var at)
                || !PartiesFrom(view, at))
            {
                continue;
            }

            var trigger = new Trigger(WordsOf(view, i, length), TriggerKind.Noun, cooperates, null);
            for (int a = 0; a < parties.Count; a++)
            {
                for (int b = a + 1; b < parties.Count; b++)
                {
                    if (view.Mention(parties[a]).Entity.Id != view.Mention(parties[b]).Entity.Id)
                    {
                        output.Add((new ClaimCandidate(parties[a], parties[b], 0.85f, i, i, null), trigger, i));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The first token after a word of claim_cues <c>joint_holding_preps</c> that starts within <see cref="MaxGap"/> tokens of
    /// <paramref name="from"/> ("co-owned on Kazakh territory by"); 0 when punctuation, a clause word or "and" comes first.
    /// </summary>
    private int PrepAfter(SentenceView view, int from)
    {
        for (int k = from; k < view.End && k <= from + MaxGap; k++)
        {
            if (cues.JointHoldingPreps.LongestAt(view, k) is > 0 and var length)
            {
                return k + length;
            }

            if (view.IsPunctuation(k) || GrammarWords.ClauseStops.StartsAt(view, k) || GrammarWords.ClauseBreaks.StartsAt(view, k)
                || GrammarWords.Conjunctions.StartsAt(view, k))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Collects in <see cref="parties"/> the names coordinated by commas and "and" from <paramref name="at"/> on, each perhaps
    /// after an article and a few lower-case modifiers ("CNPC and the state-owned Tajiktransgaz"); true when two or more.
    /// </summary>
    private bool PartiesFrom(SentenceView view, int at)
    {
        parties.Clear();
        int i = at;
        for (int n = 0; n < MaxParties; n++)
        {
            i = PastModifiers(view, i);
            if (view.MentionIndexAt(i) is not (>= 0 and var m) || view.MentionFirst(m) != i || !IsParty(view, m))
            {
                break;
            }

            parties.Add(m);
            int after = view.MentionLast(m) + 1;
            if (view.Is(after, ",") && view.Is(after + 1, "and"))
            {
                i = after + 2;
            }
            else if (view.Is(after, "and") || view.Is(after, ","))
            {
                i = after + 1;
            }
            else
            {
                break;
            }
        }

        return parties.Count > 1;
    }

    /// <summary>The token after an article and up to <see cref="MaxModifiers"/> lower-case words or hyphens from <paramref name="i"/>.</summary>
    private static int PastModifiers(SentenceView view, int i)
    {
        if (view.Is(i, "the") || view.Is(i, "a") || view.Is(i, "an"))
        {
            i++;
        }

        for (int n = 0; n < MaxModifiers && view.MentionIndexAt(i) < 0 && (view.Is(i, "-") || VerbShapes.IsLowerWord(view, i))
            && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i); n++)
        {
            i++;
        }

        return i;
    }

    /// <summary>True when mention <paramref name="m"/> names a country, organisation or group, not by a demonym or a possessive.</summary>
    private static bool IsParty(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group
        && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessive(m);

    private static string[] WordsOf(SentenceView view, int i, int length)
    {
        var words = new string[length];
        for (int k = 0; k < length; k++)
        {
            words[k] = view.Word(i + k).ToString().ToLowerInvariant();
        }

        return words;
    }
}
