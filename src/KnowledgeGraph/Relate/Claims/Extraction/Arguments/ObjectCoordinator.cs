using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Coordinated objects after the first ("the Taliban and Pakistan"): walks ", and" lists over appositions, descriptions
/// and modifiers, stopping at the subject of a next clause.
/// </summary>
internal sealed class ObjectCoordinator
{
    private readonly ClaimCues cues;
    private readonly ObjectActorFinder actorFinder;
    private readonly ObjectQualifierFinder qualifierFinder;
    private readonly TitledPersonFinder personFinder;

    public ObjectCoordinator(ClaimCues cues, ObjectActorFinder actorFinder, ObjectQualifierFinder qualifierFinder, TitledPersonFinder personFinder)
    {
        this.cues = cues;
        this.actorFinder = actorFinder;
        this.qualifierFinder = qualifierFinder;
        this.personFinder = personFinder;
    }

    /// <summary>Tokens of "in" and a year at <paramref name="i"/> ("in 1999"), 0 when there is none.</summary>
    private static int YearAt(SentenceView view, int i) =>
        view.Is(i, "in") && i + 1 < view.End && view.Token(i + 1).Kind == TokenKind.Number && view.Word(i + 1).Length == 4 ? 2 : 0;

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

    /// <summary>
    /// True when mention <paramref name="m"/> is a body's own name or acronym, no possessive, that may stand before the
    /// title of an office it has ("State Bank of Pakistan Governor Jameel Ahmad", "MCC Vice President Zhang Mengxing").
    /// </summary>
    private static bool NamesOffice(SentenceView view, int m) =>
        view.Mention(m).Kind is MentionKind.Name or MentionKind.Acronym or MentionKind.Learned or MentionKind.Discovered && !view.IsPossessive(m)
        && view.Mention(m).Entity.Type == EntityType.Organisation;

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

    internal void Coordinate(SentenceView view, int m, float weight, List<Argument> objects, int from)
    {
        int before = objects.Count;
        CoordinateList(view, m, weight, objects, from);
        // "signed exploration agreements with two Chinese companies, Fortune Lithium and Xinjiang Huaxin Resources": the
        // bodies named in apposition to a demonym's actors are the parties; the demonym's state is none.
        if (objects.Count > before && ActorsNamedInApposition(view, m))
        {
            for (int k = objects.Count - 1; k >= 0; k--)
            {
                if (objects[k].Mention == m)
                {
                    objects.RemoveAt(k);
                }
            }
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

            // "the Russian energy giant,": a demonym may qualify the head; so may a name that is no possessor before a
            // lower-case word ("his Taliban counterpart,").
            if (view.MentionIndexAt(k) is >= 0 and var m && (view.Mention(m).Kind == MentionKind.Demonym
                || view.Mention(m).Kind is MentionKind.Name or MentionKind.Acronym && !view.IsPossessive(m) && VerbShapes.IsLowerWord(view, view.AfterMention(m))))
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
    /// "and his father, Gurbanguly Berdimuhamedov", "and the army chief, Field Marshal Asim Munir": the person named in
    /// apposition after a short description that opens a conjunct at <paramref name="at"/> (see
    /// <see cref="ApposedDescriptionEnd"/>), when no clause of the person's own follows (a relative clause may); -1 when
    /// none.
    /// </summary>
    private static int DescribedPerson(SentenceView view, int at)
    {
        if (ApposedDescriptionEnd(view, at) is not (>= 0 and var comma) || TitledPersonFinder.ApposedPerson(view, comma) is not (>= 0 and var person))
        {
            return -1;
        }

        int after = view.AfterMention(person);
        bool commaAfter = view.Is(after, ",");
        return commaAfter && GrammarWords.CommaRelatives.StartsAt(view, after + 1) || !ObjectClauseBoundaries.OpensClause(view, after + (commaAfter ? 1 : 0))
            ? person : -1;
    }

    /// <summary>
    /// True when the demonym <paramref name="m"/> and its actor nouns are followed by a comma and a body or person
    /// ("two Chinese companies, Fortune Lithium"), who names them.
    /// </summary>
    private bool ActorsNamedInApposition(SentenceView view, int m)
    {
        int j = actorFinder.NamedActorsAfter(view, m);
        return view.Mention(m).Kind == MentionKind.Demonym && j > view.AfterMention(m) && view.Is(j, ",")
            && view.MentionIndexAt(j + 1) is >= 0 and var first && view.MentionFirst(first) == j + 1
            && view.Mention(first).Entity.Type is EntityType.Organisation or EntityType.Person;
    }

    private void CoordinateList(SentenceView view, int m, float weight, List<Argument> objects, int from)
    {
        int firstCount = objects.Count;
        bool usedComma = false;
        bool closed = false;
        int j = actorFinder.NamedActorsAfter(view, m);
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
                if (ObjectClauseBoundaries.InCommaRelative(view, from))
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

            // "met President Serdar Berdimuhamedov and his father, Gurbanguly Berdimuhamedov": a conjunct described before
            // the person in apposition is that person.
            if (and && view.MentionIndexAt(next) < 0 && DescribedPerson(view, next) is >= 0 and var apposed)
            {
                next = view.MentionFirst(apposed);
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
            // title, or a title alone, before a person's name; so does a body's name before its title ("met Aurangzeb and
            // State Bank of Pakistan Governor Jameel Ahmad", "held talks with Zhao and MCC Vice President Zhang Mengxing").
            // A person followed by a lower-case word opens a clause of its own ("refused to engage the Taliban, and
            // President Emomali Rahmon has hosted …").
            if ((other < 0 || view.MentionFirst(other) == next && (view.Mention(other).Kind == MentionKind.Demonym || NamesOffice(view, other)))
                && personFinder.TitleBeforePerson(view, other < 0 ? next : view.AfterMention(other)) is >= 0 and var titled
                && !ObjectClauseBoundaries.OpensClause(view, view.AfterMention(titled)))
            {
                other = titled;
                next = view.MentionFirst(titled);
            }

            // "welcomed Kazakh Prime Minister Olzhas Bektenov and his Uzbek counterpart, Abdulla Aripov": the person a
            // possessive pronoun's counterpart phrase names; one set off by commas before a past verb is the subject of the
            // next clause ("expanded trade with Kabul, and its foreign minister, Jeenbek Kulubaev, visited the Afghan capital").
            if (and && (other < 0 ? view.IsPossessivePronounWord(next) : view.MentionFirst(other) == next && view.IsPossessivePronoun(other))
                && qualifierFinder.Counterpart(view, other < 0 ? next + 1 : view.AfterMention(other)) is >= 0 and var counterpart
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
            if (other >= 0 && view.MentionFirst(other) == next && personFinder.PossessedTitlePerson(view, other) is >= 0 and var office
                && (view.Is(view.AfterMention(office), ",") && GrammarWords.CommaRelatives.StartsAt(view, view.AfterMention(office) + 1)
                    || !ObjectClauseBoundaries.OpensClause(view, view.AfterMention(office) + (view.Is(view.AfterMention(office), ",") ? 1 : 0))))
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
                && !GrammarWords.Conjunctions.StartsAt(view, next - 1) && ObjectHeadFinder.OpensLongerName(view, other);
            if (qualifies && ObjectHeadFinder.DiscoveredBodyAt(view, view.AfterMention(other)) is >= 0 and var qualified)
            {
                other = qualified;
                next = view.MentionFirst(qualified);
                qualifies = false;
            }

            if (other < 0 || view.MentionFirst(other) != next || view.IsPossessive(other) || qualifies
                || (view.Mention(other).Kind == MentionKind.Demonym && !(view.Mention(m).Kind == MentionKind.Demonym && actorFinder.DemonymsBeforeActor(view, m))
                    && actorFinder.ActorsAfter(view, other) == view.AfterMention(other)))
            {
                closed = and && dated > 0;
                break;
            }

            // "join the project, and Gazprom has held talks": a name after ", and" followed by a form of "have" or "be" is the
            // subject of the next clause; so is one after "and" followed by a participle ("supporting Angola and the US backing UNITA").
            // A name after ", and" followed by a verb of speech (claim_cues speech_verbs) speaks in the next clause, also when a
            // possessor stands before it ("held talks with Dar, and China's foreign ministry said …").
            // So is one after ", and" (and "the") followed by a past verb ("met Ramazon Rahimzoda, and the two governments agreed").
            if (and && view.Is(next - 2, ",") && (GrammarWords.HaveForms.StartsAt(view, view.AfterMention(other)) || GrammarWords.BeForms.StartsAt(view, view.AfterMention(other)))
                || and && view.Is(next - 2 - (view.Is(next - 1, "the") ? 1 : 0), ",") && VerbShapes.IsPast(view, view.AfterMention(other))
                || and && ObjectClauseBoundaries.SubjectOfNextClause(view, next - 1 - (view.Is(next - 1, "the") ? 1 : 0))
                || and && view.Is(next - 2, ",") && ObjectClauseBoundaries.ApposedSubject(view, other)
                || commaAnd && cues.SpeechVerbs.LongestAt(view, view.AfterMention(other)) == 1)
            {
                break;
            }

            // "joined NATO in 1999 and the EU in 2004": a year after each of two names, not after the first alone.
            j = actorFinder.NamedActorsAfter(view, other);
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
