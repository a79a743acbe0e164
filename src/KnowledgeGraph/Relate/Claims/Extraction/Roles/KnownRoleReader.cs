using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A role title right before a person whose body the sentence does not name ("Foreign Minister Wang Yi", "President
/// Xi's visit", "Secretary of State Mike Pompeo"), or in apposition after the person ("John Bolton, Trump's national
/// security adviser"): the sentence states the office, and the person's curated roles
/// (gazetteer <c>roles:</c>) say whose office it is. The claim is made only when every curated role whose title holds
/// the title's words ("foreign minister" in "Minister of Foreign Affairs") is of one and the same entity, and that
/// entity is known; otherwise nothing (precision first). A noun of what a head leads after the name ("the Trump
/// administration", "the Karimov era": claim_cues <c>led_nouns</c>) states that the person LEADS the one body all their
/// curated head roles are of, and so does a word of succession right before the person (claim_cues
/// <c>succession_words</c>: "His successor, Shavkat Mirziyoyev", "since succeeding Islam Karimov"). A person with no
/// curated roles after a head-of-state title and no body ("President Paul Kagame", claim_cues <c>state_heads</c>) LEADS
/// the state the article names most, when that is the only state the
/// sentence names; after another state office's title (claim_cues <c>state_offices</c>: "Vice President Cristina
/// Fernández de Kirchner") the person HOLDS_ROLE_IN it. In a sentence that names no state at all, such a title is an
/// office of the state the report's dateline is in, as wire copy writes the host country's officials ("BISHKEK … Deputy
/// Interior Minister Almaz Sydykov told a news conference").
/// A capital read as the place before the title places the office first, as a dateline does ("signed in Dushanbe by
/// Energy and Water Resources Minister Daler Juma" → Tajikistan), and a capitalised portfolio right before an office noun
/// of claim_cues <c>portfolio_offices</c> ("Digital Development Minister Nurlan Osmonov") is a state office where the
/// sentence names its one state or such a capital (not from the dateline alone).
/// </summary>
internal sealed class KnownRoleReader
{
    private const int MaxTitleWords = 4;
    private readonly PredicateLexicon lexicon;
    private readonly Func<string, Entity?> entities;
    private readonly RoleTitleWords roleTitles;
    private Entity? mainState;
    private Entity? datelineState;

    public KnownRoleReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.lexicon = lexicon;
        this.entities = entities;
        roleTitles = new RoleTitleWords(lexicon.Cues.TitleSynonyms);
    }

    /// <summary>
    /// Starts an article: <paramref name="state"/> is the state it names most, if one does, and <paramref name="dateline"/>
    /// the state its dateline is in, if it has one.
    /// </summary>
    public void Begin(Entity? state, Entity? dateline = null) => (mainState, datelineState) = (state, dateline);

    /// <summary>Appends (person mention, title trigger, first title token, body) for each person the view holds after a title.</summary>
    public void Read(SentenceView view, List<(int Person, Trigger Title, int Start, Entity Body)> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention person = view.Mention(m);
            if (person.Entity.Type == EntityType.Person && person.Entity.Roles.Count == 0
                && ArticleHead(view, m) is var (head, headStart, state))
            {
                output.Add((m, head, headStart, state));
                continue;
            }

            if (person.Entity.Type != EntityType.Person || person.Entity.Roles.Count == 0)
            {
                continue;
            }

            int end = view.MentionFirst(m);
            if ((LedAfter(view, m) ?? SuccessionBefore(view, m)) is var (led, noun) && HeadBody(person.Entity) is { } headed && led.Predicate.AllowsObject(headed) && headed.Id != person.Entity.Id)
            {
                output.Add((m, led, noun, headed));
                continue;
            }

            if ((TitleEndingAt(view, end) ?? TitleInApposition(view, m) ?? PluralTitleBefore(view, m)) is not var (title, start)
                || !title.Predicate.AllowsSubject(person.Entity))
            {
                continue;
            }

            // "meeting with founder Ren Zhengfei" (curated as Huawei's CEO): a head's title the roles do not word leads the
            // one body the person heads; not when a capitalised word the recogniser left unnamed qualifies the title ("Texas
            // Governor George W. Bush" heads Texas, not his curated body).
            Entity? body = BodyOf(person.Entity, title)
                ?? (title.Predicate.Name == "LEADS" && !QualifiedByUnnamed(view, start) ? HeadBody(person.Entity) : null);
            if (body is not null && title.Predicate.AllowsObject(body) && body.Id != person.Entity.Id)
            {
                // "Army chief Field Marshal Asim Munir" (curated chief of the Pakistan Army): the chief of the body heads it.
                output.Add((m, BodyHeadTitle.Of(lexicon, title, body) ?? title, start, body));
            }
        }
    }

    /// <summary>A proper noun outside every mention right before the title at <paramref name="start"/> ("Texas", not "Former").</summary>
    private static bool QualifiedByUnnamed(SentenceView view, int start) =>
        start - 1 >= view.First && view.MentionIndexAt(start - 1) < 0 && view.Token(start - 1).Is(TokenShape.Capitalised)
        && view.Syntax?.Upos(start - 1) == Upos.Propn;

    /// <summary>
    /// "President Mokgweetsi Masisi assumed the presidency" in an article about Botswana that names it here: a head of
    /// state's title (claim_cues <c>state_heads</c>) or another state office's (<c>state_offices</c>) right before the person, no name, possessive or capitalised word
    /// before the title, no "of" after the person ("King Pedro V of Kongo"), and no state in the sentence but the article's;
    /// or, in a sentence that names no state, the state of the article's dateline.
    /// </summary>
    private (Trigger Title, int Start, Entity State)? ArticleHead(SentenceView view, int m)
    {
        if (TitleEndingAt(view, view.MentionFirst(m)) is not var (title, start)
            || view.Is(view.AfterMention(m), "of")
            || view.Mention(m).Entity.Name.Contains(" of ", StringComparison.Ordinal))
        {
            return null;
        }

        bool portfolio = false;
        if ((title.Predicate.Name == "LEADS" ? lexicon.Cues.StateHeads : title.Predicate.Name == "HOLDS_ROLE_IN" ? lexicon.Cues.StateOffices : null)?.LongestAt(view, start) != title.Length)
        {
            // "Digital Development Minister Nurlan Osmonov": a capitalised portfolio right before an office noun is a state office too.
            int first = start + title.Length == view.MentionFirst(m) ? OfficeHosts.PortfolioStart(view, lexicon.Cues, title, start) : start;
            if (first == start)
            {
                return null;
            }

            (start, portfolio) = (first, true);
        }

        int before = start - 1;
        // "Deputy Interior Minister Almaz Sydykov", "Vice Energy Minister …": words that qualify an office are part of its title.
        for (int n = 0; n < MaxTitleWords && before > view.First && lexicon.Cues.TitleModifiers.StartsAt(view, before); n++)
        {
            before--;
        }

        if (before >= view.First && (view.MentionIndexAt(before) >= 0 || view.Is(before, "'s") || view.Is(before, "'")
            || (view.Token(before).Kind == TokenKind.Word && char.IsUpper(view.Word(before)[0]) && before > view.First)))
        {
            return null;
        }

        if (mainState is not null)
        {
            int state = StateMentionFinder.OnlyStateMention(view, mainState);
            // "Finance Minister Almaz Baketaev told lawmakers that repayments to Chinese lenders …": another state's demonym
            // before an actor noun names those actors, not the office's state (for an office only, not a head of state).
            state = state < 0 && title.Predicate.Name == "HOLDS_ROLE_IN" ? StateBesideOthersActors(view) : state;
            if (state >= 0)
            {
                return !OtherActors.Named(view, lexicon.Cues, state, view.MentionFirst(m)) ? (title, start, mainState) : null;
            }
        }

        // "The loan agreement was signed in Dushanbe by Energy and Water Resources Minister Daler Juma": a capital read as the
        // place where the office holder acts, before the title, places the office as a dateline does.
        if (OfficeHosts.CapitalBefore(view, start) is { } host && !OtherStateBefore(view, start, host))
        {
            return (title, start, host);
        }

        // A portfolio the lexicon does not list is read where the sentence itself names the state, not from the dateline.
        return datelineState is not null && !portfolio && !OtherStateBefore(view, start, datelineState) ? (title, start, datelineState) : null;
    }

    /// <summary>
    /// True when a state other than <paramref name="state"/> is named before token <paramref name="end"/> outside a
    /// quotation ("Iran's delegation was led by Deputy Foreign Minister Kazem Gharibabadi": the office is Iran's).
    /// </summary>
    private static bool OtherStateBefore(SentenceView view, int end, Entity state)
    {
        bool quoted = false;
        for (int i = view.BodyStart; i < end; i++)
        {
            if (QuoteMarks.IsMark(view, i))
            {
                quoted = view.Is(i, "“") || (!view.Is(i, "”") && !quoted);
            }
            else if (!quoted && view.MentionIndexAt(i) is >= 0 and var m && view.Mention(m).Entity is { Type: EntityType.Country } named && named.Id != state.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A mention of the article's state when every other state the sentence names is a demonym before an actor noun
    /// (claim_cues <c>actors</c>: "Chinese lenders"); -1 otherwise.
    /// </summary>
    private int StateBesideOthersActors(SentenceView view)
    {
        int found = -1;
        for (int k = 0; k < view.MentionCount; k++)
        {
            Mention mention = view.Mention(k);
            if (mention.Entity.Type != EntityType.Country)
            {
                continue;
            }

            if (mention.Entity.Id == mainState!.Id)
            {
                found = found < 0 && mention.Kind != MentionKind.Demonym ? k : found;
            }
            else if (mention.Kind != MentionKind.Demonym || !lexicon.Cues.Actors.StartsAt(view, view.AfterMention(k)))
            {
                return -1;
            }
        }

        return found;
    }

    /// <summary>
    /// "the Trump administration", "the Karimov era", "Karimov's government": a noun of what a head leads (claim_cues
    /// <c>led_nouns</c>) right after the person's name (or its possessive), as a LEADS title on that noun; null otherwise.
    /// </summary>
    private (Trigger Title, int Start)? LedAfter(SentenceView view, int m)
    {
        int noun = view.AfterMention(m);
        return noun < view.End && lexicon.Cues.LedNouns.LongestAt(view, noun) == 1 && lexicon.Find("LEADS") is { } leads
            ? (new Trigger([view.Word(noun).ToString()], TriggerKind.Title, leads, null), noun) : null;
    }

    /// <summary>
    /// "His successor, Shavkat Mirziyoyev", "my predecessor Iain Lobban", "since succeeding Islam Karimov": a word of
    /// succession (claim_cues <c>succession_words</c>) right before the person, or before a comma and the person, says the
    /// person held the office that is succeeded to; the LEADS trigger and the word's index, or null.
    /// </summary>
    private (Trigger Title, int Start)? SuccessionBefore(SentenceView view, int m)
    {
        int word = view.MentionFirst(m) - 1;
        word -= view.Is(word, ",") ? 1 : 0;
        return word >= view.First && lexicon.Cues.SuccessionWords.LongestAt(view, word) == 1 && lexicon.Find("LEADS") is { } leads
            ? (new Trigger([view.Word(word).ToString()], TriggerKind.Title, leads, null), word) : null;
    }

    /// <summary>The one body every curated role of the person with a head's title (a LEADS title: President, Prime Minister) is of, or null.</summary>
    private Entity? HeadBody(Entity person)
    {
        string? of = null;
        foreach (PersonRole role in person.Roles)
        {
            if (role.Of is null || !lexicon.IsHeadTitle(role.Title))
            {
                continue;
            }

            if (of is not null && of != role.Of)
            {
                return null;
            }

            of = role.Of;
        }

        return of is null ? null : entities(of);
    }

    /// <summary>
    /// "Presidents Xi Jinping and Vladimir Putin", "Foreign Ministers Wang Yi and Sergey Lavrov": a title in the plural
    /// right before the first of coordinated persons is each one's; null when there is none.
    /// </summary>
    private (Trigger Title, int Start)? PluralTitleBefore(SentenceView view, int m)
    {
        int first = m;
        while (first > 0 && view.Mention(first - 1).Entity.Type == EntityType.Person && view.MentionLast(first - 1) + 2 == view.MentionFirst(first)
            && (view.Is(view.MentionFirst(first) - 1, "and") || view.Is(view.MentionFirst(first) - 1, ",")))
        {
            first--;
        }

        return PluralTitles.EndingAt(view, lexicon, view.MentionFirst(first), MaxTitleWords) is var (title, start, _) ? (title, start) : null;
    }

    /// <summary>
    /// The longest lexicon title whose last word is the token before <paramref name="end"/>, or that a capitalised
    /// portfolio after "of" or "for" ends there ("Minister of Mines and Petroleum Hedayatullah Badri"), with its first token.
    /// </summary>
    private (Trigger Title, int Start)? TitleEndingAt(SentenceView view, int end) => TitleWordsEndingAt(view, end) ?? TitleBeforePortfolio(view, end);

    /// <summary>
    /// "Minister of Mines and Petroleum", "Minister for Foreign Affairs": the title before "of" or "for" and a capitalised
    /// portfolio of at most <see cref="MaxPortfolioWords"/> words ("and" between) that ends right before <paramref name="end"/>; null when none.
    /// </summary>
    private (Trigger Title, int Start)? TitleBeforePortfolio(SentenceView view, int end)
    {
        for (int k = end - 1; k > view.First && k >= end - MaxPortfolioWords - 1; k--)
        {
            if (view.MentionIndexAt(k) >= 0)
            {
                return null;
            }

            if ((view.Is(k, "of") || view.Is(k, "for")) && k < end - 1)
            {
                return TitleWordsEndingAt(view, k);
            }

            if (!(view.Token(k).Kind == TokenKind.Word && view.Token(k).Is(TokenShape.Capitalised) || view.Is(k, "and")))
            {
                return null;
            }
        }

        return null;
    }

    private const int MaxPortfolioWords = 5;

    private (Trigger Title, int Start)? TitleWordsEndingAt(SentenceView view, int end)
    {
        for (int length = Math.Min(MaxTitleWords, end - view.First); length >= 1; length--)
        {
            int start = end - length;
            if (view.MentionIndexAt(start) >= 0 || view.Token(start).Kind != TokenKind.Word || view.TriggersAt(start) is not { } list)
            {
                continue;
            }

            foreach (var (words, trigger) in list)
            {
                if (trigger.Kind == TriggerKind.Title && words.Length == length && view.WordsMatch(start, words))
                {
                    return (trigger, start);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A title in apposition after the person that names no body ("John Bolton, Trump's national security adviser";
    /// "Mike Pompeo, the secretary of state,"): a comma, "the", "a" or a person's possessive, then the title, then the
    /// end of the apposition (a comma or the sentence's end), past a portfolio in lower case ("Abdul Ghani Baradar, the
    /// deputy prime minister for economic affairs,").
    /// </summary>
    private (Trigger Title, int Start)? TitleInApposition(SentenceView view, int m)
    {
        int i = view.MentionLast(m) + 1;
        if (!view.Is(i, ","))
        {
            return null;
        }

        i++;
        if (view.Is(i, "the") || view.Is(i, "a") || view.Is(i, "an"))
        {
            i++;
        }
        else if (view.MentionIndexAt(i) is >= 0 and var owner && view.Mention(owner).Entity.Type == EntityType.Person && view.IsPossessive(owner))
        {
            i = view.AfterMention(owner);
        }

        if (ApposedTitleAt(view, i) is { } found)
        {
            return found;
        }

        // "Hedayatullah Badri, the acting minister of mines and petroleum,": words that qualify the office may come first
        // (a title that holds them, "deputy prime minister", was tried above).
        int skipped = i;
        for (int n = 0; n < MaxTitleWords && view.MentionIndexAt(skipped) < 0 && lexicon.Cues.TitleModifiers.StartsAt(view, skipped); n++)
        {
            skipped++;
        }

        return skipped > i ? ApposedTitleAt(view, skipped) : null;
    }

    /// <summary>The title that starts at <paramref name="i"/> and ends the apposition, past a portfolio in lower case.</summary>
    private (Trigger Title, int Start)? ApposedTitleAt(SentenceView view, int i)
    {
        for (int end = Math.Min(view.End, i + MaxTitleWords); end > i; end--)
        {
            if ((end == view.End || view.Is(end, ",") || (view.IsPunctuation(end) && end + 1 == view.End) || TitlePosting.PortfolioEnd(view, end) > end)
                && TitleEndingAt(view, end) is var (title, start) && start == i)
            {
                return (title, start);
            }
        }

        return null;
    }

    /// <summary>The one entity every curated role matching <paramref name="title"/> is of, or null.</summary>
    private Entity? BodyOf(Entity person, Trigger title)
    {
        string? of = null;
        foreach (PersonRole role in person.Roles)
        {
            if (role.Of is null || !roleTitles.Holds(role.Title, title.Words))
            {
                continue;
            }

            if (of is not null && of != role.Of)
            {
                return null;
            }

            of = role.Of;
        }

        return of is null ? null : entities(of);
    }
}
