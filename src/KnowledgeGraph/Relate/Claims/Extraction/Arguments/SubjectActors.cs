using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectHeads;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The subject an actor noun or an apposition stands for: an actor's owner ("Chinese officials", "Pakistan's military"),
/// actors located in a place, a kind named by a noun, the head before a comma-enclosed apposition.
/// </summary>
internal sealed class SubjectActors
{
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;
    private readonly BridgeSkipper bridgeSkipper;

    public SubjectActors(ClaimCues cues, TitleIndex titles, BridgeSkipper bridgeSkipper)
    {
        this.cues = cues;
        this.titles = titles;
        this.bridgeSkipper = bridgeSkipper;
    }

    /// <summary>Capitalised title words before a name in apposition ("General", "Foreign Minister").</summary>
    private const int MaxTitleWords = 3;
    private const int MaxActWords = 2;

    /// <summary>
    /// "attacks by the BLA and the TTP have killed …": "by" at <paramref name="by"/> after a noun of a violent act (claim_cues
    /// <c>agent_acts</c>) names the agent of the verb the act is the subject of.
    /// </summary>
    internal bool ActBy(SentenceView view, int by) =>
        view.Is(by, "by") && by - 1 >= view.First && cues.AgentActs.StartEndingAt(view, by - 1, MaxActWords) >= 0;

    /// <summary>
    /// "Afghanistan's Badakhshan province, which borders China": a place after a possessor named with its "'s" is the
    /// subject itself of a verb only a place does (claim_cues <c>place_verbs</c>).
    /// </summary>
    internal bool OwnPlace(SentenceView view, int possessive, int verb) =>
        view.MentionIndexAt(possessive + 1) is >= 0 and var place && view.Mention(place).Entity.Type == EntityType.Place
        && cues.PlaceVerbs.StartsAt(view, verb);

    /// <summary>
    /// The organisation or group named right before the singular noun of its kind at <paramref name="noun"/> (claim_cues
    /// <c>body_nouns</c>): "the Haq Do Tehreek movement, led by …", "the Pakistan Tehreek-e-Insaf party, which"; or the place
    /// before a place's noun (<c>place_heads</c>: "Badakhshan province, which"); -1 if none.
    /// </summary>
    internal int KindNamed(SentenceView view, int noun)
    {
        // The name first (cheap), then the noun's lists: one body, not its kind in the plural ("Baloch organizations, that
        // are targeting …" are groups of a people). "The Inter-Services Intelligence (ISI) agency, headed by …": the name
        // before its bracketed short form.
        if (noun <= view.First || view.MentionIndexAt(noun) >= 0)
        {
            return -1;
        }

        int m = view.Is(noun - 1, ")") ? NamedEndingAt(view, noun - 1) : view.MentionIndexAt(noun - 1);
        // "an anti-Taliban group": a name glued after "anti-" or "pro-" is what the body is against or for.
        if (m < 0 || !(view.MentionLast(m) == noun - 1 || view.Is(noun - 1, ")")) || view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym
            || ObjectFinder.AgainstOrFor(view, view.MentionFirst(m)))
        {
            return -1;
        }

        bool body = cues.BodyNouns.LongestAt(view, noun) == 1;
        return (body || cues.PlaceHeads.LongestAt(view, noun) == 1) && !VerbShapes.IsPluralNoun(view, noun)
            && (body ? view.Mention(m).Entity.Type is EntityType.Organisation or EntityType.Group : view.Mention(m).Entity.Type == EntityType.Place) ? m : -1;
    }

    /// <summary>
    /// "The Uyghur militants of the Turkestan Islamic Party are fighting", "officials with the CRBC said": an actor noun's
    /// body acts; its former members ("former members of Scientology, who helped him") do not act for it.
    /// </summary>
    internal bool ActorsBody(SentenceView view, int prep) =>
        (view.Is(prep, "of") || view.Is(prep, "with")) && view.MentionIndexAt(prep - 1) < 0 && cues.Actors.LongestAt(view, prep - 1) == 1
        && !view.Is(prep - 2, "former");

    /// <summary>"Militants from the TTP attacked", "gunmen from the Islamic State", "Separatists of the BLA": a group's armed members act for it.</summary>
    internal bool ArmedMembersFrom(SentenceView view, int prep, int group) =>
        (view.Is(prep, "from") || view.Is(prep, "of")) && view.MentionIndexAt(prep - 1) < 0 && cues.PresenceUnits.LongestAt(view, prep - 1) == 1
        && view.Mention(group).Entity.Type is EntityType.Organisation or EntityType.Group;

    /// <summary>
    /// The actor a place mention <paramref name="place"/> locates: a name, or an actor noun with its owner, right before a
    /// locative preposition and the place ("ISIL fighters in Mosul", "the Taliban in Kandahar"); -1 otherwise.
    /// </summary>
    internal int LocatedActor(SentenceView view, int place)
    {
        if (view.Mention(place).Entity.Type is not (EntityType.Place or EntityType.Country) || view.IsPossessive(place))
        {
            return -1;
        }

        int prep = view.MentionFirst(place) - 1;
        prep -= view.Is(prep, "the") ? 1 : 0;
        if (prep - 1 < view.First || !GrammarWords.Locatives.StartsAt(view, prep))
        {
            return -1;
        }

        int m = view.MentionIndexAt(prep - 1);
        if (m >= 0)
        {
            return view.AfterMention(m) == prep && IsUsableHead(view, m) && !view.IsPossessive(m)
                && view.Mention(m).Entity.Type is not EntityType.Place ? m : -1;
        }

        return cues.Actors.StartsAt(view, prep - 1) || cues.Instruments.StartsAt(view, prep - 1) ? ActorOwner(view, prep - 1) : -1;
    }

    /// <summary>
    /// The possessor (or demonym) of a control noun whose infinitive has mention <paramref name="m"/> as its object ("Moscow's
    /// decision in July to recognise the Taliban"), bridges of time allowed between the noun and "to"; -1 otherwise.
    /// </summary>
    internal int InfinitiveObjectOwner(SentenceView view, int m)
    {
        int infinitive = view.BeforeMention(m);
        if (!view.Is(infinitive - 1, "to") || !VerbShapes.IsLowerWord(view, infinitive) || view.MentionIndexAt(infinitive) >= 0)
        {
            return -1;
        }

        int noun = bridgeSkipper.SkipBridges(view, infinitive - 2);
        if (noun < view.First || view.MentionIndexAt(noun) >= 0 || !cues.ControlNouns.StartsAt(view, noun))
        {
            return -1;
        }

        int owner = EndingAt(view, noun - 1);
        return owner >= 0 && (view.IsPossessive(owner) || view.IsPossessivePronoun(owner) || view.Mention(owner).Kind == MentionKind.Demonym) ? owner : -1;
    }

    internal int ActorOwner(SentenceView view, int i)
    {
        int j = i - 1;
        // "Russian grain exporters", "Chinese oil companies": a noun of a trade may stand before the actor noun.
        for (int steps = 0; steps < 2 && j >= view.First && view.MentionIndexAt(j) < 0 && (cues.Actors.StartsAt(view, j) || cues.Instruments.StartsAt(view, j) || cues.Fillers.StartsAt(view, j) || OfficeWord(view, j)
            || j == i - 1 && DemonymBefore(view, j) && view.Token(j).Is(TokenShape.AllLower) && view.Syntax?.Upos(j) == Upos.Noun); steps++)
        {
            j--;
        }

        int m = EndingAt(view, j);
        if (m < 0 && LedBy(view, j) is >= 0 and var leader)
        {
            return leader;
        }

        // "Kazakhstan, whose government sent a trade delegation to Kabul": the relative's antecedent owns the actors.
        if (m < 0 && view.Is(j, "whose") && view.Is(j - 1, ","))
        {
            m = NamedEndingAt(view, j - 2);
            return m >= 0 && !view.IsPossessive(m) && view.Mention(m).Entity.Type is not EntityType.Person ? m : -1;
        }

        return m >= 0 && view.Mention(m).Entity.Type is not EntityType.Person ? m : -1;
    }

    /// <summary>"Coalition forces led by the United States attacked ISIS": the leader named after actors and "led by" acts for them.</summary>
    internal bool LeadsActors(SentenceView view, int by) =>
        view.Is(by, "by") && view.Is(by - 1, "led") && by - 2 >= view.First && view.MentionIndexAt(by - 2) < 0 && cues.Actors.StartsAt(view, by - 2);

    internal int BeforeApposition(SentenceView view, int comma)
    {
        for (int j = comma - 1; j > view.First && comma - j <= MaxApposition; j--)
        {
            if (view.Is(j, ","))
            {
                int m = EndingAt(view, j - 1);
                // "… a bombing in Kerman, Iran, in 2024, has denounced": a state after a place and a comma only places it.
                if (m >= 0 && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place && view.Is(view.MentionFirst(m) - 1, ",")
                    && view.MentionIndexAt(view.MentionFirst(m) - 2) is >= 0 and var placed && view.Mention(placed).Entity.Type == EntityType.Place)
                {
                    return -1;
                }

                if (m < 0 && cues.Actors.LongestAt(view, j - 1) == 1 && view.MentionIndexAt(j - 1) < 0
                    && view.Word(j + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && view.Is(j + 2, "by"))
                {
                    // "Syrian forces, backed by Russia, retook Palmyra": the actor noun's owner before a reduced passive.
                    return ActorOwner(view, j - 1);
                }

                // "The leader of the Taliban, Haibatullah Akhundzada, met": a name governed by a preposition, past its article,
                // or past its owner's possessive ("The head of Zimbabwe's army, General Constantino Chiwenga, visited").
                int first = m >= 0 ? view.MentionFirst(m) : -1;
                first = m > 0 && view.IsPossessive(m - 1) && view.AfterMention(m - 1) == first ? view.MentionFirst(m - 1) : first;
                int lead = m >= 0 && view.Is(first - 1, "the") ? first - 2 : m >= 0 ? first - 1 : -1;
                bool governed = m >= 0 && GrammarWords.Prepositions.StartsAt(view, lead);
                if (m >= 0 && !governed && !view.IsPossessive(m) && IsUsableHead(view, m))
                {
                    return RelativeOpener(view, first, comma) is >= 0 and var opener ? opener : m;
                }

                // "China's ambassador to Afghanistan, Wang Yu, met": a name the head cannot be (after a preposition)
                // leaves the person in apposition as the subject.
                int named = NamingApposition(view, j, comma);
                return m < 0 || named >= 0 && view.Mention(named).Entity.Type == EntityType.Person ? named : -1;
            }

            if (view.IsPunctuation(j) && !view.Is(j, "-") && !view.Is(j, "(") && !view.Is(j, ")"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Gurbanguly Berdimuhamedov, who now chairs the Halk Maslahaty, the upper house of Turkmenistan's parliament, also met
    /// Xi": a name inside a relative clause that the sentence's opening name heads ("X, who …", "X, which …") and the comma
    /// at <paramref name="close"/> ends is said by the clause, not the head of the verb after that comma; the opening name
    /// is. Only when every comma inside the clause opens a name, an article's noun phrase or a prepositional phrase (an
    /// apposition or a list, no clause of its own) and the opening name is no place. Returns the opening name, or -1 when
    /// the name starting at <paramref name="first"/> is not so placed.
    /// </summary>
    private static int RelativeOpener(SentenceView view, int first, int close)
    {
        int opener = OpeningName(view);
        int relative = opener >= 0 ? view.AfterMention(opener) + 1 : -1;
        if (opener < 0 || relative >= first || !view.Is(relative - 1, ",") || !GrammarWords.CommaRelatives.StartsAt(view, relative)
            || view.Mention(opener).Entity.Type == EntityType.Place)
        {
            return -1;
        }

        for (int k = relative + 1; k < close; k++)
        {
            if (view.IsPunctuation(k) && !view.Is(k, ",") && !view.Is(k, "-") && !view.Is(k, "'s"))
            {
                return -1;
            }

            if (view.Is(k, ",") && view.MentionIndexAt(k + 1) < 0 && !view.Token(k + 1).Is(TokenShape.Capitalised)
                && !GrammarWords.Articles.StartsAt(view, k + 1) && !GrammarWords.Prepositions.StartsAt(view, k + 1))
            {
                return -1;
            }
        }

        return opener;
    }

    /// <summary>
    /// "the Wakhan Corridor, the narrow strip of Badakhshan": for place <paramref name="m"/> after "of" and a noun of a place
    /// (claim_cues <c>place_heads</c>) in apposition to a place's name, that name; -1 otherwise.
    /// </summary>
    internal int PlaceOfApposedPlace(SentenceView view, int m)
    {
        int of = view.MentionFirst(m) - 1;
        return view.Mention(m).Entity.Type == EntityType.Place && view.Is(of, "of") && view.MentionIndexAt(of - 1) < 0
            && cues.PlaceHeads.LongestAt(view, of - 1) == 1 && ApposedHead(view, of - 1) is >= 0 and var named
            && view.Mention(named).Entity.Type == EntityType.Place ? named : -1;
    }

    /// <summary>
    /// "many of our people, the Ugandans, are trading": when the noun before an apposition is no name, the apposition
    /// between the commas at <paramref name="open"/> and <paramref name="close"/> is the subject if it is one name.
    /// </summary>
    private int NamingApposition(SentenceView view, int open, int close)
    {
        int first = view.Is(open + 1, "the") ? open + 2 : open + 1;
        // "The head of Zimbabwe's army, General Constantino Chiwenga, visited": a title before the person's name.
        for (int n = 0; n < MaxTitleWords && first < close && view.MentionIndexAt(first) < 0 && view.Token(first).Is(TokenShape.Capitalised)
            && titles.IsTitleWord(view, first); n++)
        {
            first++;
        }

        int m = view.MentionIndexAt(first);
        return m >= 0 && view.MentionFirst(m) == first && view.MentionLast(m) == close - 1 && IsUsableHead(view, m) ? m : -1;
    }

    /// <summary>True when the word at <paramref name="i"/> is a title of office (<see cref="SubjectFinder.OfficeWord(SentenceView, int, TitleIndex)"/>).</summary>
    private bool OfficeWord(SentenceView view, int i) => SubjectFinder.OfficeWord(view, i, titles);
}
