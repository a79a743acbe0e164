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
    private readonly TitleIndex titles;

    public ObjectFinder(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        this.titles = titles;
    }

    private const int MaxGap = 6;
    private const int MaxHeadGap = 7;
    private const int MaxAside = 16;
    private const int MaxTitleWords = 4;
    private const int MaxQuotedTrigger = 4;

    /// <summary>
    /// Objects from token <paramref name="from"/> on. <paramref name="preps"/> are the allowed prepositions; when
    /// <paramref name="direct"/> is false one of them must come before the object.
    /// </summary>
    public void Find(SentenceView view, int from, IReadOnlyList<string> preps, bool direct, List<Argument> objects, bool possessorObject = false)
    {
        objects.Clear();
        bool sawPrep = false;
        // "said China \"firmly supports\" Pakistan's fight": a short quotation of the trigger closes before its object.
        int i = QuotedTriggerEnd(view, from) ? from + 1 : from;
        int gap = 0;
        while (i < view.End && gap <= MaxGap)
        {
            if (view.MentionIndexAt(i) is >= 0 and var named)
            {
                // "building the Kyrgyz section of the railway": a demonym before a project's part qualifies the part.
                if (view.Mention(named).Kind == MentionKind.Demonym && view.MentionFirst(named) == i
                    && ProjectWorkOf(view, view.AfterMention(named)) is > 0 and var part)
                {
                    gap += 2;
                    i = view.AfterMention(named) + part;
                    continue;
                }

                // "sheltering Tajik militants of Jamaat Ansarullah": a demonym's actors "of" a group are that group's.
                if (view.MentionFirst(named) == i && view.Mention(named).Kind == MentionKind.Demonym && GroupOfActors(view, view.AfterMention(named)) is > 0 and var ofGroup)
                {
                    gap += 2;
                    i = ofGroup;
                    continue;
                }

                // "registered in the Xinjiang capital of Urumqi": a province or region before a noun of a place within it
                // qualifies the place its "of" names.
                if (view.MentionFirst(named) == i && IsProvince(view.Mention(named).Entity) && PlacePartOf(view, view.AfterMention(named)) is > 0 and var within)
                {
                    gap += 2;
                    i = view.AfterMention(named) + within;
                    continue;
                }

                // "backed the anti-Taliban National Resistance Front": a name glued after "anti-" or "pro-" qualifies the
                // name after it.
                if (view.MentionFirst(named) == i && AgainstOrFor(view, i) && view.MentionIndexAt(view.AfterMention(named)) >= 0)
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
                int after = direct || view.Mention(named).Entity.Type != EntityType.Event ? view.AfterMention(named) : AfterEventName(view, named);
                if (direct || view.Mention(named).Entity.Type != EntityType.Event || !IsPrep(view, after, preps))
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
            if (view.Is(i, "(") && ClosingBracket(view, i) is var close and > 0)
            {
                i = close + 1;
                gap++;
                continue;
            }

            // "lent more than $143 billion to Kenya": an approximation before a number or sum is part of the amount, not a
            // preposition that ends the search.
            if ((NumberAt(view, i + 1) || NumberAt(view, i + 2)) && cues.Amounts.LongestAt(view, i) is > 0 and var approximate
                && NumberAt(view, i + approximate))
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
            if (NumberAt(view, i) && SumEnd(view, i) is var sumEnd && sumEnd > i + 1)
            {
                gap += 1;
                i = sumEnd;
                continue;
            }

            // "exported about 33 billion cubic metres of gas to China": before the preposition a verb needs, the "of" of a
            // measure or share names the thing moved, not a party; so does one before a possessive pronoun ("bought 81% of
            // its major weapons from China", "buys about four-fifths of its weapons from China").
            if (!direct && !sawPrep && view.Is(i, "of") && (MeasuredBefore(view, from, i) || i > from && cues.ShareWords.StartsAt(view, i - 1))
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
            if (possessorObject && i > from && ViolenceNounAt(view, i))
            {
                return;
            }

            // "funded the construction of the Karot hydropower project": work on a project or a part of it, and its "of",
            // reach the project.
            if (ProjectWorkOf(view, i) is > 0 and var work)
            {
                i += work;
                gap += 2;
                continue;
            }

            // "based in the city of Urumqi": a noun of a place within a state and its "of" reach the place named.
            if (PlacePartOf(view, i) is > 0 and var placePart)
            {
                i += placePart;
                gap += 2;
                continue;
            }

            // "bordering four new countries: Russia, Kazakhstan, Kyrgyzstan, and Tajikistan": a colon after a plural noun
            // opens the list of what the noun counts; so does "including" or "such as" after one and a comma ("a deal
            // with its creditors, including China", "agreements with several countries, including China and Turkey"), and
            // "including" without the comma ("welcomed more than 20 leaders including Russian President Vladimir Putin").
            if (i > from && view.Token(i - 1).Is(TokenShape.AllLower) && view.Word(i - 1).EndsWith('s') && ListOpenerAfterPlural(view, i) is > 0 and var opener
                && view.MentionIndexAt(i + opener) is var listed and >= 0 && view.MentionFirst(listed) == i + opener)
            {
                i += opener;
                gap += opener;
                continue;
            }

            // "opened a consulate and hosted a Taliban delegation": past an object of the verb's own, "and" and a past verb
            // with an object of its own (an article or a name after it) open another clause; with an auxiliary ("kept its
            // embassy open and has hosted …") they do so right after the trigger too.
            if (view.Is(i, "and") && (i > from + 1 || IsPerfect(view, i + 1)) && SecondVerb(view, i + 1))
            {
                return;
            }

            // "with Cuba supporting the MPLA and the US backing UNITA": "and", a name and a verb open a clause of their own.
            if (view.Is(i, "and") && i > from && SubjectOfNextClause(view, i))
            {
                return;
            }

            // "condemn the withdrawal of U.S. forces": for possessor-object predicates an "of" phrase names the party; "of"
            // before a gerund names an act ("accused the government of mortgaging the country to Chinese lenders").
            if (possessorObject && view.Is(i, "of") && VerbShapes.IsIngWord(view, i + 1))
            {
                return;
            }

            if (!(possessorObject && view.Is(i, "of")) && !Passable(view, i, from, preps, ref sawPrep))
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
            int named = Listed(view, m);
            named = named >= 0 ? named : Counterpart(view, view.AfterMention(m));
            m = named >= 0 ? named : m;
        }
        else if ((view.Mention(m).Kind == MentionKind.Demonym || QualifyingName(view, m)) && UnresolvedPossessive(view, view.MentionFirst(m) - 1)
            && Counterpart(view, view.MentionFirst(m)) is >= 0 and var counterpart && view.Mention(counterpart).Entity.Type == EntityType.Person)
        {
            // "his Pakistani and Afghan counterparts, Ishaq Dar and Amir Khan Muttaqi" with "his" left unresolved: the
            // persons named are the parties still.
            m = counterpart;
        }

        m = Head(view, m, possessorObject, ref weight);
        if (m < 0 || PassiveAfterThat(view, m) || NamesSiteAfter(view, m))
        {
            return;
        }

        objects.Add(new Argument(m, weight));
        Coordinate(view, m, weight, objects, from);
        if (view.Mention(m).Kind == MentionKind.Demonym && ListedAfter(view, view.AfterMention(m)) is >= 0 and var regionState
            && (view.Mention(m).Entity.Type != EntityType.Country || view.Mention(regionState).Entity.Type != EntityType.Country))
        {
            // "lent billions to African nations, including Zambia and Angola": the states a region's noun lists too;
            // "sanctioned several Chinese officials, including Chen Quanguo": the persons or bodies a state's noun lists.
            objects.Add(new Argument(regionState, weight * 0.9f));
            Coordinate(view, regionState, weight * 0.9f, objects, from);
        }

        // "hosted a Taliban delegation led by Abdul Ghani Baradar": the person leading the unit is an object too.
        if (UnitHead(view, m) is >= 0 and var head)
        {
            objects.Add(new Argument(head, weight * 0.9f));
        }
    }

    /// <summary>True when a nominal trigger of a material conflict starts at <paramref name="i"/> ("operations against").</summary>
    private static bool ViolenceNounAt(SentenceView view, int i)
    {
        foreach (var (words, trigger) in view.TriggersAt(i) ?? [])
        {
            if (trigger.Kind == TriggerKind.Noun && trigger.Predicate.Class == PredicateClasses.MaterialConflict && view.WordsMatch(i, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "demanded that the TTP be expelled": a name after "that" (and "the") whose clause is passive is acted on, not the
    /// one the demand is made of.
    /// </summary>
    private static bool PassiveAfterThat(SentenceView view, int m)
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
    /// The length of a noun of claim_cues <c>project_works</c> at <paramref name="i"/> and the "of" (or "on") after it when a
    /// project's name follows (past "the"); 0 otherwise.
    /// </summary>
    private int ProjectWorkOf(SentenceView view, int i)
    {
        int noun = cues.ProjectWorks.LongestAt(view, i);
        if (noun == 0 || !(view.Is(i + noun, "of") || view.Is(i + noun, "on")))
        {
            return 0;
        }

        int at = i + noun + 1;
        at += view.Is(at, "the") && view.MentionIndexAt(at) < 0 ? 1 : 0;
        int project = view.MentionIndexAt(at);
        return project >= 0 && view.MentionFirst(project) == at && view.Mention(project).Entity.Type == EntityType.Project ? noun + 1 : 0;
    }

    /// <summary>
    /// The length of a noun of claim_cues <c>place_part_nouns</c> at <paramref name="i"/> and the "of" after it when a
    /// place's name follows ("city of Urumqi", "capital of Bishkek"); 0 otherwise.
    /// </summary>
    private int PlacePartOf(SentenceView view, int i)
    {
        int noun = cues.PlacePartNouns.LongestAt(view, i);
        if (noun == 0 || !view.Is(i + noun, "of") || view.MentionIndexAt(i) >= 0)
        {
            return 0;
        }

        int place = view.MentionIndexAt(i + noun + 1);
        return place >= 0 && view.MentionFirst(place) == i + noun + 1 && view.Mention(place).Entity.Type == EntityType.Place
            && view.Mention(place).Kind != MentionKind.Demonym ? noun + 1 : 0;
    }

    private const int MaxSiteModifiers = 2;

    /// <summary>
    /// True when the place mention <paramref name="m"/> (with a place joined to it by "and") only names the site a noun of
    /// claim_cues <c>site_heads</c> after it, past up to two lower-case words, stands for: "operate the Sahiwal and Port
    /// Qasim coal plants" operates no town.
    /// </summary>
    private bool NamesSiteAfter(SentenceView view, int m)
    {
        if (view.Mention(m).Entity.Type != EntityType.Place)
        {
            return false;
        }

        int j = view.AfterMention(m);
        if (view.Is(j, "and") && view.MentionIndexAt(j + 1) is >= 0 and var other && view.MentionFirst(other) == j + 1
            && view.Mention(other).Entity.Type == EntityType.Place)
        {
            j = view.AfterMention(other);
        }

        for (int n = 0; n <= MaxSiteModifiers && j < view.End && view.MentionIndexAt(j) < 0 && view.Token(j).Is(TokenShape.AllLower)
            && !GrammarWords.Prepositions.StartsAt(view, j) && !GrammarWords.Articles.StartsAt(view, j) && !GrammarWords.Conjunctions.StartsAt(view, j); n++, j++)
        {
            if (cues.SiteHeads.StartsAt(view, j) || view.Word(j).EndsWith('s') && SiteHeadPlural(view, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word at <paramref name="i"/> is a site head (claim_cues <c>site_heads</c>) in the plural ("plants").</summary>
    private bool SiteHeadPlural(SentenceView view, int i)
    {
        ReadOnlySpan<char> word = view.Word(i);
        if (cues.SiteHeads.Candidates(word[..^1]) is not { } heads)
        {
            return false;
        }

        foreach ((string[] words, _) in heads)
        {
            if (words.Length == 1 && word[..^1].Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of the organisation or group named after an actor noun at <paramref name="i"/> and "of" (or "of the"):
    /// "militants of Jamaat Ansarullah"; 0 when the words are no such phrase.
    /// </summary>
    private int GroupOfActors(SentenceView view, int i)
    {
        if (cues.Actors.LongestAt(view, i) != 1 || !view.Is(i + 1, "of"))
        {
            return 0;
        }

        int at = view.Is(i + 2, "the") ? i + 3 : i + 2;
        return view.MentionIndexAt(at) is >= 0 and var group && view.MentionFirst(group) == at
            && view.Mention(group).Entity.Type is EntityType.Organisation or EntityType.Group ? at : 0;
    }

    /// <summary>A province or a region within or across states, which a noun of a place after it may lie in.</summary>
    internal static bool IsProvince(Entity entity) =>
        entity.Type == EntityType.Place && entity.Subtype is EntitySubtypes.Province or EntitySubtypes.Region;

    /// <summary>
    /// The person after a unit noun (claim_cues <c>unit_nouns</c>) and "led by" or "headed by" right after mention
    /// <paramref name="m"/>, past capitalised title words ("a Taliban delegation led by Deputy Prime Minister Abdul Ghani
    /// Baradar"); -1 when there is none.
    /// </summary>
    private int UnitHead(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        int unit = cues.UnitNouns.LongestAt(view, j);
        if (unit == 0 || !(view.Is(j + unit, "led") || view.Is(j + unit, "headed")) || !view.Is(j + unit + 1, "by"))
        {
            return -1;
        }

        int k = j + unit + 2;
        for (int n = 0; n < MaxTitleWords && k < view.End && view.MentionIndexAt(k) < 0 && view.Token(k).Kind == TokenKind.Word && char.IsUpper(view.Word(k)[0]); n++)
        {
            k++;
        }

        int person = view.MentionIndexAt(k);
        return person >= 0 && view.MentionFirst(person) == k && view.Mention(person).Entity.Type == EntityType.Person ? person : -1;
    }

    private const int MaxUnitWords = 2;

    /// <summary>
    /// The body named in apposition after mention <paramref name="m"/> (an organisation) and one or two lower-case words,
    /// the last a unit's noun (claim_cues <c>apposed_units</c>: "the U.N. mission, MONUSCO", "the UN refugee agency,
    /// UNHCR,"): a comma, an organisation, project or group, then the apposition's end (punctuation or the sentence's
    /// end); -1 when not so written.
    /// </summary>
    internal static int ApposedUnit(SentenceView view, int m, ClaimCues cues)
    {
        if (view.Mention(m).Entity.Type != EntityType.Organisation || view.IsPossessive(m))
        {
            return -1;
        }

        int i = view.AfterMention(m);
        int words = 0;
        while (words < MaxUnitWords && i < view.End && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0
            && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i))
        {
            i++;
            words++;
        }

        if (words == 0 || !view.Is(i, ",") || cues.ApposedUnits.LongestAt(view, i - 1) != 1
            || view.MentionIndexAt(i + 1) is not (>= 0 and var unit) || view.MentionFirst(unit) != i + 1
            || view.Mention(unit).Entity.Type is not (EntityType.Organisation or EntityType.Project or EntityType.Group) || view.Mention(unit).Entity == view.Mention(m).Entity)
        {
            return -1;
        }

        int end = view.AfterMention(unit);
        return end >= view.End || view.IsPunctuation(end) ? unit : -1;
    }

    /// <summary>True when one of <paramref name="preps"/> stands at <paramref name="i"/>.</summary>
    private static bool IsPrep(SentenceView view, int i, IReadOnlyList<string> preps)
    {
        for (int p = 0; p < preps.Count; p++)
        {
            if (view.Is(i, preps[p]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token after a named event and what still belongs to its name: a capitalised "on" or "of" phrase the recogniser
    /// left out and a bracketed acronym ("signed a Framework Agreement on Economic Cooperation (FAEC) with China", "a
    /// Comprehensive and Enhanced Partnership Agreement (Cepa) with the EU").
    /// </summary>
    private static int AfterEventName(SentenceView view, int named)
    {
        int after = view.AfterMention(named);
        if ((view.Is(after, "on") || view.Is(after, "of")) && after + 1 < view.End && view.Token(after + 1).Is(TokenShape.Capitalised)
            && view.MentionIndexAt(after + 1) < 0)
        {
            int j = after + 1;
            for (int n = 0; n < MaxTitleWords && j < view.End && view.Token(j).Is(TokenShape.Capitalised) && view.MentionIndexAt(j) < 0; n++)
            {
                j++;
            }

            after = j;
        }

        return view.Is(after, "(") && ClosingBracket(view, after, MaxTitleWords) is var close and > 0 ? close + 1 : after;
    }

    /// <summary>
    /// A past verb at <paramref name="i"/> (<see cref="VerbShapes.IsPast"/>: "hosted", "met"; "has", "have" or
    /// "had" before it) with an object of its own right after it or after a preposition: an article or a name ("hosted a
    /// Taliban delegation", "trained Afghan forces", "engaged with the Taliban"; not "and related protocols").
    /// </summary>
    private static bool SecondVerb(SentenceView view, int i)
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
    private static bool SubjectOfNextClause(SentenceView view, int and)
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
    private static bool ApposedSubject(SentenceView view, int m)
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
    /// The first name listed after the possessive pronoun <paramref name="m"/>, one or two lower-case words (the last a
    /// plural) and a list opener (<see cref="ListOpener"/>): "its creditors, including China"; -1 when not so written.
    /// </summary>
    private static int Listed(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        for (int n = 0; n < 2 && VerbShapes.IsLowerWord(view, j) && view.MentionIndexAt(j) < 0 && !view.Word(j).EndsWith('s'); n++)
        {
            j++;
        }

        return ListedAfter(view, j);
    }

    /// <summary>
    /// The party a possessive pronoun's actor noun from token <paramref name="j"/> names (claim_cues <c>actors</c>,
    /// <c>counterparts</c>): the person in
    /// apposition after it ("hosted his Pakistani counterpart, Ishaq Dar", "met his counterpart Sergei Lavrov", "his Taliban
    /// counterpart, Amir Khan Muttaqi"), else the demonym or group's name before it ("met his Pakistani and Afghan
    /// counterparts"); -1 when not so written.
    /// </summary>
    private int Counterpart(SentenceView view, int j)
    {
        int demonym = view.MentionIndexAt(j);
        if (demonym >= 0)
        {
            // "his Taliban counterpart, Amir Khan Muttaqi": a group's name qualifies the noun as a demonym does.
            if (view.MentionFirst(demonym) != j || view.Mention(demonym).Kind != MentionKind.Demonym && !QualifyingName(view, demonym))
            {
                return -1;
            }

            j = view.AfterMention(demonym);
            if (GrammarWords.Conjunctions.StartsAt(view, j) && view.MentionIndexAt(j + 1) is >= 0 and var other && view.Mention(other).Kind == MentionKind.Demonym)
            {
                j = view.AfterMention(other);
            }
        }

        int actor = Math.Max(cues.Actors.LongestAt(view, j), cues.Counterparts.LongestAt(view, j));
        if (actor == 0)
        {
            return -1;
        }

        j += actor;
        j += view.Is(j, ",") ? 1 : 0;
        return view.MentionIndexAt(j) is >= 0 and var named && view.MentionFirst(named) == j && view.Mention(named).Entity.Type == EntityType.Person ? named : demonym;
    }

    /// <summary>A possessive pronoun at <paramref name="i"/> that coreference left without a mention ("his").</summary>
    private static bool UnresolvedPossessive(SentenceView view, int i) =>
        view.MentionIndexAt(i) < 0 && view.IsPossessivePronounWord(i);

    /// <summary>The first name listed after the plural noun at <paramref name="noun"/> and a list opener ("nations, including Kenya"); -1 when none.</summary>
    private static int ListedAfter(SentenceView view, int noun)
    {
        if (!VerbShapes.IsPluralNoun(view, noun) || ListOpener(view, noun + 1) is not (> 0 and var opener))
        {
            return -1;
        }

        int listed = view.MentionIndexAt(noun + 1 + opener);
        return listed >= 0 && view.MentionFirst(listed) == noun + 1 + opener ? listed : -1;
    }

    /// <summary>
    /// Tokens of a colon, or of a comma and "including", "such as" or "among them", at <paramref name="i"/>, with an
    /// article after them ("groups, including the Taliban"); 0 when none.
    /// </summary>
    private static int ListOpener(SentenceView view, int i)
    {
        int opener = view.Is(i, ":") ? 1
            : !view.Is(i, ",") ? 0
            : view.Is(i + 1, "including") ? 2
            : (view.Is(i + 1, "such") && view.Is(i + 2, "as")) || (view.Is(i + 1, "among") && view.Is(i + 2, "them")) ? 3 : 0;
        return opener > 0 && view.Is(i + opener, "the") && view.MentionIndexAt(i + opener) < 0 ? opener + 1 : opener;
    }

    /// <summary>
    /// True when the quotation mark at <paramref name="i"/> closes a quotation of a few words that opened shortly before it,
    /// glued to the word before it and not to the one after ("would \"firmly support\" the region's drive"): the quoted
    /// words are the trigger, the object follows the mark.
    /// </summary>
    private static bool QuotedTriggerEnd(SentenceView view, int i)
    {
        if (i <= view.First || i + 1 >= view.End || !IsQuoteMark(view, i) || view.Token(i - 1).End != view.Token(i).Start
            || view.Token(i).End == view.Token(i + 1).Start)
        {
            return false;
        }

        for (int j = i - 2; j >= view.First && i - j <= MaxQuotedTrigger + 1; j--)
        {
            if (IsQuoteMark(view, j))
            {
                return view.Token(j).End == view.Token(j + 1).Start;
            }
        }

        return false;
    }

    private static bool IsQuoteMark(SentenceView view, int i) => view.Is(i, "\"") || view.Is(i, "“") || view.Is(i, "”");

    /// <summary>
    /// A list opener after a plural noun (<see cref="ListOpener"/>), or "including" with no comma before it ("more than 20
    /// leaders including Vladimir Putin"); 0 when none.
    /// </summary>
    private static int ListOpenerAfterPlural(SentenceView view, int i) =>
        ListOpener(view, i) is > 0 and var opener ? opener
        : !view.Is(i, "including") ? 0
        : view.Is(i + 1, "the") && view.MentionIndexAt(i + 1) < 0 ? 2 : 1;

    /// <summary>"has", "have" or "had" at <paramref name="i"/>: an auxiliary of the perfect before a verb ("and has hosted").</summary>
    private static bool IsPerfect(SentenceView view, int i) => view.Is(i, "has") || view.Is(i, "have") || view.Is(i, "had");

    /// <summary>
    /// The token after the sum starting at <paramref name="i"/>: numbers, currency signs and amount words ("$100
    /// million"); "over" ends it, being a preposition as often as an amount.
    /// </summary>
    private int SumEnd(SentenceView view, int i)
    {
        while (i < view.End && view.MentionIndexAt(i) < 0 && Sums.IsAmountToken(view, cues, i) && !view.Is(i, "over"))
        {
            i++;
        }

        return i;
    }

    private const int MaxMeasureWords = 4;

    /// <summary>True when a number stands among the few words before "of" at <paramref name="of"/> ("33 billion cubic metres of").</summary>
    private static bool MeasuredBefore(SentenceView view, int from, int of)
    {
        for (int k = of - 1; k >= from && of - k <= MaxMeasureWords; k--)
        {
            if (view.Token(k).Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a number or a currency symbol stands at <paramref name="i"/> inside the sentence.</summary>
    private static bool NumberAt(SentenceView view, int i) => i < view.End && view.Token(i).Kind is TokenKind.Number or TokenKind.Symbol;

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

    private bool Passable(SentenceView view, int i, int from, IReadOnlyList<string> preps, ref bool sawPrep)
    {
        if (view.IsPunctuation(i))
        {
            return view.Is(i, "-") || view.Is(i, "$") || view.Is(i, "'");
        }

        if (IsPrep(view, i, preps))
        {
            sawPrep = true;
            return true;
        }

        if (GrammarWords.ClauseStops.StartsAt(view, i) || GrammarWords.Prepositions.StartsAt(view, i) || IsOwnVerb(view, i, from))
        {
            return false;
        }

        return view.Token(i).Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol;
    }

    /// <summary>
    /// A verb of its own between the trigger and a name: a word in -ing after a plural ("hosted numerous militant groups
    /// targeting India"), or after a word that is no filler, article or preposition and right before a name or "the"
    /// ("released a statement Friday taking Bush to task"): the name is that verb's argument. Read from word shapes
    /// (<see cref="VerbShapes"/>), so no sentence is tagged for it.
    /// </summary>
    private bool IsOwnVerb(SentenceView view, int i, int from) =>
        VerbShapes.IsGerundAfterPlural(view, i)
        || (i > from && VerbShapes.IsIngWord(view, i) && view.Token(i - 1).Kind == TokenKind.Word && view.MentionIndexAt(i - 1) < 0
            && !cues.Fillers.StartsAt(view, i - 1) && !GrammarWords.Prepositions.StartsAt(view, i - 1)
            && (view.MentionIndexAt(i + 1) >= 0 || view.Is(i + 1, "the")));

    /// <summary>
    /// "met Pakistan's officials", "met the Taliban's foreign minister": after a possessor, fillers and an actor noun or
    /// an office with no person named, the possessor is the party met.
    /// </summary>
    private bool ActorPhrase(SentenceView view, int after)
    {
        for (int j = after; j < view.End && j < after + 3; j++)
        {
            if (cues.Actors.StartsAt(view, j) || SubjectFinder.OfficeWord(view, j, titles))
            {
                return view.MentionIndexAt(j + 1) < 0;
            }

            if (!cues.Fillers.StartsAt(view, j) && !cues.TitleModifiers.StartsAt(view, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The mention the object really is: past a possessor or a modifier; -1 for a bare demonym or a dangling possessor.</summary>
    private int Head(SentenceView view, int m, bool possessorObject, ref float weight)
    {
        if (view.IsPossessive(m))
        {
            int after = view.AfterMention(m);
            if (GrammarWords.Surroundings.StartsAt(view, after))
            {
                // "substantial investments in Afghanistan's neighbourhood": what lies around a place is not the place.
                return -1;
            }

            if (TitledPerson(view, after) is >= 0 and var holder)
            {
                return holder;
            }

            // "met Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar": a capitalised title longer than the
            // words the possessed phrase is searched in names its holder.
            if (TitleBeforePerson(view, after) is >= 0 and var titledHolder)
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

                    return view.Mention(next).Entity.Type != EntityType.Person && TitledPerson(view, view.AfterMention(next)) is >= 0 and var titledBody
                        ? titledBody : next;
                }

                if (view.IsPunctuation(j) || GrammarWords.Prepositions.StartsAt(view, j) || GrammarWords.ClauseStops.StartsAt(view, j))
                {
                    break;
                }
            }

            weight *= 0.9f;
            return possessorObject || ActorPhrase(view, after) ? m : -1;
        }

        // "failed to conquer UN-backed South Korea": a name hyphen-joined to a lower-case word only qualifies what follows,
        // and yields to the name it qualifies.
        int joined = view.MentionLast(m) + 2;
        if (view.Is(joined - 1, "-") && joined < view.End && view.Token(joined).Kind == TokenKind.Word && view.Token(joined).Is(TokenShape.AllLower)
            && view.Token(joined - 2).End == view.Token(joined - 1).Start && view.Token(joined - 1).End == view.Token(joined).Start)
        {
            int qualified = view.MentionIndexAt(joined + 1);
            if (qualified < 0 && SubjectFinder.LedBy(view, joined) == m && ActorAfterFillers(view, joined + 1) >= 0)
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
        if (ApposedUnit(view, m, cues) is >= 0 and var unit)
        {
            return unit;
        }

        // "met Pakistan's army chief, Asim Munir": a body's title and the person in apposition.
        if (view.Mention(m).Entity.Type != EntityType.Person && TitledPerson(view, view.AfterMention(m)) is >= 0 and var titled)
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
        // nationality; the body is the object.
        if (view.Mention(m).Kind == MentionKind.Demonym && BodyNoun.End(view, cues, view.AfterMention(m)) is > 0 and var nounEnd
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
            return ListedAfter(view, view.AfterMention(m));
        }

        if (view.Mention(m).Kind == MentionKind.Demonym && !view.Is(view.MentionFirst(m) - 1, "the"))
        {
            // "the Afghan government", "Chinese officials": a demonym before an actor noun stands for its country.
            // For stance predicates the country's policy or interests stand for it like its possessive ("undermine
            // Chinese interests", "decried the focus of Chinese foreign policy").
            weight *= 0.85f;
            // "shot down a Russian warplane": a demonym's means of attack stand for its country too.
            return cues.Actors.StartsAt(view, view.MentionLast(m) + 1) || cues.Instruments.StartsAt(view, view.MentionLast(m) + 1) || possessorObject || DemonymsBeforeActor(view, m) ? m : -1;
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

    /// <summary>
    /// The token after mention <paramref name="m"/> and, for a demonym or a name glued to "-led", the actor nouns after it:
    /// "clashes between Pakistani forces and the Taliban", "a truce between the Houthis and the Saudi-led coalition"
    /// coordinate the country the actors stand for.
    /// </summary>
    private int ActorsAfter(SentenceView view, int m)
    {
        int after = view.AfterMention(m);
        int j = after;
        if (SubjectFinder.LedBy(view, after + 1) == m)
        {
            j = ActorAfterFillers(view, after + 2);
            if (j < 0)
            {
                return after;
            }
        }
        else if (view.Mention(m).Kind != MentionKind.Demonym)
        {
            return after;
        }

        while (j < view.End && view.MentionIndexAt(j) < 0 && cues.Actors.LongestAt(view, j) is > 0 and var words)
        {
            j += words;
        }

        return j;
    }

    /// <summary>
    /// The token after mention <paramref name="m"/> and the actor nouns after it, for a name as for a demonym: "support
    /// the Assad regime and Hizballah", "the Taliban government and the TTP" coordinate past the noun.
    /// </summary>
    private int NamedActorsAfter(SentenceView view, int m)
    {
        int j = ActorsAfter(view, m);
        while (j < view.End && view.MentionIndexAt(j) < 0 && cues.Actors.LongestAt(view, j) is > 0 and var words)
        {
            j += words;
        }

        return j;
    }

    /// <summary>The token of an actor noun at <paramref name="i"/> or after at most two fillers ("-led military coalition"); -1 when none.</summary>
    private int ActorAfterFillers(SentenceView view, int i)
    {
        for (int n = 0; n < 2 && i < view.End && view.MentionIndexAt(i) < 0 && !cues.Actors.StartsAt(view, i) && cues.Fillers.StartsAt(view, i); n++)
        {
            i++;
        }

        return i < view.End && view.MentionIndexAt(i) < 0 && cues.Actors.StartsAt(view, i) ? i : -1;
    }

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
    private static bool OpensLongerName(SentenceView view, int m)
    {
        int next = view.AfterMention(m);
        return view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place && next < view.End
            && (view.MentionIndexAt(next) < 0 && view.Token(next).Kind == TokenKind.Word && view.Token(next).Is(TokenShape.Capitalised)
                || DiscoveredBodyAt(view, next) >= 0);
    }

    /// <summary>An organisation only discovered from its capitals whose mention opens at token <paramref name="i"/>; -1 when none.</summary>
    private static int DiscoveredBodyAt(SentenceView view, int i) =>
        view.MentionIndexAt(i) is >= 0 and var m && view.MentionFirst(m) == i && view.Mention(m).Kind == MentionKind.Discovered
        && view.Mention(m).Entity.Type == EntityType.Organisation ? m : -1;

    /// <summary>
    /// "met the Taliban's acting foreign minister, Amir Khan Muttaqi": after a possessor, a title of the lexicon (after
    /// its modifiers) and a comma, the person in apposition is the object; -1 when the words are no title or no person
    /// follows alone (not the first of a list: "the president, Xi Jinping and Putin").
    /// </summary>
    private int TitledPerson(SentenceView view, int after)
    {
        int comma = -1;
        for (int j = after; j < view.End && j <= after + MaxTitleWords; j++)
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

    /// <summary>True when token <paramref name="i"/> is a lower-case word that is no preposition or conjunction: a verb after a clause's subject.</summary>
    private static bool OpensClause(SentenceView view, int i) =>
        i < view.End && VerbShapes.IsLowerWord(view, i) && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i);

    /// <summary>True when "anti-" or "pro-" is glued right before token <paramref name="i"/>.</summary>
    internal static bool AgainstOrFor(SentenceView view, int i) =>
        i - 2 >= view.First && view.Is(i - 1, "-") && (view.Is(i - 2, "anti") || view.Is(i - 2, "pro"))
        && view.Token(i - 1).End == view.Token(i).Start && view.Token(i - 2).End == view.Token(i - 1).Start;

    /// <summary>
    /// The person named right after capitalised title words that start at <paramref name="from"/> and end in a title of the
    /// lexicon ("Foreign Minister Ishaq Dar"); -1 when the words are no title or no person follows.
    /// </summary>
    private int TitleBeforePerson(SentenceView view, int from)
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
        while (j < view.End && j - from < MaxTitleWords && view.MentionIndexAt(j) < 0 && view.Token(j).Is(TokenShape.Capitalised))
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// The person in apposition after a state's possessive and a title in lower case ("and Pakistan's foreign minister, Ishaq
    /// Dar,"), or after the title written before the name ("and Pakistan's Foreign Minister Ishaq Dar"); -1 when none.
    /// </summary>
    private int PossessedTitlePerson(SentenceView view, int m)
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
        while (j < view.End && j - from < MaxTitleWords && view.MentionIndexAt(j) < 0
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

    /// <summary>Tokens of "in" and a year at <paramref name="i"/> ("in 1999"), 0 when there is none.</summary>
    private static int YearAt(SentenceView view, int i) =>
        view.Is(i, "in") && i + 1 < view.End && view.Token(i + 1).Kind == TokenKind.Number && view.Word(i + 1).Length == 4 ? 2 : 0;

    /// <summary>
    /// "clashes between Afghan and Pakistani forces": demonyms coordinated right before an actor noun each stand for
    /// their country; so does one coordinated with a group's or body's name that qualifies the noun ("talks between
    /// Pakistani and Taliban delegations").
    /// </summary>
    private bool DemonymsBeforeActor(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        bool coordinated = false;
        while (j < view.End)
        {
            if (view.Is(j, ","))
            {
                j++;
            }

            if (GrammarWords.Conjunctions.StartsAt(view, j))
            {
                j++;
            }

            int next = view.MentionIndexAt(j);
            if (next < 0 || view.MentionFirst(next) != j || view.Mention(next).Kind != MentionKind.Demonym && !QualifyingName(view, next))
            {
                break;
            }

            coordinated = true;
            j = view.AfterMention(next);
        }

        return coordinated && (cues.Actors.StartsAt(view, j) || OfficeHolders(view, j));
    }

    /// <summary>A group's or organisation's own name, not possessive, that may qualify a noun ("Taliban delegations").</summary>
    private static bool QualifyingName(SentenceView view, int m) =>
        view.Mention(m).Kind is MentionKind.Name or MentionKind.Acronym && !view.IsPossessive(m)
        && view.Mention(m).Entity.Type is EntityType.Group or EntityType.Organisation;

    /// <summary>
    /// "the Pakistani and Afghan foreign ministers": a title's last word in the plural at <paramref name="i"/> or after
    /// one lower-case word; its holders act for the states of the demonyms before it.
    /// </summary>
    private bool OfficeHolders(SentenceView view, int i)
    {
        for (int k = i; k <= i + 1 && k < view.End && VerbShapes.IsLowerWord(view, k) && view.MentionIndexAt(k) < 0; k++)
        {
            ReadOnlySpan<char> word = view.Word(k);
            if (word.Length > 3 && word[^1] == 's' && titles.IsTitleWord(word[..^1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The mention right after "-" and one lower-case word glued to mention <paramref name="m"/> ("Russian-led Collective
    /// Security Treaty Organization"); -1 when none.
    /// </summary>
    private static int GluedModified(SentenceView view, int m)
    {
        int dash = view.AfterMention(m);
        return dash + 2 < view.End && view.Is(dash, "-") && view.Token(dash - 1).End == view.Token(dash).Start
            && view.Token(dash).End == view.Token(dash + 1).Start && VerbShapes.IsLowerWord(view, dash + 1)
            && view.MentionIndexAt(dash + 2) is >= 0 and var modified && view.MentionFirst(modified) == dash + 2 ? modified : -1;
    }

    /// <summary>True when mention <paramref name="m"/> names a country or a place, not by a demonym.</summary>
    private static bool IsPlace(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place && view.Mention(m).Kind != MentionKind.Demonym;

    /// <summary>
    /// "blamed the TTP and the separatist BLA": one or two lower-case words (no preposition, conjunction or clause stop)
    /// between a conjunct's article and its name qualify the name; their count, or 0 when no name follows them.
    /// </summary>
    private static int ModifiersBeforeName(SentenceView view, int at)
    {
        const int MaxModifiers = 2;
        for (int n = 0; n < MaxModifiers && at + n < view.End; n++)
        {
            int k = at + n;
            if (view.MentionIndexAt(k) >= 0 || !VerbShapes.IsLowerWord(view, k) || GrammarWords.Prepositions.StartsAt(view, k)
                || GrammarWords.Conjunctions.StartsAt(view, k) || GrammarWords.ClauseStops.StartsAt(view, k))
            {
                return 0;
            }

            if (view.MentionIndexAt(k + 1) is >= 0 and var name && view.MentionFirst(name) == k + 1)
            {
                return n + 1;
            }
        }

        return 0;
    }

    private const int MaxRelativeReach = 6;

    /// <summary>True when a comma and a relative pronoun (", which") open the clause a few words before the verb ending at <paramref name="from"/>.</summary>
    private static bool InCommaRelative(SentenceView view, int from)
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

    private const int MaxPrepositionReach = 5;

    /// <summary>
    /// True when the preposition at <paramref name="repeated"/> is the one that governs mention <paramref name="m"/>, found
    /// within a few words before it ("of the Moscow-led CSTO and of the SCO").
    /// </summary>
    private static bool SamePrepositionBefore(SentenceView view, int m, int repeated)
    {
        for (int k = view.MentionFirst(m) - 1; k >= view.First && view.MentionFirst(m) - k <= MaxPrepositionReach; k--)
        {
            if (GrammarWords.Prepositions.StartsAt(view, k))
            {
                return view.Word(k).Equals(view.Word(repeated), StringComparison.OrdinalIgnoreCase);
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-"))
            {
                return false;
            }
        }

        return false;
    }

    private void Coordinate(SentenceView view, int m, float weight, List<Argument> objects, int from)
    {
        int before = objects.Count;
        CoordinateList(view, m, weight, objects, from);
        // "signed exploration agreements with two Chinese companies, Fortune Lithium and Xinjiang Huaxin Resources": the
        // bodies named in apposition to a demonym's actors are the parties; the demonym's state is none.
        if (objects.Count > before && ActorsNamedInApposition(view, m))
        {
            objects.RemoveAll(a => a.Mention == m);
        }
    }

    /// <summary>
    /// The comma that closes a short description opened by an article at <paramref name="i"/>: lower-case words, some of
    /// them perhaps read by coreference ("the state"), demonyms, and no name ("the state energy company,"); -1 when none.
    /// </summary>
    private static int ApposedDescriptionEnd(SentenceView view, int i)
    {
        const int MaxWords = 5;
        if (!GrammarWords.Articles.StartsAt(view, i))
        {
            return -1;
        }

        for (int k = i + 1; k < view.End && k <= i + MaxWords; k++)
        {
            if (view.Is(k, ","))
            {
                return k > i + 1 && VerbShapes.IsLowerWord(view, k - 1) ? k : -1;
            }

            // "the Russian energy giant,": a demonym may qualify the head.
            if (view.MentionIndexAt(k) is >= 0 and var m && view.Mention(m).Kind == MentionKind.Demonym)
            {
                k = view.AfterMention(m) - 1;
                continue;
            }

            if (!VerbShapes.IsLowerWord(view, k) || view.MentionIndexAt(k) is >= 0 and var read && view.Mention(read).Kind is not (MentionKind.Described or MentionKind.Partial))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the demonym <paramref name="m"/> and its actor nouns are followed by a comma and a body or person
    /// ("two Chinese companies, Fortune Lithium"), who names them.
    /// </summary>
    private bool ActorsNamedInApposition(SentenceView view, int m)
    {
        int j = NamedActorsAfter(view, m);
        return view.Mention(m).Kind == MentionKind.Demonym && j > view.AfterMention(m) && view.Is(j, ",")
            && view.MentionIndexAt(j + 1) is >= 0 and var first && view.MentionFirst(first) == j + 1
            && view.Mention(first).Entity.Type is EntityType.Organisation or EntityType.Person;
    }

    private void CoordinateList(SentenceView view, int m, float weight, List<Argument> objects, int from)
    {
        int firstCount = objects.Count;
        bool usedComma = false;
        bool closed = false;
        int j = NamedActorsAfter(view, m);
        int dated = YearAt(view, j);
        j += dated;
        while (j < view.End)
        {
            int next;
            bool and = false;
            bool commaAnd = false;
            // "signed by Uzbekneftegaz, the state energy company, and CNPC": a description in apposition to the first name is
            // passed over to the ", and" after it.
            if (objects.Count == firstCount && view.Is(j, ",") && ApposedDescriptionEnd(view, j + 1) is >= 0 and var described
                && GrammarWords.Conjunctions.StartsAt(view, described + 1))
            {
                j = described;
            }

            if (view.Is(j, ",") && GrammarWords.Conjunctions.StartsAt(view, j + 1))
            {
                // "courting Turkey, which has sold drones to the Kyrgyz military, and Qatar": inside a relative clause set off
                // by a comma, ", and" closes the clause; the name after it joins the list outside.
                if (InCommaRelative(view, from))
                {
                    break;
                }

                next = j + 2;
                and = true;
                commaAnd = true;
            }
            else if (GrammarWords.Conjunctions.StartsAt(view, j) || view.Is(j, "nor") && GrammarWords.NeitherNorBefore(view, view.MentionFirst(m)))
            {
                // "neither the CSTO nor the Eurasian Economic Union": "nor" joins what "neither" opened.
                next = j + 1;
                and = true;
            }
            else if (view.Is(j, ","))
            {
                next = j + 1;
                usedComma = true;
            }
            else
            {
                break;
            }

            // "a member of the CSTO and of the SCO": the preposition of the first name may be repeated after "and".
            if (and && view.MentionIndexAt(next) < 0 && GrammarWords.Prepositions.StartsAt(view, next) && SamePrepositionBefore(view, m, next))
            {
                next++;
            }

            // "both China and the West": a name may begin with its article.
            if (view.MentionIndexAt(next) < 0 && (view.Is(next, "the") || GrammarWords.Honorifics.StartsAt(view, next)))
            {
                next++;
                next += ModifiersBeforeName(view, next);
            }

            // "based in Badakhshan and neighbouring Takhar", "in Kunduz and in northern Baghlan": place modifiers before a
            // place joined to a place leave it the same place.
            if (and && view.MentionIndexAt(next) < 0 && IsPlace(view, m) && PlacePhrase.PastModifiers(view, cues, next) is var past and > 0
                && past > next && view.MentionIndexAt(past) is >= 0 and var modifiedPlace && view.MentionFirst(modifiedPlace) == past
                && IsPlace(view, modifiedPlace))
            {
                next = past;
            }

            int other = view.MentionIndexAt(next);
            // "met Chinese Premier Li Qiang and officials of the National Development and Reform Commission": the body of
            // an actor noun.
            if (other < 0 && cues.Actors.LongestAt(view, next) == 1 && (view.Is(next + 1, "of") || view.Is(next + 1, "with")))
            {
                int body = view.Is(next + 2, "the") ? next + 3 : next + 2;
                if (view.MentionIndexAt(body) is >= 0 and var named && view.MentionFirst(named) == body
                    && view.Mention(named).Entity.Type is EntityType.Organisation or EntityType.Group or EntityType.Country)
                {
                    other = named;
                    next = body;
                }
            }

            // "hosted Muttaqi and Pakistani Foreign Minister Ishaq Dar", "and Foreign Minister Ishaq Dar": a demonym and a
            // title, or a title alone, before a person's name.
            // A person followed by a lower-case word opens a clause of its own ("refused to engage the Taliban, and
            // President Emomali Rahmon has hosted …").
            if ((other < 0 || view.MentionFirst(other) == next && view.Mention(other).Kind == MentionKind.Demonym)
                && TitleBeforePerson(view, other < 0 ? next : view.AfterMention(other)) is >= 0 and var titled
                && !OpensClause(view, view.AfterMention(titled)))
            {
                other = titled;
                next = view.MentionFirst(titled);
            }

            // "welcomed Kazakh Prime Minister Olzhas Bektenov and his Uzbek counterpart, Abdulla Aripov": the person a
            // possessive pronoun's counterpart phrase names; one set off by commas before a past verb is the subject of the
            // next clause ("expanded trade with Kabul, and its foreign minister, Jeenbek Kulubaev, visited the Afghan capital").
            if (and && (other < 0 ? view.IsPossessivePronounWord(next) : view.MentionFirst(other) == next && view.IsPossessivePronoun(other))
                && Counterpart(view, other < 0 ? next + 1 : view.AfterMention(other)) is >= 0 and var counterpart
                && view.Mention(counterpart).Entity.Type == EntityType.Person
                && !(view.Is(view.MentionFirst(counterpart) - 1, ",") && view.Is(view.AfterMention(counterpart), ",")
                    && VerbShapes.IsPast(view, view.AfterMention(counterpart) + 1)))
            {
                other = counterpart;
                next = view.MentionFirst(counterpart);
            }

            // "met Muttaqi and Pakistan's foreign minister, Ishaq Dar": the person a state's title names.
            // A relative clause set off by a comma describes the person ("China's Minister of Public Security, Wang Xiaohong,
            // who arrived …").
            if (other >= 0 && view.MentionFirst(other) == next && PossessedTitlePerson(view, other) is >= 0 and var office
                && (view.Is(view.AfterMention(office), ",") && GrammarWords.CommaRelatives.StartsAt(view, view.AfterMention(office) + 1)
                    || !OpensClause(view, view.AfterMention(office) + (view.Is(view.AfterMention(office), ",") ? 1 : 0))))
            {
                other = office;
                next = view.MentionFirst(office);
            }

            // "neither the SCO nor the Russian-led Collective Security Treaty Organization": a name glued to a participle by a
            // hyphen modifies the name after it.
            if (other >= 0 && view.MentionFirst(other) == next && GluedModified(view, other) is >= 0 and var modified)
            {
                other = modified;
                next = view.MentionFirst(modified);
            }

            // "between Kenya and China's Exim Bank": a state's possessive before its body's name yields to the body.
            if (other >= 0 && view.MentionFirst(other) == next && view.IsPossessive(other) && !view.IsPossessivePronoun(other)
                && view.MentionIndexAt(view.AfterMention(other)) is var owned and >= 0 && view.MentionFirst(owned) == view.AfterMention(other) && !view.IsPossessive(owned))
            {
                other = owned;
                next = view.MentionFirst(owned);
            }

            // "between China Road and Bridge Corporation and the provincial Khyber Pakhtunkhwa Economic Zones Development and
            // Management Company": a place after an article or a modifier that opens a longer capitalised name is no
            // conjunct; the body it qualifies, when one was discovered, is.
            bool qualifies = other >= 0 && view.MentionFirst(other) == next && VerbShapes.IsLowerWord(view, next - 1)
                && !GrammarWords.Conjunctions.StartsAt(view, next - 1) && OpensLongerName(view, other);
            if (qualifies && DiscoveredBodyAt(view, view.AfterMention(other)) is >= 0 and var qualified)
            {
                other = qualified;
                next = view.MentionFirst(qualified);
                qualifies = false;
            }

            if (other < 0 || view.MentionFirst(other) != next || view.IsPossessive(other) || qualifies
                || (view.Mention(other).Kind == MentionKind.Demonym && !(view.Mention(m).Kind == MentionKind.Demonym && DemonymsBeforeActor(view, m))
                    && ActorsAfter(view, other) == view.AfterMention(other)))
            {
                closed = and && dated > 0;
                break;
            }

            // "join the project, and Gazprom has held talks": a name after ", and" followed by a form of "have" or "be" is the
            // subject of the next clause; so is one after "and" followed by a participle ("supporting Angola and the US backing UNITA").
            // A name after ", and" followed by a verb of speech (claim_cues speech_verbs) speaks in the next clause, also when a
            // possessor stands before it ("held talks with Dar, and China's foreign ministry said …").
            if (and && view.Is(next - 2, ",") && (GrammarWords.HaveForms.StartsAt(view, view.AfterMention(other)) || GrammarWords.BeForms.StartsAt(view, view.AfterMention(other)))
                || and && SubjectOfNextClause(view, next - 1 - (view.Is(next - 1, "the") ? 1 : 0))
                || and && view.Is(next - 2, ",") && ApposedSubject(view, other)
                || commaAnd && cues.SpeechVerbs.LongestAt(view, view.AfterMention(other)) == 1)
            {
                break;
            }

            // "joined NATO in 1999 and the EU in 2004": a year after each of two names, not after the first alone.
            j = NamedActorsAfter(view, other);
            if (dated > 0 && YearAt(view, j) == 0)
            {
                // "joined NATO in 2004, the EU in 2007, and the Schengen Area for air travel in 2024": "and" closes the
                // list of dated names though its own name is not dated right after.
                closed = and;
                break;
            }

            objects.Add(new Argument(other, weight));
            j += dated > 0 ? YearAt(view, j) : 0;
            if (and)
            {
                return;
            }
        }

        // "met Wang Yi, China's foreign minister": a comma list never closed by "and" is not a coordination.
        if (usedComma && !closed)
        {
            objects.RemoveRange(firstCount, objects.Count - firstCount);
        }
    }
}
