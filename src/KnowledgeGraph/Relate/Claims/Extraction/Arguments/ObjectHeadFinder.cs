using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The head of the object at a mention: yields a possessor to what it possesses, a modifier to the person or name it
/// qualifies, and rejects a mention that only qualifies a listed head noun.
/// </summary>
internal sealed class ObjectHeadFinder
{
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;
    private readonly ObjectActorFinder actorFinder;
    private readonly TitledPersonFinder personFinder;

    public ObjectHeadFinder(ClaimCues cues, TitleIndex titles, ObjectActorFinder actorFinder, TitledPersonFinder personFinder)
    {
        this.cues = cues;
        this.titles = titles;
        this.actorFinder = actorFinder;
        this.personFinder = personFinder;
    }

    private const int MaxHeadGap = 7;

    /// <summary>The mention the object really is: past a possessor or a modifier; -1 for a bare demonym or a dangling possessor.</summary>
    internal int Head(SentenceView view, int m, bool possessorObject, ref float weight)
    {
        if (view.IsPossessive(m))
        {
            int after = view.AfterMention(m);
            if (GrammarWords.Surroundings.StartsAt(view, after))
            {
                // "substantial investments in Afghanistan's neighbourhood": what lies around a place is not the place.
                return -1;
            }

            if (personFinder.TitledPerson(view, after) is >= 0 and var holder)
            {
                return holder;
            }

            // "met Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar": a capitalised title longer than the
            // words the possessed phrase is searched in names its holder.
            if (personFinder.TitleBeforePerson(view, after) is >= 0 and var titledHolder)
            {
                return titledHolder;
            }

            for (int j = after; j < view.End && j < after + 3; j++)
            {
                int next = view.MentionIndexAt(j);
                if (next >= 0)
                {
                    // "met his Pakistani counterpart Ishaq Dar": the person the possessed phrase names; "met Pakistan's
                    // army chief, Asim Munir": the person in apposition to the possessed body's title.
                    if (view.IsPossessive(next))
                    {
                        return -1;
                    }

                    if (QualifiedPerson(view, next) is >= 0 and var qualified)
                    {
                        return qualified;
                    }

                    return view.Mention(next).Entity.Type != EntityType.Person && personFinder.TitledPerson(view, view.AfterMention(next)) is >= 0 and var titledBody
                        ? titledBody : next;
                }

                if (view.IsPunctuation(j) || GrammarWords.Prepositions.StartsAt(view, j) || GrammarWords.ClauseStops.StartsAt(view, j))
                {
                    break;
                }
            }

            weight *= 0.9f;
            return possessorObject || actorFinder.ActorPhrase(view, after) ? m : -1;
        }

        // "failed to conquer UN-backed South Korea": a name hyphen-joined to a lower-case word only qualifies what follows,
        // and yields to the name it qualifies.
        int joined = view.MentionLast(m) + 2;
        if (view.Is(joined - 1, "-") && joined < view.End && view.Token(joined).Kind == TokenKind.Word && view.Token(joined).Is(TokenShape.AllLower)
            && view.Token(joined - 2).End == view.Token(joined - 1).Start && view.Token(joined - 1).End == view.Token(joined).Start)
        {
            int qualified = view.MentionIndexAt(joined + 1);
            if (qualified < 0 && SubjectFinder.LedBy(view, joined) == m && actorFinder.ActorAfterFillers(view, joined + 1) >= 0)
            {
                // "fighting the Saudi-led coalition": the leader of the actors named after "-led" stands for them.
                weight *= 0.85f;
                return m;
            }

            return qualified >= 0 ? Head(view, qualified, possessorObject, ref weight) : -1;
        }

        // "upgrading the Lagos-Ibadan railway", "building the Karachi-Lahore motorway": two capitalised ends of a route
        // qualify the lower-case noun after them, which is the object, not either end.
        if (view.Is(joined - 1, "-") && RouteEnd(view, joined) is > 0 and var routeEnd && routeEnd < view.End
            && view.Token(routeEnd).Kind == TokenKind.Word && view.Token(routeEnd).Is(TokenShape.AllLower) && !GrammarWords.Conjunctions.StartsAt(view, routeEnd)
            && !GrammarWords.Prepositions.StartsAt(view, routeEnd) && !GrammarWords.ClauseStops.StartsAt(view, routeEnd))
        {
            return -1;
        }

        // "met his Pakistani counterpart Ishaq Dar": a possessive pronoun yields to the person its phrase names.
        if (view.IsPossessivePronoun(m) && view.MentionIndexAt(view.MentionLast(m) + 1) is >= 0 and var owned
            && QualifiedPerson(view, owned) is >= 0 and var counterpart)
        {
            return counterpart;
        }

        int person = QualifiedPerson(view, m);
        if (person >= 0)
        {
            return person;
        }

        // "contributed 220 troops to the U.N. mission, MONUSCO": a body's unit named in apposition is the object.
        if (ObjectQualifierFinder.ApposedUnit(view, m, cues) is >= 0 and var unit)
        {
            return unit;
        }

        // "met Pakistan's army chief, Asim Munir": a body's title and the person in apposition.
        if (view.Mention(m).Entity.Type != EntityType.Person && personFinder.TitledPerson(view, view.AfterMention(m)) is >= 0 and var titled)
        {
            return titled;
        }

        // "links to the Russian GRU": a demonym qualifying the name right after it yields to that name.
        int named = view.MentionIndexAt(view.AfterMention(m));
        if (view.Mention(m).Kind == MentionKind.Demonym && named >= 0 && view.Mention(named).Kind != MentionKind.Demonym)
        {
            return named;
        }

        // "sanctioned the Kyrgyz lender Keremet Bank": a demonym before a body noun and the body's name gives the name's
        // nationality; the body is the object. So does a state's acronym after an article ("held talks with the U.S. oil
        // company Unocal").
        if ((view.Mention(m).Kind == MentionKind.Demonym || StateBeforeBodyNoun(view, m)) && BodyNoun.End(view, cues, view.AfterMention(m)) is > 0 and var nounEnd
            && view.MentionIndexAt(nounEnd) is >= 0 and var body && view.MentionFirst(body) == nounEnd
            && view.Mention(body).Entity.Type == EntityType.Organisation)
        {
            return body;
        }

        // "court the two Asian giants": a region's demonym after a number counts states of the region, not the region; the
        // states it then lists are the objects ("toured four African nations, including Kenya and Ethiopia").
        if (view.Mention(m).Kind == MentionKind.Demonym && view.Mention(m).Entity.Type != EntityType.Country
            && GrammarWords.Numbers.StartsAt(view, view.MentionFirst(m) - 1))
        {
            return ObjectListOpeners.ListedAfter(view, view.AfterMention(m));
        }

        if (view.Mention(m).Kind == MentionKind.Demonym && !view.Is(view.MentionFirst(m) - 1, "the"))
        {
            // "the Afghan government", "Chinese officials": a demonym before an actor noun stands for its country.
            // For stance predicates the country's policy or interests stand for it like its possessive ("undermine
            // Chinese interests", "decried the focus of Chinese foreign policy").
            weight *= 0.85f;
            // "shot down a Russian warplane": a demonym's means of attack stand for its country too.
            // "talks with Chinese defence officials": modifiers may stand between the demonym and its actor noun.
            return actorFinder.ActorAfterModifiers(view, view.MentionLast(m) + 1) >= 0 || cues.Instruments.StartsAt(view, view.MentionLast(m) + 1) || possessorObject || actorFinder.DemonymsBeforeActor(view, m) ? m : -1;
        }

        // "the attack on the Russian embassy in Kabul": for possessor-object predicates a demonym before an actor noun is
        // its country, whose embassy or nationals the noun names.
        if (possessorObject && view.Mention(m).Kind == MentionKind.Demonym && cues.Actors.StartsAt(view, view.MentionLast(m) + 1))
        {
            return m;
        }

        // "joining SCO summits": the mention only qualifies the noun that is the real object; so does a name before the
        // first word of a nominal trigger ("received US aid": the aid is received, not the United States), unless that
        // word names actors the name stands for ("hosted Taliban delegations", though "delegations to" is a trigger).
        // "the capital of Shaanxi province": a place's own unit noun after it is no noun it qualifies.
        if (cues.ModifierHeads.StartsAt(view, view.AfterMention(m)) || QualifiesNoun(view, m)
            || (NounTriggerAfter(view, m) && !cues.Actors.StartsAt(view, view.AfterMention(m)) && !UnitOfPlace(view, m)))
        {
            return -1;
        }

        return m;
    }

    /// <summary>A state's acronym (no possessive) right after an article ("the U.S. oil company Unocal").</summary>
    private static bool StateBeforeBodyNoun(SentenceView view, int m) =>
        view.Mention(m).Kind == MentionKind.Acronym && view.Mention(m).Entity.Type == EntityType.Country
        && !view.IsPossessive(m) && GrammarWords.Articles.StartsAt(view, view.MentionFirst(m) - 1);

    /// <summary>A place's or country's name followed by a noun of its kind of place (claim_cues <c>place_heads</c>: "Shaanxi province").</summary>
    private bool UnitOfPlace(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Place or EntityType.Country && view.Mention(m).Kind == MentionKind.Name
        && cues.PlaceHeads.StartsAt(view, view.AfterMention(m));

    /// <summary>
    /// True when a lower-case word right after the mention, with no article before it, begins a nominal trigger ("US aid",
    /// "EU accession talks"; "the NATO military alliance" is NATO).
    /// </summary>
    private static bool NounTriggerAfter(SentenceView view, int m)
    {
        int next = view.AfterMention(m);
        if (next >= view.End || GrammarWords.Articles.StartsAt(view, view.MentionFirst(m) - 1) || view.MentionIndexAt(next) >= 0 || !view.Token(next).Is(TokenShape.AllLower) || view.TriggersAt(next) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Noun && view.Is(next, words[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "supports the Kashmir groups", "a partner in the Iraq venture": a country's or place's name between an article and
    /// a lower-case common noun (by the tagger) that is no actor noun and no title names that noun's thing, not the place;
    /// so does an organisation's name before a site's noun (claim_cues <c>site_heads</c>: "built the African Union
    /// headquarters"). The tagger is asked only after the article and the word's shape agree, so few sentences are tagged
    /// for it.
    /// </summary>
    private bool QualifiesNoun(SentenceView view, int m)
    {
        int next = view.AfterMention(m);
        // "join the Defeat Isis coalition": a name after an article and a capitalised word no mention covers (no title's),
        // and before a word, stands inside a longer name the gazetteer lacks.
        int before = view.MentionFirst(m) - 1;
        if (before > view.First && view.MentionIndexAt(before) < 0 && view.Token(before).Kind == TokenKind.Word && view.Token(before).Is(TokenShape.Capitalised)
            && GrammarWords.Articles.StartsAt(view, before - 1) && !titles.IsTitleWord(view, before) && !cues.TitleModifiers.StartsAt(view, before)
            && next < view.End && view.MentionIndexAt(next) < 0 && view.Token(next).Kind == TokenKind.Word && !GrammarWords.Prepositions.StartsAt(view, next)
            && !GrammarWords.ClauseStops.StartsAt(view, next))
        {
            return true;
        }

        // "host the FIFA Men's World Cup": a body only discovered from its capitals, after an article and before a
        // capitalised word no mention covers, stops short of the longer name it opens.
        if (DiscoveredBodyAt(view, view.MentionFirst(m)) == m && GrammarWords.Articles.StartsAt(view, before) && next < view.End
            && view.MentionIndexAt(next) < 0 && view.Token(next).Kind == TokenKind.Word && view.Token(next).Is(TokenShape.Capitalised))
        {
            return true;
        }

        // "stormed a Kabul hotel": a capital standing for its state qualifies a noun as its name would.
        if (view.Mention(m).Kind is not (MentionKind.Name or MentionKind.Metonym) || !GrammarWords.Articles.StartsAt(view, view.MentionFirst(m) - 1))
        {
            return false;
        }

        // "stormed the Kabul Longan Hotel": a place's name after an article and before a capitalised word no mention covers
        // opens a longer name the gazetteer lacks.
        if (OpensLongerName(view, m))
        {
            return true;
        }

        // An organisation's name qualifies a site's noun only ("the African Union headquarters"): no tagger asked.
        if (view.Mention(m).Entity.Type == EntityType.Organisation)
        {
            return VerbShapes.IsLowerWord(view, next) && view.MentionIndexAt(next) < 0 && cues.SiteHeads.StartsAt(view, next);
        }

        return view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place
            && next < view.End && view.MentionIndexAt(next) < 0 && view.Token(next).Kind == TokenKind.Word && view.Token(next).Is(TokenShape.AllLower)
            && !cues.Actors.StartsAt(view, next) && !titles.IsTitleWord(view, next) && !cues.Bridges.StartsAt(view, next)
            && !GrammarWords.Prepositions.StartsAt(view, next) && !GrammarWords.ClauseStops.StartsAt(view, next)
            && view.Syntax?.Upos(next) == Upos.Noun;
    }

    /// <summary>
    /// A place's or country's name right before a capitalised word no mention covers, or a body only discovered from its
    /// capitals: it opens a longer name the gazetteer lacks.
    /// </summary>
    internal static bool OpensLongerName(SentenceView view, int m)
    {
        int next = view.AfterMention(m);
        return view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place && next < view.End
            && (view.MentionIndexAt(next) < 0 && view.Token(next).Kind == TokenKind.Word && view.Token(next).Is(TokenShape.Capitalised)
                || DiscoveredBodyAt(view, next) >= 0);
    }

    /// <summary>An organisation only discovered from its capitals whose mention opens at token <paramref name="i"/>; -1 when none.</summary>
    internal static int DiscoveredBodyAt(SentenceView view, int i) =>
        view.MentionIndexAt(i) is >= 0 and var m && view.MentionFirst(m) == i && view.Mention(m).Kind == MentionKind.Discovered
        && view.Mention(m).Entity.Type == EntityType.Organisation ? m : -1;

    /// <summary>
    /// The token after the capitalised word or name at <paramref name="i"/> that a hyphen (no spaces around it) joins to the
    /// name before it; -1 when none stands there.
    /// </summary>
    private static int RouteEnd(SentenceView view, int i)
    {
        if (i >= view.End || view.Token(i - 2).End != view.Token(i - 1).Start || view.Token(i - 1).End != view.Token(i).Start)
        {
            return -1;
        }

        int m = view.MentionIndexAt(i);
        if (m >= 0)
        {
            return view.MentionFirst(m) == i ? view.AfterMention(m) : -1;
        }

        return view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.Capitalised) ? i + 1 : -1;
    }

    /// <summary>"Taliban figure Mullah Baradar", "Taliban interim Minister of Industry and Commerce Nooruddin Azizi": the person.</summary>
    private int QualifiedPerson(SentenceView view, int m)
    {
        if (view.Mention(m).Entity.Type == EntityType.Person)
        {
            return -1;
        }

        int start = view.MentionLast(m) + 1;
        if (start >= view.End || GrammarWords.Conjunctions.StartsAt(view, start) || view.IsPunctuation(start))
        {
            return -1;
        }

        for (int j = start; j < view.End && j - start <= MaxHeadGap; j++)
        {
            int next = view.MentionIndexAt(j);
            if (next >= 0)
            {
                // A pronoun resolved to a person is no name a title qualifies.
                return view.Mention(next).Entity.Type == EntityType.Person && !view.IsPossessive(next)
                    && !(view.Mention(next).Kind == MentionKind.Partial && view.Token(j).Is(TokenShape.AllLower))
                    && !VerbShapes.TaggedVerbBetween(view, start, j) ? next : -1;
            }

            // A verb in -ing ends the phrase: "criticised China for blocking the listing of Masood Azhar" names no title, but
            // a title modifier does not ("met Afghan acting foreign minister Amir Khan Muttaqi"); so do a copula and a
            // participle in -ed.
            bool titleWord = view.Token(j).Kind == TokenKind.Word
                && (view.Is(j, "of") || view.Is(j, "and") || view.Is(j, "for") || !GrammarWords.Prepositions.StartsAt(view, j))
                && !GrammarWords.ClauseStops.StartsAt(view, j) && (!VerbShapes.IsIngWord(view, j) || cues.TitleModifiers.StartsAt(view, j))
                && !GrammarWords.BeForms.StartsAt(view, j)
                && !(VerbShapes.IsLowerWord(view, j) && !view.Is(j - 1, "-") && view.Word(j).EndsWith("ed", StringComparison.Ordinal));
            if (!titleWord && !view.Is(j, "-"))
            {
                return -1;
            }
        }

        return -1;
    }
}
