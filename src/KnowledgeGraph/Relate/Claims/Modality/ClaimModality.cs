using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Modality;

/// <summary>
/// Negation and hedging of one claim. Negated: a negation cue between subject and trigger ("has not invested",
/// "failed to", "never"), "no" before a nominal subject, or a sentence negation before the trigger ("no evidence
/// that") in the trigger's clause, unless the trigger stands in an apposition or relative clause set off after it. Hedged: a hedge cue in the claim's clause, up to the end of its evidence, or an
/// accusation reported right before it ("accusations that the TTP operates …"); a role title only by a cue in or right
/// before its own words.
/// </summary>
internal sealed class ClaimModality
{
    private readonly ClaimCues cues;

    public ClaimModality(ClaimCues cues) => this.cues = cues;

    public bool IsNegated(SentenceView view, int from, int to, int trigger)
    {
        for (int i = Math.Max(from, view.First); i < to; i++)
        {
            // "not only", "not the only" or "not the first" ("is not the only power to use such groups"), and "no" opening a
            // bridge ("has no choice but to engage") assert the verb.
            if ((view.Is(i, "not") && view.Is(i + 1, "only")) || (view.Is(i, "no") && cues.Bridges.StartsAt(view, i))
                || ((view.Is(i, "not") || view.IsContractedNot(i)) && GrammarWords.Articles.StartsAt(view, i + 1) && cues.Ranks.StartsAt(view, i + 2)))
            {
                continue;
            }

            if (view.IsContractedNot(i) || view.Is(i, "no") || cues.Negations.StartsAt(view, i))
            {
                return true;
            }
        }

        return SentenceNegationReaches(view, ClauseStart(view, trigger), trigger);
    }

    /// <summary>
    /// True when a sentence negation in [<paramref name="from"/>, <paramref name="trigger"/>) reaches the trigger: not when
    /// the trigger stands in an apposition or a relative clause set off by a comma after the cue ("denied that fighters of
    /// the East Turkestan Islamic Movement, a Uyghur group Beijing blames for attacks in Xinjiang, were present": the blame
    /// is asserted, only the presence denied).
    /// </summary>
    private bool SentenceNegationReaches(SentenceView view, int from, int trigger)
    {
        for (int i = from; i < trigger; i++)
        {
            if (cues.SentenceNegations.LongestAt(view, i) is > 0 and var length && !SetOff(view, i + length, trigger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the last comma in [<paramref name="from"/>, <paramref name="trigger"/>) opens an apposition (an article
    /// after it) or a relative clause (", which", ", who"): the trigger stands inside it.
    /// </summary>
    private static bool SetOff(SentenceView view, int from, int trigger)
    {
        for (int k = trigger - 1; k >= from; k--)
        {
            if (view.Is(k, ","))
            {
                return GrammarWords.Articles.StartsAt(view, k + 1) || GrammarWords.CommaRelatives.StartsAt(view, k + 1);
            }
        }

        return false;
    }

    /// <summary>The first token of the clause holding token <paramref name="i"/>: after the last clause break before it.</summary>
    private static int ClauseStart(SentenceView view, int i)
    {
        for (int k = Math.Min(i, view.End) - 1; k > view.First; k--)
        {
            if (GrammarWords.ClauseBreaks.StartsAt(view, k))
            {
                return k + 1;
            }
        }

        return view.First;
    }

    /// <summary>
    /// True when a hedge cue stands in the claim's clause: from the last clause break (";", ":", a dash, "but",
    /// "when", "while", "although", "though", "whereas") before the evidence to its end. Commas do not break it, so
    /// "Reports that the Chinese, at various points, had supplied arms" stays hedged.
    /// </summary>
    public bool IsHedged(SentenceView view, int evidenceStartToken, int evidenceEndToken) =>
        HedgeIn(view, ClauseStart(view, evidenceStartToken), Math.Min(evidenceEndToken, view.End), skipRelatives: true)
        || cues.ReportedContent.AnyIn(view, Math.Max(ClauseStart(view, evidenceStartToken), evidenceStartToken - ReportedReach), evidenceStartToken);

    /// <summary>True when a hedge cue stands inside [<paramref name="from"/>, <paramref name="to"/>) or in the <see cref="TitleReach"/> tokens before it.</summary>
    public bool IsHedgedWithin(SentenceView view, int from, int to) =>
        HedgeIn(view, Math.Max(view.First, from - TitleReach), Math.Min(to, view.End));

    /// <summary>
    /// True when a hedge cue starts in [<paramref name="from"/>, <paramref name="to"/>); a cue written with a capital
    /// inside the sentence is a name, not a hedge ("in May 2000", "Theresa May").
    /// </summary>
    private bool HedgeIn(SentenceView view, int from, int to, bool skipRelatives = false)
    {
        for (int i = from; i < to; i++)
        {
            // "Beijing, which reportedly keeps a post in Tajikistan, has urged Kabul …": a relative clause set off by commas
            // that closes before the claim's evidence ends hedges only itself.
            if (skipRelatives && view.Is(i, ",") && RelativeClauseEnd(view, i) is var close && close > i && close < to - 1)
            {
                i = close;
                continue;
            }

            if (cues.Hedges.LongestAt(view, i) > 0 && !(i > view.First && view.Token(i).Is(TokenShape.Capitalised)))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxRelativeClause = 25;

    /// <summary>The comma closing a relative clause (", which", ", who", ", whose", ", whom") opened by the comma at <paramref name="comma"/>; -1 when none.</summary>
    private static int RelativeClauseEnd(SentenceView view, int comma)
    {
        if (!GrammarWords.CommaRelatives.StartsAt(view, comma + 1))
        {
            return -1;
        }

        for (int j = comma + 2; j < view.End && j - comma <= MaxRelativeClause; j++)
        {
            if (view.Is(j, ","))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>How far before a role title a hedge cue still qualifies it ("the alleged ISKP leader").</summary>
    public const int TitleReach = 2;

    /// <summary>
    /// How far before a claim's evidence a <c>reported_content</c> cue hedges it ("accused Kabul of …", "accusations that
    /// the TTP …"): an accusation further back in the clause is about something else.
    /// </summary>
    public const int ReportedReach = 3;
}
