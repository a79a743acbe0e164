using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Finds the object(s) right of a trigger: walks over determiners, adjectives and nouns (at most a few tokens),
/// through the prepositions the predicate allows and never through others, clause openers or punctuation.
/// A possessor ("Afghanistan's Mes Aynak") yields to the mention after it; a modifier ("Taliban figure Mullah
/// Baradar") yields to the person it qualifies; a demonym is an object only before an actor noun ("the Afghan
/// government"), never before others ("Chinese workers"); an actor noun with "with" or "of" and a name ("officials with
/// the CRBC") stands for that name. A dangling possessor ("Russia's actions") is the object only
/// for predicates that say so (<see cref="PredicateDefinition.PossessorObject"/>).
/// A mention qualifying a listed head noun ("SCO summits") is not the object. Coordinated objects ("the Taliban
/// and Pakistan") are collected.
/// </summary>
internal sealed class ObjectFinder
{
    private readonly ClaimCues cues;
    private readonly ObjectCoordinator coordinator;
    private readonly ObjectHeadFinder headFinder;
    private readonly ObjectQualifierFinder qualifierFinder;

    public ObjectFinder(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        var actorFinder = new ObjectActorFinder(cues, titles);
        var personFinder = new TitledPersonFinder(cues, titles);
        qualifierFinder = new ObjectQualifierFinder(cues);
        headFinder = new ObjectHeadFinder(cues, titles, actorFinder, personFinder);
        coordinator = new ObjectCoordinator(cues, actorFinder, qualifierFinder, personFinder);
    }

    private const int MaxGap = 6;

    internal const int MaxTitleWords = 4;

    /// <summary>
    /// Objects from token <paramref name="from"/> on. <paramref name="preps"/> are the allowed prepositions; when
    /// <paramref name="direct"/> is false one of them must come before the object. With <paramref name="workList"/> (the
    /// verbs of material cooperation) a list of common nouns is read through to the name it ends in or the place after it
    /// (<see cref="ObjectWorkList"/>).
    /// </summary>
    public void Find(SentenceView view, int from, IReadOnlyList<string> preps, bool direct, List<Argument> objects, bool possessorObject = false, bool workList = false)
    {
        objects.Clear();
        bool sawPrep = false;
        // "said China \"firmly supports\" Pakistan's fight": a short quotation of the trigger closes before its object.
        int i = ObjectClauseBoundaries.QuotedTriggerEnd(view, from) ? from + 1 : from;
        // "ISKP said its fighters had targeted \"Chinese communists who persecute Uyghur Muslims\"": a quotation opening
        // the object is what the verb reaches; its mark hides no party.
        i += ObjectClauseBoundaries.OpensQuotation(view, i) ? 1 : 0;
        int gap = 0;
        int reach = MaxGap;
        while (i < view.End && gap <= reach)
        {
            // "invested in power plants, roads and mines across Pakistan": the commas of a list of things the verb takes
            // join its conjuncts; the list is one object phrase, read on to the name it ends in or the place after it.
            if (workList && i > from && ObjectWorkList.Joins(view, i))
            {
                reach = MaxGap + ObjectWorkList.ExtraReach;
                i++;
                continue;
            }

            // "bought armed drones and armoured vehicles from China's state-owned Norinco": two things a verb of trade or aid
            // moves, joined before the preposition it needs, are one object phrase too.
            if (workList && !direct && !sawPrep && i > from && ObjectWorkList.JoinsGoods(view, i, preps))
            {
                reach = Math.Max(reach, MaxGap + ObjectWorkList.ExtraReach);
                gap++;
                i++;
                continue;
            }

            if (view.MentionIndexAt(i) is >= 0 and var named)
            {
                // "building the Kyrgyz section of the railway": a demonym before a project's part qualifies the part.
                if (view.Mention(named).Kind == MentionKind.Demonym && view.MentionFirst(named) == i
                    && qualifierFinder.ProjectWorkOf(view, view.AfterMention(named)) is > 0 and var part)
                {
                    gap += 2;
                    i = view.AfterMention(named) + part;
                    continue;
                }

                // "sheltering Tajik militants of Jamaat Ansarullah": a demonym's actors "of" a group are that group's.
                if (view.MentionFirst(named) == i && view.Mention(named).Kind == MentionKind.Demonym && qualifierFinder.GroupOfActors(view, view.AfterMention(named)) is > 0 and var ofGroup)
                {
                    gap += 2;
                    i = ofGroup;
                    continue;
                }

                // "registered in the Xinjiang capital of Urumqi": a province or region before a noun of a place within it
                // qualifies the place its "of" names, and so does a state's demonym ("based in the eastern Chinese province
                // of Jiangxi").
                if (view.MentionFirst(named) == i && (ObjectQualifierFinder.IsProvince(view.Mention(named).Entity) || view.Mention(named).Kind == MentionKind.Demonym)
                    && qualifierFinder.PlacePartOf(view, view.AfterMention(named)) is > 0 and var within)
                {
                    gap += 2;
                    i = view.AfterMention(named) + within;
                    continue;
                }

                // "backed the anti-Taliban National Resistance Front": a name glued after "anti-" or "pro-" qualifies the
                // name after it.
                if (view.MentionFirst(named) == i && ObjectQualifierFinder.AgainstOrFor(view, i) && view.MentionIndexAt(view.AfterMention(named)) >= 0)
                {
                    gap++;
                    i = view.AfterMention(named);
                    continue;
                }

                // "exports most of its copper to China": before the preposition a verb needs, a possessive pronoun belongs
                // to the thing moved, not the party.
                if (!direct && !sawPrep && view.IsPossessivePronoun(named))
                {
                    gap++;
                    i = view.AfterMention(named);
                    continue;
                }

                // "signed a Comprehensive Strategic Partnership Agreement with China": a named event a verb that needs its
                // preposition takes is what is signed; the party follows the preposition.
                int after = direct || view.Mention(named).Entity.Type != EntityType.Event ? view.AfterMention(named) : ObjectQualifierFinder.AfterEventName(view, named);
                if (direct || view.Mention(named).Entity.Type != EntityType.Event || !PassableWords.IsPrep(view, after, preps))
                {
                    break;
                }

                // A name, however long, is one thing signed.
                gap++;
                i = after;
                continue;
            }

            // "Qatar, which mediated the October ceasefire together with Turkey": those "together with" names act beside the
            // subject; they are no object.
            if (view.Is(i, "with") && i > from && GrammarWords.Accompaniments.StartsAt(view, i - 1))
            {
                return;
            }

            // "signed the Treaty of Good-Neighbourliness with China": "of" inside a capitalised title is part of it.
            if (!direct && view.Is(i, "of") && i > from && view.Token(i - 1).Is(TokenShape.Capitalised) && i + 1 < view.End
                && view.Token(i + 1).Is(TokenShape.Capitalised) && view.MentionIndexAt(i + 1) < 0)
            {
                i++;
                gap++;
                continue;
            }

            // "arrested seven officials with the China Road and Bridge Corporation", "arrested several members of the TIP",
            // "hosted envoys from China": the body or state of an actor noun or of members is the object.
            if ((cues.Actors.StartsAt(view, i) || cues.MemberNouns.LongestAt(view, i) == 1 && view.Word(i).EndsWith('s'))
                && (view.Is(i + 1, "with") || view.Is(i + 1, "of") || view.Is(i + 1, "from")) && i + 2 < view.End
                && (view.MentionIndexAt(i + 2) >= 0 || (view.Is(i + 2, "the") && view.MentionIndexAt(i + 3) >= 0)))
            {
                i += 2;
                gap += 2;
                continue;
            }

            // "attacked a bus carrying Chinese engineers": those a vehicle carries are what a direct object's attack reaches.
            if (direct && i > from && cues.Carrying.StartsAt(view, i) && VerbShapes.IsLowerWord(view, i - 1) && view.MentionIndexAt(i + 1) >= 0)
            {
                i++;
                gap++;
                continue;
            }

            // "condemns in the strongest terms the Assad regime's use of chemical weapons": a fixed adverbial is stepped over.
            if (cues.ObjectAsides.LongestAt(view, i) is > 0 and var aside)
            {
                i += aside;
                continue;
            }

            // "signed contracts (likely as part of a wider agreement) with the Taliban": an aside in brackets is stepped over.
            if (view.Is(i, "(") && ObjectClauseBoundaries.ClosingBracket(view, i) is var close and > 0)
            {
                i = close + 1;
                gap++;
                continue;
            }

            // "lent more than $143 billion to Kenya": an approximation before a number or sum is part of the amount, not a
            // preposition that ends the search.
            if ((ObjectQualifierFinder.NumberAt(view, i + 1) || ObjectQualifierFinder.NumberAt(view, i + 2)) && cues.Amounts.LongestAt(view, i) is > 0 and var approximate
                && ObjectQualifierFinder.NumberAt(view, i + approximate))
            {
                i += approximate;
                gap += approximate;
                continue;
            }

            // "buys about four-fifths of its weapons from China": before the preposition a verb needs, an approximation before
            // a number word or a share word is part of the share.
            if (!direct && !sawPrep && cues.Amounts.LongestAt(view, i) is > 0 and var roughly
                && (GrammarWords.Numbers.StartsAt(view, i + roughly) || cues.ShareWords.StartsAt(view, i + roughly)))
            {
                i += roughly;
                gap += roughly;
                continue;
            }

            // "donated military equipment worth $100 million to the African Union": a sum counts as one word between.
            if (ObjectQualifierFinder.NumberAt(view, i) && qualifierFinder.SumEnd(view, i) is var sumEnd && sumEnd > i + 1)
            {
                gap += 1;
                i = sumEnd;
                continue;
            }

            // "exported about 33 billion cubic metres of gas to China": before the preposition a verb needs, the "of" of a
            // measure or share names the thing moved, not a party; so does one before a possessive pronoun ("bought 81% of
            // its major weapons from China", "buys about four-fifths of its weapons from China"), and one after a noun of a
            // quantity ("shipped record volumes of fuel and wheat to Afghanistan").
            if (!direct && !sawPrep && view.Is(i, "of") && (ObjectQualifierFinder.MeasuredBefore(view, from, i)
                    || i > from && (cues.ShareWords.StartsAt(view, i - 1) || cues.GoodsMeasures.StartsAt(view, i - 1)))
                && (view.MentionIndexAt(i + 1) < 0 && VerbShapes.IsLowerWord(view, i + 1) || view.IsPossessivePronounWord(i + 1)))
            {
                // Before a possessive pronoun the "of" is part of the share, no word between of its own.
                gap += view.IsPossessivePronounWord(i + 1) ? 0 : 1;
                i++;
                continue;
            }

            // "detained thousands of Uyghurs", "killed dozens of TTP militants", "tens of thousands of": a multitude and its
            // "of" count the object; so do a portion and its "of" ("exports most of its copper to China").
            if (GrammarWords.Multitudes.StartsAt(view, i) && view.Is(i + 1, "of"))
            {
                i += 2;
                gap += 2;
                continue;
            }

            // "opposed army operations against the TTP": a stance taken on an act of violence is taken on its doer, never on
            // its target after the act's own preposition.
            if (possessorObject && i > from && ObjectQualifierFinder.ViolenceNounAt(view, i))
            {
                return;
            }

            // "funded the construction of the Karot hydropower project": work on a project or a part of it, and its "of",
            // reach the project.
            if (qualifierFinder.ProjectWorkOf(view, i) is > 0 and var work)
            {
                i += work;
                gap += 2;
                continue;
            }

            // "based in the city of Urumqi": a noun of a place within a state and its "of" reach the place named.
            if (qualifierFinder.PlacePartOf(view, i) is > 0 and var placePart)
            {
                i += placePart;
                gap += 2;
                continue;
            }

            // "bordering four new countries: Russia, Kazakhstan, Kyrgyzstan, and Tajikistan": a colon after a plural noun
            // opens the list of what the noun counts; so does "including" or "such as" after one and a comma ("a deal
            // with its creditors, including China", "agreements with several countries, including China and Turkey"), and
            // "including" without the comma ("welcomed more than 20 leaders including Russian President Vladimir Putin").
            if (i > from && view.Token(i - 1).Is(TokenShape.AllLower) && view.Word(i - 1).EndsWith('s') && ObjectListOpeners.ListOpenerAfterPlural(view, i) is > 0 and var opener
                && view.MentionIndexAt(i + opener) is var listed and >= 0 && view.MentionFirst(listed) == i + opener)
            {
                i += opener;
                gap += opener;
                continue;
            }

            // "opened a consulate and hosted a Taliban delegation": past an object of the verb's own, "and" and a past verb
            // with an object of its own (an article or a name after it) open another clause; with an auxiliary ("kept its
            // embassy open and has hosted …") they do so right after the trigger too.
            if (view.Is(i, "and") && (i > from + 1 || ObjectClauseBoundaries.IsPerfect(view, i + 1)) && ObjectClauseBoundaries.SecondVerb(view, i + 1))
            {
                return;
            }

            // "with Cuba supporting the MPLA and the US backing UNITA": "and", a name and a verb open a clause of their own.
            if (view.Is(i, "and") && i > from && ObjectClauseBoundaries.SubjectOfNextClause(view, i))
            {
                return;
            }

            // "condemn the withdrawal of U.S. forces": for possessor-object predicates an "of" phrase names the party; "of"
            // before a gerund names an act ("accused the government of mortgaging the country to Chinese lenders").
            if (possessorObject && view.Is(i, "of") && VerbShapes.IsIngWord(view, i + 1))
            {
                return;
            }

            if (!(possessorObject && view.Is(i, "of")) && !PassableWords.Passable(view, cues, i, from, preps, ref sawPrep))
            {
                return;
            }

            // "a 700-troop infantry battalion to": a hyphen joins two words into one, so it does not count as a word between.
            gap += view.Is(i, "-") ? 0 : 1;
            i++;
        }

        int m = view.MentionIndexAt(i);
        if (m < 0 || (!direct && !sawPrep))
        {
            return;
        }

        float weight = gap > 3 ? 0.9f : 1f;
        // "a deal with its creditors, including China": the names a possessor's plural noun lists are the objects; "hosted
        // his Pakistani counterpart, Ishaq Dar": the party the pronoun's actor noun names is.
        if (view.IsPossessivePronoun(m))
        {
            int named = ObjectListOpeners.Listed(view, m);
            named = named >= 0 ? named : qualifierFinder.Counterpart(view, view.AfterMention(m));
            m = named >= 0 ? named : m;
        }
        else if ((view.Mention(m).Kind == MentionKind.Demonym || ObjectActorFinder.QualifyingName(view, m)) && ObjectListOpeners.UnresolvedPossessive(view, view.MentionFirst(m) - 1)
            && qualifierFinder.Counterpart(view, view.MentionFirst(m)) is >= 0 and var counterpart && view.Mention(counterpart).Entity.Type == EntityType.Person)
        {
            // "his Pakistani and Afghan counterparts, Ishaq Dar and Amir Khan Muttaqi" with "his" left unresolved: the
            // persons named are the parties still.
            m = counterpart;
        }

        m = headFinder.Head(view, m, possessorObject, ref weight);
        if (m < 0 || ObjectClauseBoundaries.PassiveAfterThat(view, m) || qualifierFinder.NamesSiteAfter(view, m))
        {
            return;
        }

        objects.Add(new Argument(m, weight));
        coordinator.Coordinate(view, m, weight, objects, from);
        if (view.Mention(m).Kind == MentionKind.Demonym && ObjectListOpeners.ListedAfter(view, view.AfterMention(m)) is >= 0 and var regionState
            && (view.Mention(m).Entity.Type != EntityType.Country || view.Mention(regionState).Entity.Type != EntityType.Country))
        {
            // "lent billions to African nations, including Zambia and Angola": the states a region's noun lists too;
            // "sanctioned several Chinese officials, including Chen Quanguo": the persons or bodies a state's noun lists.
            objects.Add(new Argument(regionState, weight * 0.9f));
            coordinator.Coordinate(view, regionState, weight * 0.9f, objects, from);
        }

        // "hosted a Taliban delegation led by Abdul Ghani Baradar": the person leading the unit is an object too.
        if (qualifierFinder.UnitHead(view, m) is >= 0 and var head)
        {
            objects.Add(new Argument(head, weight * 0.9f));
        }
    }

    /// <inheritdoc cref="ObjectQualifierFinder.IsProvince"/>
    internal static bool IsProvince(Entity entity) => ObjectQualifierFinder.IsProvince(entity);

    /// <inheritdoc cref="ObjectQualifierFinder.ApposedUnit"/>
    internal static int ApposedUnit(SentenceView view, int m, ClaimCues cues) => ObjectQualifierFinder.ApposedUnit(view, m, cues);

    /// <inheritdoc cref="ObjectClauseBoundaries.ClosingBracket"/>
    internal static int ClosingBracket(SentenceView view, int open, int maxAside = ObjectClauseBoundaries.MaxAside) =>
        ObjectClauseBoundaries.ClosingBracket(view, open, maxAside);

    /// <inheritdoc cref="ObjectQualifierFinder.AgainstOrFor"/>
    internal static bool AgainstOrFor(SentenceView view, int i) => ObjectQualifierFinder.AgainstOrFor(view, i);

    /// <inheritdoc cref="TitledPersonFinder.ApposedPerson"/>
    internal static int ApposedPerson(SentenceView view, int comma) => TitledPersonFinder.ApposedPerson(view, comma);
}
