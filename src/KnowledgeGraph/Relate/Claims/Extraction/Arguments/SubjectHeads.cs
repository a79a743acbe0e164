using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The mention a subject phrase ends in, and the shapes around it that the subject finder reads: a unit ending at a
/// token, a name in brackets, an apposition and its head, a description, a leader, the sentence's opening name.
/// </summary>
internal static class SubjectHeads
{
    internal const int MaxApposition = 20;
    private const int MaxApposedNoun = 4;

    /// <summary>
    /// The project or organisation named right before "in", "on", "at" or "near" and the place <paramref name="place"/>
    /// ("the Dushanzi refinery in Xinjiang"); -1 when none.
    /// </summary>
    internal static int LocatedSite(SentenceView view, int place)
    {
        int prep = view.BeforeMention(place);
        if (!(view.Is(prep, "in") || view.Is(prep, "on") || view.Is(prep, "at") || view.Is(prep, "near")))
        {
            return -1;
        }

        return view.MentionIndexAt(prep - 1) is >= 0 and var site && view.MentionLast(site) == prep - 1 && !view.IsPossessive(site)
            && view.Mention(site).Entity.Type is EntityType.Project or EntityType.Organisation ? site : -1;
    }

    /// <summary>
    /// The name that opens the sentence (after "the" at most), neither a possessive nor a demonym: the subject of a verb
    /// after a comma the finder could not reach past a long apposition or relative clause ("The Taliban, who were not
    /// invited to Tianjin, rejected …"); -1 when the sentence opens otherwise.
    /// </summary>
    internal static int OpeningName(SentenceView view) =>
        OpeningMention(view) == 0 && !view.IsPossessive(0) && view.Mention(0).Kind != MentionKind.Demonym ? 0 : -1;

    /// <summary>The mention that opens the sentence (after "the" at most), whatever its kind: 0, or -1 when the sentence opens otherwise.</summary>
    internal static int OpeningMention(SentenceView view)
    {
        int opening = view.Is(view.First, "the") ? view.First + 1 : view.First;
        return view.MentionCount > 0 && view.MentionFirst(0) == opening ? 0 : -1;
    }

    /// <summary>
    /// The mention whose unit ends at token <paramref name="i"/> (<see cref="EndingAt"/>), or, at a closing bracket, the
    /// name before its bracketed short form ("the Balochistan Liberation Army (BLA)"); -1 if none.
    /// </summary>
    internal static int NamedEndingAt(SentenceView view, int i) => view.Is(i, ")") ? Abbreviated(view, i) : EndingAt(view, i);

    /// <summary>The mention named by "Name (ABBR)" ending at the bracket <paramref name="close"/>: the name, else the short form; -1 if none.</summary>
    internal static int Abbreviated(SentenceView view, int close)
    {
        int inner = view.MentionIndexAt(close - 1);
        if (inner < 0 || !view.Is(view.MentionFirst(inner) - 1, "("))
        {
            return -1;
        }

        int name = view.MentionIndexAt(view.MentionFirst(inner) - 2);
        return name >= 0 && view.Mention(name).Entity.Id == view.Mention(inner).Entity.Id ? name : inner;
    }

    /// <summary>
    /// True when mention <paramref name="m"/> can be a copula's subject: a name (no possessive or demonym) that opens its
    /// clause, at the sentence's start or after a comma or an article.
    /// </summary>
    internal static bool OpensClause(SentenceView view, int m)
    {
        int opener = view.MentionFirst(m) - 1;
        return !view.IsPossessive(m) && view.Mention(m).Kind != MentionKind.Demonym
            && (opener < view.First || view.Is(opener, ",") || GrammarWords.Articles.StartsAt(view, opener));
    }

    /// <summary>
    /// The name the noun phrase ending at <paramref name="last"/> describes: the name an apposition's noun stands beside
    /// ("Venezuela, a country"), or the subject a copula says the noun is ("The TIP is a Uyghur militant group"); -1 when
    /// neither.
    /// </summary>
    internal static int DescribedBy(SentenceView view, int last)
    {
        if (ApposedHead(view, last) is >= 0 and var apposed)
        {
            return apposed;
        }

        // The copula must stand right before the noun phrase's article: "is a Uyghur militant group that", not "were also
        // quick to rekindle the formats that".
        for (int j = last; j > view.First && last - j < MaxApposedNoun; j--)
        {
            if (GrammarWords.Articles.StartsAt(view, j) && view.MentionIndexAt(j) < 0)
            {
                if (!GrammarWords.Copulas.StartsAt(view, j - 1))
                {
                    return -1;
                }

                // "The Turkestan Islamic Party (TIP) is a …": the name before its bracketed short form.
                int m = NamedEndingAt(view, j - 2);
                return m >= 0 && OpensClause(view, m) ? m : -1;
            }

            // "a Uyghur militant group": a demonym or a people's name qualifies the noun.
            if (view.Token(j).Kind != TokenKind.Word
                || view.MentionIndexAt(j) is >= 0 and var inside && !QualifiesNoun(view, inside))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The BLA, led by Bashir Zeb, was designated": the agent <paramref name="m"/> of a participle set off by commas after a
    /// name only describes that name, which is the clause's subject; -1 when the mention is no such agent.
    /// </summary>
    internal static int ReducedPassiveHead(SentenceView view, int m)
    {
        int by = view.BeforeMention(m);
        int participle = by - 1;
        if (!view.Is(by, "by") || !VerbShapes.IsLowerWord(view, participle) || !view.Word(participle).EndsWith("ed", StringComparison.Ordinal)
            || !view.Is(participle - 1, ","))
        {
            return -1;
        }

        int head = EndingAt(view, participle - 2);
        return head >= 0 && !view.IsPossessive(head) ? head : -1;
    }

    /// <summary>
    /// The comma closing an apposition that opens at the comma <paramref name="open"/> with an article or a possessive name
    /// ("the Taliban's chief spokesman", "Pakistan's defence minister") and holds no other punctuation, before
    /// <paramref name="limit"/>; -1 otherwise.
    /// </summary>
    internal static int ClosingApposition(SentenceView view, int open, int limit)
    {
        int first = open + 1;
        bool opens = GrammarWords.Articles.StartsAt(view, first)
            || view.MentionIndexAt(first) is >= 0 and var owner && view.MentionFirst(owner) == first && view.IsPossessive(owner);
        if (!opens)
        {
            return -1;
        }

        for (int j = first; j < limit && j - open <= MaxApposition; j++)
        {
            if (view.Is(j, ","))
            {
                return j;
            }

            if (view.IsPunctuation(j) && !view.Is(j, "-") && !view.Is(j, "'s") || GrammarWords.Conjunctions.StartsAt(view, j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The last name coordinated with <paramref name="m"/> by "and" ("China and Russia"), or <paramref name="m"/>.</summary>
    internal static int LastCoordinated(SentenceView view, int m)
    {
        while (m + 1 < view.MentionCount && view.Is(view.AfterMention(m), "and") && view.MentionFirst(m + 1) == view.AfterMention(m) + 1)
        {
            m++;
        }

        return m;
    }

    /// <summary>A demonym alone is a subject only as "the Chinese"; any other mention kind stands as it is.</summary>
    internal static bool IsUsableHead(SentenceView view, int m) =>
        view.Mention(m).Kind != MentionKind.Demonym || view.Is(view.MentionFirst(m) - 1, "the");

    /// <summary>Mention whose unit (with its possessive) ends at token <paramref name="i"/>, or -1.</summary>
    public static int EndingAt(SentenceView view, int i)
    {
        int m = view.MentionIndexAt(i);
        if (m >= 0)
        {
            return m;
        }

        // "China's" may be three tokens (China ' s): step back over the possessive ending.
        for (int k = 1; k <= 2; k++)
        {
            m = view.MentionIndexAt(i - k);
            if (m >= 0)
            {
                return view.AfterMention(m) == i + 1 ? m : -1;
            }
        }

        return -1;
    }

    /// <summary>True when a demonym mention ends right before token <paramref name="j"/> (asked before the tagger, which costs more).</summary>
    internal static bool DemonymBefore(SentenceView view, int j) =>
        view.MentionIndexAt(j - 1) is >= 0 and var m && view.Mention(m).Kind == MentionKind.Demonym;

    /// <summary>
    /// "US-led coalition forces", "the Saudi-led coalition": the name glued by a hyphen to "led" at <paramref name="led"/>
    /// leads the actors after it and acts for them; -1 when the words are no such phrase.
    /// </summary>
    internal static int LedBy(SentenceView view, int led)
    {
        if (led - 2 < view.First || !view.Is(led, "led") || !view.Is(led - 1, "-") || view.Token(led - 1).End != view.Token(led).Start
            || view.Token(led - 2).End != view.Token(led - 1).Start)
        {
            return -1;
        }

        int m = view.MentionIndexAt(led - 2);
        return m >= 0 && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group ? m : -1;
    }

    /// <summary>A mention that may qualify a noun inside its phrase: a demonym or a people's name ("a Uyghur militant group").</summary>
    private static bool QualifiesNoun(SentenceView view, int m) =>
        view.Mention(m).Kind == MentionKind.Demonym || view.Mention(m).Entity.Type == EntityType.Group;

    /// <summary>
    /// The name before a short apposition that opens with an article and ends at <paramref name="last"/> ("Venezuela, a
    /// country"); -1 otherwise.
    /// </summary>
    internal static int ApposedHead(SentenceView view, int last)
    {
        int hyphens = 0;
        for (int j = last; j > view.First && last - j - 2 * hyphens < MaxApposedNoun; j--)
        {
            // "Gwadar, a deep-water port that …": a hyphen glued between two words joins one modifier, a name before it too
            // ("the Beijing-headquartered bloc that …").
            if (view.Is(j, "-") && j + 1 <= last && view.Token(j - 1).End == view.Token(j).Start && view.Token(j).End == view.Token(j + 1).Start)
            {
                hyphens++;
                if (view.MentionIndexAt(j - 1) is >= 0 and var glued && view.MentionFirst(glued) == j - 1 && view.MentionLast(glued) == j - 1)
                {
                    j--;
                    hyphens++;
                }

                continue;
            }

            // "Zijin Mining, the Chinese company that runs …", "the TIP, a Uyghur militant group that …": a demonym or a
            // people's name only qualifies the apposition's noun.
            if (view.MentionIndexAt(j) is >= 0 and var inside && !QualifiesNoun(view, inside)
                || view.Token(j).Kind != TokenKind.Word)
            {
                return -1;
            }

            if (GrammarWords.Articles.StartsAt(view, j) && view.Is(j - 1, ","))
            {
                // "The Balochistan Liberation Army (BLA), a separatist group that …": the name before its short form.
                int m = NamedEndingAt(view, j - 2);
                return m >= 0 && !view.IsPossessive(m) && IsUsableHead(view, m) ? m : -1;
            }
        }

        return -1;
    }
}
