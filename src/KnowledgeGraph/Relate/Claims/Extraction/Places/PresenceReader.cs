using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// An armed or governing organisation said to be in a place: a verb or adjective of being, staying or acting there
/// ("Wagner forces have also appeared in Libya, Democratic Republic of Congo, Central African Republic and Mozambique",
/// "al-Qaeda affiliates and Isis representatives converge in the Sahel region", "ISKP militants sheltering in
/// Badakhshan", "al-Shabaab remains active in Somalia"), or a description of it as those who govern the place ("the
/// Taliban, the de facto authorities in Afghanistan", "treat the Taliban as the de facto authorities in Afghanistan")
/// → BASED_IN each place. The words are the <c>presence_verbs</c>, <c>presence_units</c> and <c>ruling_nouns</c> cue
/// lists, the prepositions <c>place_openers</c>, and <c>place_modifiers</c> may stand before the place ("active in northern
/// Afghanistan"). The organisation is a militant group, a government or a state body, an armed collective of a people
/// (a Group of subtype militants: "Uyghur militants"), or is named with one of its units ("Wagner forces"), so "SCO leaders gathered in Samarkand" or a company "operating in
/// Kenya" states no base; coordinated organisations share the verb, coordinated places are each a base. An indefinite
/// apposition may stand between the organisation and its verb, and an -ly adverb after the verb ("Jamaat Ansarullah, a
/// militant group made up largely of Tajik nationals, operates freely in …"), or end in a relative that opens the verb's
/// clause ("Jamaat Ansarullah, a Tajik militant group that shelters in Badakhshan"). An act directed from a base names it a few
/// words on after "from" (<c>base_acts</c>: "launches attacks from Afghan soil"), a second presence or act joined by
/// "and" shares the subjects, and a person is based only where the person takes refuge (<c>refuge_verbs</c>).
/// </summary>
internal static class PresenceReader
{
    private const int MaxModifiers = 3;
    private const int MaxActGap = 4;

    /// <summary>Gazetteer subtypes of organisations whose presence somewhere is a base: armed groups and those who govern.</summary>
    private static readonly string[] Armed = [EntitySubtypes.MilitantGroup, EntitySubtypes.Government, EntitySubtypes.GovernmentBody];


    /// <summary>
    /// The first words of the cue lists a base is read from: every claim the reader finds has a verb of presence, refuge
    /// or rule, an act directed from a base, a ruling noun, or units held (a form of "have").
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) =>
    [
        .. lexicon.Cues.PresenceVerbs.FirstWords, .. lexicon.Cues.BaseActs.FirstWords, .. lexicon.Cues.RulingNouns.FirstWords,
        .. lexicon.Cues.RefugeVerbs.FirstWords, .. lexicon.Cues.RulingVerbs.FirstWords, .. UnitShares.CueWords,
    ];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BASED_IN") is not { } predicate)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            int at = Unit(view, cues, m);
            if (at < 0)
            {
                PresenceRefugeReader.Read(view, cues, predicate, m, output);
                continue;
            }

            // "al-Qaeda affiliates and Isis representatives converge": each conjunct is a subject of the verb.
            int last = m;
            while ((view.Is(at, "and") || view.Is(at, ",")) && view.MentionIndexAt(view.Is(at + 1, "the") ? at + 2 : at + 1) is var next
                && next == last + 1 && view.MentionFirst(next) == (view.Is(at + 1, "the") ? at + 2 : at + 1) && Unit(view, cues, next) is >= 0 and var after)
            {
                last = next;
                at = after;
            }

            int verb = -1;
            int place;
            if (Ruling(view, cues, at) is > 0 and var ruled)
            {
                verb = at;
                place = Place(view, cues, ruled, fromAllowed: false);
            }
            else
            {
                verb = Verb(view, cues, at, cues.PresenceVerbs);
                if (verb < 0 && Verb(view, cues, at, cues.BaseActs) is >= 0 and var act)
                {
                    // "launches attacks from Afghan soil": the place the act comes from, a few words on.
                    verb = act;
                    place = From(view, cues, act + cues.BaseActs.LongestAt(view, act));
                    if (place > last)
                    {
                        Add(view, predicate, m, last, place, verb, output);
                    }

                    m = last;
                    continue;
                }

                // "ISKP has between 2,000 and 3,500 fighters, most of them in …": units it has, placed themselves or by a share of them.
                int held = verb < 0 ? UnitShares.AfterHeldUnits(view, cues, at) : -1;
                if (held > 0)
                {
                    verb = at;
                }

                int end = held > 0 || verb < 0 ? -1 : verb + cues.PresenceVerbs.LongestAt(view, verb);
                // "operates mainly in Balochistan", "operates freely in Badakhshan": an -ly adverb between verb and place.
                if (end > 0 && IsAdverb(view, end) && !IsAdverb(view, end - 1))
                {
                    end++;
                }

                // "took control of Kabul": a verb of taking control names the place after "of"; "the Taliban control most of
                // Afghanistan" and "the Taliban took over Kabul": the verb names it as its object.
                place = held > 0 ? HeldPlace(view, cues, held)
                    : verb < 0 ? -1 : view.Is(end - 1, "control") && view.Is(end, "of")
                    ? Place(view, cues, end, fromAllowed: false, ofAllowed: true)
                    : IsControlVerb(view, end - 1) || view.Is(end - 1, "over") ? Place(view, cues, end - 1, fromAllowed: false, direct: true)
                    : Place(view, cues, end, fromAllowed: true);
            }

            if (place <= last)
            {
                continue;
            }

            Add(view, predicate, m, last, place, verb, output);
            // "were present in Afghanistan, some of them in Badakhshan": a share of the units placed after the places.
            if (UnitShares.SharePlace(view, cues, view.AfterMention(LocatedGroupReader.LastConjunct(view, place))) is var share && share > place)
            {
                Add(view, predicate, m, last, share, verb, output);
            }

            // "runs training camps in Kunar and Khost and launches attacks from Afghan soil": a second presence or act
            // joined by "and" after the places has the same subjects.
            int joined = view.AfterMention(LocatedGroupReader.LastConjunct(view, place));
            if (view.Is(joined, "and") && Joined(view, cues, joined + 1) is (>= 0 and var second, >= 0 and var secondPlace) && secondPlace > last)
            {
                Add(view, predicate, m, last, secondPlace, second, output);
            }

            m = last;
        }

        PresenceWhereReader.Read(view, cues, predicate, output);
    }

    /// <summary>Each subject mention from <paramref name="first"/> to <paramref name="last"/> BASED_IN the place and the places coordinated with it.</summary>
    internal static void Add(SentenceView view, PredicateDefinition predicate, int first, int last, int place, int verb, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int s = first; s <= last; s++)
        {
            output.Add((new ClaimCandidate(s, place, 0.85f, view.AfterMention(last), verb, null), new Trigger(["in"], TriggerKind.Verb, predicate, null), verb));
            for (int n = place + 1; n <= LocatedGroupReader.LastConjunct(view, place); n++)
            {
                output.Add((new ClaimCandidate(s, n, 0.8f, view.AfterMention(last), verb, null), new Trigger(["in"], TriggerKind.Verb, predicate, null), verb));
            }
        }
    }

    /// <summary>The place held units are in, right after them or after a share of them ("…, most of them in"); -1 when none.</summary>
    private static int HeldPlace(SentenceView view, ClaimCues cues, int held) =>
        Place(view, cues, held, fromAllowed: false) is >= 0 and var place ? place : UnitShares.SharePlace(view, cues, held);

    /// <summary>The presence verb or act at <paramref name="at"/> and the place it names ((-1, -1) when none).</summary>
    private static (int Verb, int Place) Joined(SentenceView view, ClaimCues cues, int at)
    {
        if (cues.PresenceVerbs.LongestAt(view, at) is > 0 and var verb)
        {
            return (at, Place(view, cues, at + verb, fromAllowed: true));
        }

        return cues.BaseActs.LongestAt(view, at) is > 0 and var act ? (at, From(view, cues, at + act)) : (-1, -1);
    }

    /// <summary>
    /// The place after "from" within <see cref="MaxActGap"/> words of <paramref name="at"/> and before any punctuation
    /// ("attacks on Pakistani soil from Afghan territory"); -1 when none.
    /// </summary>
    private static int From(SentenceView view, ClaimCues cues, int at)
    {
        for (int k = at; k < view.End && k <= at + MaxActGap && !view.IsPunctuation(k); k++)
        {
            if (view.Is(k, "from"))
            {
                return Place(view, cues, k, fromAllowed: true);
            }
        }

        return -1;
    }

    /// <summary>
    /// The token after mention <paramref name="m"/> and its unit noun ("Wagner forces"), when it names an armed or
    /// governing organisation (for a militant group any one lower-case plural may stand for its unit: "Isis
    /// representatives"); -1 otherwise.
    /// </summary>
    internal static int Unit(SentenceView view, ClaimCues cues, int m)
    {
        Mention mention = view.Mention(m);
        // A collective of armed members of a people ("Uyghur militants", groups.yaml subtype militants) is armed as a group is.
        bool collective = mention.Entity.Type == EntityType.Group && mention.Entity.Subtype == EntitySubtypes.Militants;
        if ((mention.Entity.Type != EntityType.Organisation && !collective) || mention.Kind == MentionKind.Demonym)
        {
            return -1;
        }

        int at = view.AfterMention(m);
        if (cues.PresenceUnits.LongestAt(view, at) is > 0 and var unit)
        {
            return at + unit;
        }

        if (Array.IndexOf(Armed, mention.Entity.Subtype) < 0 && !collective)
        {
            return -1;
        }

        bool militant = mention.Entity.Subtype == Armed[0];
        return militant && VerbShapes.IsLowerWord(view, at) && view.MentionIndexAt(at) < 0 && view.Word(at).EndsWith("s", StringComparison.Ordinal)
            && !cues.Bridges.StartsAt(view, at) && !cues.PresenceVerbs.StartsAt(view, at) ? at + 1 : at;
    }


    /// <summary>The presence verb after <paramref name="at"/> (<see cref="PresenceVerbFinder.Find"/>); its index, or -1.</summary>
    internal static int Verb(SentenceView view, ClaimCues cues, int at, PhraseIndex<string> verbs) => PresenceVerbFinder.Find(view, cues, at, verbs);

    /// <summary>A lower-case word in -ly that no mention covers ("mainly", "freely", "openly").</summary>
    private static bool IsAdverb(SentenceView view, int i) =>
        VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && view.Word(i).Length > 3 && VerbShapes.EndsInLy(view, i);

    /// <summary>A form of the verb "control", whose object is the place controlled.</summary>
    private static bool IsControlVerb(SentenceView view, int i) =>
        view.Is(i, "control") || view.Is(i, "controls") || view.Is(i, "controlled") || view.Is(i, "controlling");


    /// <summary>A militant group, or an armed collective of a people (groups.yaml subtype militants: "Uyghur militants").</summary>
    internal static bool IsArmedGroup(Entity entity) =>
        entity.Type == EntityType.Organisation && entity.Subtype == EntitySubtypes.MilitantGroup
        || entity.Type == EntityType.Group && entity.Subtype == EntitySubtypes.Militants;

    /// <summary>
    /// "the Taliban, the de facto authorities in", "the Taliban as the new government in": "," or "as", "the", at most
    /// three lower-case words and a ruling noun; the index after the noun, or -1.
    /// </summary>
    private static int Ruling(SentenceView view, ClaimCues cues, int at)
    {
        if (!(view.Is(at, ",") || view.Is(at, "as")) || !view.Is(at + 1, "the"))
        {
            return -1;
        }

        for (int i = at + 2; i <= at + 2 + MaxModifiers; i++)
        {
            if (cues.RulingNouns.LongestAt(view, i) is > 0 and var noun)
            {
                return i + noun;
            }

            if (!VerbShapes.IsLowerWord(view, i) || view.MentionIndexAt(i) >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "in", "across" or "throughout" at <paramref name="at"/>, or after a verb "from" ("operates from Afghanistan"), and
    /// the place (after "the"); the place's mention, or -1. A country's demonym before a territory noun is its country
    /// ("operates from Pakistani soil", "on Afghan territory").
    /// </summary>
    internal static int Place(SentenceView view, ClaimCues cues, int at, bool fromAllowed, bool ofAllowed = false, bool direct = false)
    {
        bool on = view.Is(at, "on");
        if (!direct && cues.PlaceOpeners.LongestAt(view, at) != 1 && !(fromAllowed && view.Is(at, "from")) && !(ofAllowed && view.Is(at, "of")) && !on)
        {
            return -1;
        }

        // "operates from safe havens in Afghanistan", "from bases across the border in Afghanistan", "from bases inside
        // Pakistan": where the group acts from lies in the place after "in" or "inside".
        if (view.Is(at, "from"))
        {
            for (int k = at + 1; k < view.End && k <= at + 4 && view.MentionIndexAt(k) < 0 && view.Token(k).Is(TokenShape.AllLower); k++)
            {
                if (view.Is(k + 1, "in") || view.Is(k + 1, "inside"))
                {
                    at = k + 1;
                    break;
                }
            }
        }

        at = PlacePhrase.Start(view, cues, at + 1);
        int place = view.MentionIndexAt(at);
        if (place < 0 || view.MentionFirst(place) != at || view.Mention(place).Entity.Type is not (EntityType.Country or EntityType.Place) || view.IsPossessive(place))
        {
            return -1;
        }

        bool territory = cues.TerritoryNouns.StartsAt(view, view.MentionLast(place) + 1);
        bool demonym = view.Mention(place).Kind == MentionKind.Demonym;
        return (demonym ? territory && view.Mention(place).Entity.Type == EntityType.Country : !on || territory) ? place : -1;
    }
}
