using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Whether a place named after "in" stands in the clause of a claim read before it: the relative clause between commas
/// that holds the place (<see cref="RelativeClause"/>) and whether the claim is read there (<see cref="InClause"/>), and
/// the words that open another clause or topic between the claim's evidence and the place (a subordinator, ", and" and a
/// subject of its own, a verb of raising a topic).
/// </summary>
internal static class PlaceClause
{
    /// <summary>
    /// True when the claim is read in the relative clause of tokens [<paramref name="from"/>, <paramref name="to"/>]: its
    /// evidence starts there, or its trigger's first word stands there inside its evidence ("Asim Munir, who met Chinese Vice
    /// President Han Zheng in Beijing in December, …": the meeting's evidence starts at the antecedent).
    /// </summary>
    public static bool InClause(SentenceView view, Claim claim, int from, int to)
    {
        if (claim.Start >= view.Token(from).Start && claim.Start < view.Token(to).End)
        {
            return true;
        }

        int space = claim.Trigger.IndexOf(' ');
        ReadOnlySpan<char> word = space < 0 ? claim.Trigger : claim.Trigger.AsSpan(0, space);
        for (int i = from; i <= to; i++)
        {
            if (view.Token(i).Start >= claim.Start && view.Token(i).End <= claim.End && view.Word(i).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a verb of claim_cues <c>topic_raising</c> stands between the claim's last argument and the place's "in" at
    /// <paramref name="at"/>: "a meeting with Muttaqi at which the two discussed the safety of Chinese nationals and projects
    /// in Afghanistan" names a place of the topic, not of the meeting; "raised the issue with Dar in Beijing" still places it.
    /// </summary>
    public static bool TopicBetween(SentenceView view, ClaimCues cues, Claim claim, int at)
    {
        for (int i = at - 1; i >= view.First && view.Token(i).Start >= claim.Start; i--)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                string id = view.Mention(m).Entity.Id;
                if (id == claim.Subject.Id || id == claim.Object.Id)
                {
                    return false;
                }
            }
            else if (cues.TopicRaising.StartsAt(view, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when "after", "before", "since" or "until" stands between the claim's evidence (ending at character
    /// <paramref name="end"/>) and the place's "in" at <paramref name="at"/>: "talks with Chinese military leaders, … days
    /// after Prime Minister Shehbaz Sharif returned from a summit in Tianjin" places another clause's event there.
    /// </summary>
    public static bool SubordinateBetween(SentenceView view, int end, int at)
    {
        for (int i = at - 1; i >= view.First && view.Token(i).Start >= end; i--)
        {
            if (GrammarWords.Subordinators.StartsAt(view, i))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxAppositionWords = 10;

    /// <summary>
    /// True when ", and" and the subject of a clause of its own stand between the claim's evidence (ending at character
    /// <paramref name="end"/>) and the place's "in" at <paramref name="at"/>: a past verb ("…, and received … in Beijing"),
    /// a pronoun ("…, and it has kept its ambassador
    /// … in Kabul"), or a name, past an apposition between commas, followed by a word the tagger calls a verb ("Zhao Xing
    /// met Sirajuddin Haqqani …, and Guo Jiakun, a Chinese Foreign Ministry spokesperson, told reporters in Beijing").
    /// "met Putin, Modi, and Erdogan in Samarkand" joins a third name to the same meeting.
    /// </summary>
    public static bool NextClauseBetween(SentenceView view, int end, int at)
    {
        for (int i = at - 2; i > view.First && view.Token(i - 1).Start >= end; i--)
        {
            if (!view.Is(i, "and") || !view.Is(i - 1, ","))
            {
                continue;
            }

            // "… for talks with Muttaqi and Dar, and received Tajik Foreign Minister Sirojiddin Muhriddin in Beijing": a past
            // verb after ", and" opens a predicate of its own, which the place belongs to.
            if (GrammarWords.SubjectPronouns.StartsAt(view, i + 1)
                || view.MentionIndexAt(i + 1) < 0 && VerbShapes.IsLowerWord(view, i + 1) && VerbShapes.IsPast(view, i + 1))
            {
                return true;
            }

            if (view.MentionIndexAt(i + 1) is not (>= 0 and var m) || view.IsPossessive(m))
            {
                continue;
            }

            int verb = view.AfterMention(m);
            if (view.Is(verb, ","))
            {
                int close = verb + 1;
                while (close < at && close - verb <= MaxAppositionWords && !view.Is(close, ","))
                {
                    close++;
                }

                verb = view.Is(close, ",") ? close + 1 : at;
            }

            if (verb < at && VerbShapes.IsLowerWord(view, verb) && !GrammarWords.Prepositions.StartsAt(view, verb)
                && VerbShapes.TaggedVerbBetween(view, verb, verb + 1))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxRelativeWords = 25;

    /// <summary>
    /// The tokens of the relative clause between commas that holds token <paramref name="i"/> (", who hosted … in Moscow
    /// last month,"): from its pronoun to the token before its closing comma; null when <paramref name="i"/> is in none.
    /// </summary>
    public static (int From, int To)? RelativeClause(SentenceView view, int i)
    {
        int open = -1;
        for (int j = i - 1; j > view.First && i - j <= MaxRelativeWords && !view.Is(j, ","); j--)
        {
            if ((view.Is(j, "who") || view.Is(j, "which")) && view.Is(j - 1, ","))
            {
                open = j;
                break;
            }
        }

        if (open < 0)
        {
            return null;
        }

        int close = i + 1;
        while (close < view.End && close - i <= MaxRelativeWords && !view.Is(close, ","))
        {
            close++;
        }

        return close < view.End && view.Is(close, ",") ? (open, close - 1) : null;
    }
}
