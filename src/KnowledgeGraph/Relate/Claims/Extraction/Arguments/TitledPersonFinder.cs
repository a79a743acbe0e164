using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The person a title names, right after it or in apposition ("Foreign Minister Wang Yi", "its leader, Hibatullah
/// Akhundzada") when an object mention is a title or a body's title.
/// </summary>
internal sealed class TitledPersonFinder
{
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;

    public TitledPersonFinder(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        this.titles = titles;
    }

    /// <summary>
    /// "met the Taliban's acting foreign minister, Amir Khan Muttaqi": after a possessor, a title of the lexicon (after
    /// its modifiers) and a comma, the person in apposition is the object; -1 when the words are no title or no person
    /// follows alone (not the first of a list: "the president, Xi Jinping and Putin").
    /// </summary>
    internal int TitledPerson(SentenceView view, int after)
    {
        int comma = -1;
        for (int j = after; j < view.End && j <= after + ObjectFinder.MaxTitleWords; j++)
        {
            if (view.Is(j, ","))
            {
                comma = j;
                break;
            }

            if (view.MentionIndexAt(j) >= 0 || view.Token(j).Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return comma > after && titles.IsTitleWord(view, comma - 1) ? ApposedPerson(view, comma) : -1;
    }

    /// <summary>
    /// The person named right after capitalised title words that start at <paramref name="from"/> and end in a title of the
    /// lexicon ("Foreign Minister Ishaq Dar"); -1 when the words are no title or no person follows.
    /// </summary>
    internal int TitleBeforePerson(SentenceView view, int from)
    {
        // "acting Commerce Minister Nooruddin Azizi": a modifier of the title (claim_cues title_modifiers) before it.
        while (from < view.End && view.MentionIndexAt(from) < 0 && view.Token(from).Is(TokenShape.AllLower) && cues.TitleModifiers.LongestAt(view, from) == 1)
        {
            from++;
        }

        int j = CapitalisedRun(view, from);
        // "Deputy Prime Minister and Foreign Minister Ishaq Dar": two titles joined by "and" belong to one person.
        if (j > from && titles.IsTitleWord(view, j - 1) && view.Is(j, "and") && view.MentionIndexAt(j) < 0
            && CapitalisedRun(view, j + 1) is var second && second > j + 1 && titles.IsTitleWord(view, second - 1))
        {
            j = second;
        }

        return j > from && titles.IsTitleWord(view, j - 1) && view.MentionIndexAt(j) is >= 0 and var person && view.MentionFirst(person) == j
            && view.Mention(person).Entity.Type == EntityType.Person ? person : -1;
    }

    /// <summary>The token after the capitalised words (at most a title's length, no mention) from <paramref name="from"/>.</summary>
    private static int CapitalisedRun(SentenceView view, int from)
    {
        int j = from;
        while (j < view.End && j - from < ObjectFinder.MaxTitleWords && view.MentionIndexAt(j) < 0 && view.Token(j).Is(TokenShape.Capitalised))
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// The person in apposition after a state's possessive and a title in lower case ("and Pakistan's foreign minister, Ishaq
    /// Dar,"), or after the title written before the name ("and Pakistan's Foreign Minister Ishaq Dar"); -1 when none.
    /// </summary>
    internal int PossessedTitlePerson(SentenceView view, int m)
    {
        if (!view.IsPossessive(m) || view.IsPossessivePronoun(m) || view.Mention(m).Entity.Type != EntityType.Country)
        {
            return -1;
        }

        int from = view.AfterMention(m);
        if (TitleBeforePerson(view, from) is >= 0 and var titled)
        {
            return titled;
        }

        // "Pakistan's Foreign Minister, Ishaq Dar", "China's Minister of Public Security, Wang Xiaohong": a title written
        // in capitals, with the field of its office after "of", may stand in apposition too.
        int j = from;
        int head = -1;
        bool capitals = from < view.End && view.Token(from).Is(TokenShape.Capitalised);
        while (j < view.End && j - from < ObjectFinder.MaxTitleWords && view.MentionIndexAt(j) < 0
            && (capitals ? view.Token(j).Is(TokenShape.Capitalised) || head < 0 && j > from && view.Is(j, "of") : view.Token(j).Is(TokenShape.AllLower)))
        {
            if (view.Is(j, "of"))
            {
                head = j - 1;
            }

            j++;
        }

        return j > from && titles.IsTitleWord(view, head >= 0 ? head : j - 1) && view.Is(j, ",") ? ApposedPerson(view, j) : -1;
    }

    /// <summary>
    /// The person named alone right after the comma at <paramref name="comma"/> that ends a title ("Pakistan's army
    /// chief, Asim Munir"): a name, no possessor, not the first of a list; -1 otherwise.
    /// </summary>
    internal static int ApposedPerson(SentenceView view, int comma)
    {
        int m = view.MentionIndexAt(comma + 1);
        return m >= 0 && view.MentionFirst(m) == comma + 1 && view.Mention(m).Entity.Type == EntityType.Person && view.Mention(m).Kind != MentionKind.Partial
            && !view.IsPossessive(m) && !ListGoesOn(view, m) ? m : -1;
    }

    /// <summary>
    /// True when "and" or "or" follows the mention: it opens a list, not an apposition. After a comma, an article after
    /// the conjunction opens the next apposed title instead ("Mohammad Sadiq, and the Taliban's deputy interior minister"),
    /// and a past verb the next predicate.
    /// </summary>
    private static bool ListGoesOn(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        // "talks with Muttaqi and Pakistan's deputy prime minister, Ishaq Dar, and received …": a past verb after ", and"
        // opens the next predicate, not the list's next name.
        return GrammarWords.Conjunctions.StartsAt(view, j)
            || (view.Is(j, ",") && GrammarWords.Conjunctions.StartsAt(view, j + 1) && !GrammarWords.Articles.StartsAt(view, j + 2)
                && !(VerbShapes.IsLowerWord(view, j + 2) && view.MentionIndexAt(j + 2) < 0 && VerbShapes.IsPast(view, j + 2)));
    }
}
