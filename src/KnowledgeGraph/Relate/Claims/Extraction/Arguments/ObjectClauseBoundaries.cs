using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Where the words right of a trigger leave its clause for the object finders: a second verb or the subject of the
/// next clause after "and", a relative clause between commas, a quoted trigger, a closing bracket.
/// </summary>
internal static class ObjectClauseBoundaries
{
    internal const int MaxAside = 16;

    private const int MaxQuotedTrigger = 4;

    /// <summary>
    /// "demanded that the TTP be expelled": a name after "that" (and "the") whose clause is passive is acted on, not the
    /// one the demand is made of.
    /// </summary>
    internal static bool PassiveAfterThat(SentenceView view, int m)
    {
        int before = view.BeforeMention(m);
        int after = view.AfterMention(m);
        if (!view.Is(before, "that") || after >= view.End)
        {
            return false;
        }

        return view.Is(after, "be") || GrammarWords.BeForms.LongestAt(view, after) == 1 && after + 1 < view.End && VerbShapes.IsLowerWord(view, after + 1)
            && (view.Word(after + 1).EndsWith("ed", StringComparison.Ordinal) || view.Word(after + 1).EndsWith("en", StringComparison.Ordinal));
    }

    /// <summary>
    /// A past verb at <paramref name="i"/> (<see cref="VerbShapes.IsPast"/>: "hosted", "met"; "has", "have" or
    /// "had" before it) with an object of its own right after it or after a preposition: an article or a name ("hosted a
    /// Taliban delegation", "trained Afghan forces", "engaged with the Taliban"; not "and related protocols").
    /// </summary>
    internal static bool SecondVerb(SentenceView view, int i)
    {
        i += IsPerfect(view, i) ? 1 : 0;
        if (i + 1 >= view.End || view.MentionIndexAt(i) >= 0 || !VerbShapes.IsPast(view, i))
        {
            return false;
        }

        // "praised the talks and engaged with the Taliban": a preposition may stand before the second verb's object.
        int j = GrammarWords.Prepositions.StartsAt(view, i + 1) ? i + 2 : i + 1;
        return GrammarWords.Articles.StartsAt(view, j) || view.MentionIndexAt(j) is var m && m >= 0 && view.MentionFirst(m) == j;
    }

    /// <summary>
    /// True when "and" at <paramref name="and"/> is followed by names (each after "the" at most, joined by "and") and a
    /// verb trigger in -ing right after them ("with Cuba supporting Angola and the US and South Africa backing UNITA"): the
    /// names are the subjects of another absolute clause, not objects. A verb in -ed may have the whole phrase as its
    /// subject ("an agreement between Israel and Lebanon established").
    /// </summary>
    internal static bool SubjectOfNextClause(SentenceView view, int and)
    {
        int j = and;
        do
        {
            j = view.Is(j + 1, "the") ? j + 2 : j + 1;
            if (view.MentionIndexAt(j) is not (>= 0 and var m) || view.MentionFirst(m) != j || view.IsPossessive(m))
            {
                return false;
            }

            j = view.AfterMention(m);
        }
        while (view.Is(j, "and"));

        return IsVerbTrigger(view, j);
    }

    private const int MaxApposedWords = 6;

    /// <summary>
    /// True when the name <paramref name="m"/> is followed by an apposition set off by commas and then a verb the tagger
    /// reads ("…, and Kyrgyzaltyn, Kyrgyzstan's state gold company, owns the rest"): the subject of the next clause.
    /// </summary>
    internal static bool ApposedSubject(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        if (!view.Is(j, ","))
        {
            return false;
        }

        for (int k = j + 1; k < view.End && k <= j + MaxApposedWords; k++)
        {
            if (view.Is(k, ","))
            {
                return k > j + 1 && VerbShapes.TaggedVerbBetween(view, k + 1, k + 2);
            }

            if (view.MentionIndexAt(k) is >= 0 and var inner)
            {
                k = view.AfterMention(inner) - 1;
            }
            else if (!VerbShapes.IsLowerWord(view, k) && !view.Is(k, "'s"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="i"/> is a lower-case word in -ing that starts a verb trigger.</summary>
    private static bool IsVerbTrigger(SentenceView view, int i)
    {
        if (!VerbShapes.IsIngWord(view, i) || view.TriggersAt(i) is not { } list)
        {
            return false;
        }

        foreach (var (_, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the quotation mark at <paramref name="i"/> closes a quotation of a few words that opened shortly before it,
    /// glued to the word before it and not to the one after ("would \"firmly support\" the region's drive"): the quoted
    /// words are the trigger, the object follows the mark.
    /// </summary>
    internal static bool QuotedTriggerEnd(SentenceView view, int i)
    {
        if (i <= view.First || i + 1 >= view.End || !QuoteMarks.IsMark(view, i) || view.Token(i - 1).End != view.Token(i).Start
            || view.Token(i).End == view.Token(i + 1).Start)
        {
            return false;
        }

        for (int j = i - 2; j >= view.First && i - j <= MaxQuotedTrigger + 1; j--)
        {
            if (QuoteMarks.IsMark(view, j))
            {
                return view.Token(j).End == view.Token(j + 1).Start;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the quotation mark at <paramref name="i"/> opens a quotation: glued to the word after it and not to the
    /// token before it ("its fighters had targeted \"Chinese occupiers\""); the quoted words are the verb's object.
    /// </summary>
    internal static bool OpensQuotation(SentenceView view, int i) =>
        i > view.First && i + 1 < view.End && QuoteMarks.IsMark(view, i) && view.Token(i).End == view.Token(i + 1).Start
        && view.Token(i - 1).End != view.Token(i).Start;

    /// <summary>"has", "have" or "had" at <paramref name="i"/>: an auxiliary of the perfect before a verb ("and has hosted").</summary>
    internal static bool IsPerfect(SentenceView view, int i) => view.Is(i, "has") || view.Is(i, "have") || view.Is(i, "had");

    /// <summary>The ")" closing the bracket opened at <paramref name="open"/> within a short aside (no other bracket opened in it); -1 when there is none.</summary>
    internal static int ClosingBracket(SentenceView view, int open, int maxAside = MaxAside)
    {
        for (int j = open + 1; j < view.End && j - open <= maxAside; j++)
        {
            if (view.Is(j, ")"))
            {
                return j;
            }

            if (view.Is(j, "("))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when token <paramref name="i"/> is a lower-case word that is no preposition or conjunction: a verb after a clause's subject.</summary>
    internal static bool OpensClause(SentenceView view, int i) =>
        i < view.End && VerbShapes.IsLowerWord(view, i) && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i);

    private const int MaxRelativeReach = 6;

    /// <summary>True when a comma and a relative pronoun (", which") open the clause a few words before the verb ending at <paramref name="from"/>.</summary>
    internal static bool InCommaRelative(SentenceView view, int from)
    {
        for (int k = from - 1; k > view.First && from - k <= MaxRelativeReach; k--)
        {
            if (GrammarWords.CommaRelatives.StartsAt(view, k) && view.Is(k - 1, ","))
            {
                return true;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-"))
            {
                return false;
            }
        }

        return false;
    }
}
