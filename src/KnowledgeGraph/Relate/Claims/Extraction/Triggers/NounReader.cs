using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Reads a nominal trigger "noun preposition": the object follows the preposition; the subject is a possessor
/// ("China's support for Y", "his tour of Central Asia" with "his" resolved), a demonym or name modifying the noun ("Chinese investment in Y", "Taliban attacks on
/// Y"), or the subject of a light verb ("X provided aid to Y", "X held talks with Y"). "talks between X and Y"
/// relates the two coordinated objects; for a one-way predicate each way ("clashes between X and Y").
/// </summary>
internal sealed class NounReader
{
    internal const int MaxFillers = 5;
    private readonly ClaimCues cues;
    private readonly NounPhraseWalker walker;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];
    private readonly List<Argument> leaders = [];
    private readonly BetweenNounReader betweenReader;
    private readonly NounOwnerFinder ownerFinder;

    public NounReader(ClaimCues cues, SubjectFinder subjectFinder, ObjectFinder objectFinder, PredicateDefinition? allied = null)
    {
        this.objectFinder = objectFinder;
        this.cues = cues;
        walker = new NounPhraseWalker(cues);
        betweenReader = new BetweenNounReader(cues, allied);
        ownerFinder = new NounOwnerFinder(cues, walker);
        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// Reads the candidates of the nominal trigger <paramref name="trigger"/> whose words run from <paramref name="start"/>
    /// to <paramref name="end"/> into <paramref name="output"/>: "between" and its parties, else the noun's owner, else an
    /// agent after the object, a visit's or meeting's subject, or a light verb's subject.
    /// </summary>
    public void Read(SentenceView view, Trigger trigger, int start, int end, List<ClaimCandidate> output)
    {
        // "supplies 13 percent of China's needs": a share of what a possessor has is no share of the possessor.
        bool possessorObject = trigger.Predicate.PossessorObject && !cues.ShareWords.StartsAt(view, start);
        objectFinder.Find(view, end, [], direct: true, objects, possessorObject);
        if (betweenReader.Read(view, trigger, start, objects, output))
        {
            return;
        }

        if (objects.Count == 0)
        {
            return;
        }

        int m = ownerFinder.Find(view, trigger, start, out int i, out bool apposition, out bool whose);
        if (m >= 0)
        {
            ReadOwned(view, trigger, start, m, apposition, whose, output);
            return;
        }

        ReadUnowned(view, trigger, start, i, output);
    }

    /// <summary>
    /// Reads the candidates of a noun whose owner <paramref name="m"/> stands before it (a possessor, a demonym, a name the
    /// noun is in apposition to: <paramref name="apposition"/>, or the antecedent of ", whose": <paramref name="whose"/>).
    /// </summary>
    private void ReadOwned(SentenceView view, Trigger trigger, int start, int m, bool apposition, bool whose, List<ClaimCandidate> output)
    {
        // A possessor or demonym is the agent wherever its phrase stands ("appalled by Russia's invasion of
        // Ukraine"); a bare name after a preposition may be a place ("militants in Kabul attacks on …"), unless the noun
        // stands in apposition to it or its ", whose" owns the noun.
        bool owner = view.IsPossessive(m) || view.IsPossessivePronoun(m) || view.Mention(m).Kind == Model.MentionKind.Demonym;
        if (!owner && !apposition && !whose && GrammarWords.LocatingPrepositions.StartsAt(view, view.MentionFirst(m) - 1))
        {
            return;
        }

        // "the Black Sea port of Novorossiysk": a geographic feature before a noun of a place within a state only
        // locates the place; "the Ottoman Empire province of Syria", "the Xinjiang city of Kashgar": a state, a
        // province or a region there is the whole, like a possessive.
        if (!owner && trigger.Predicate.Name == "PART_OF" && cues.PlacePartNouns.StartsAt(view, start))
        {
            Entity named = view.Mention(m).Entity;
            if (named.Type == Model.EntityType.Place && named.Subtype == Model.EntitySubtypes.Geographic)
            {
                return;
            }

            // "the Xinjiang region of China": a noun that is the place's own subtype names the place itself.
            owner = named.Type == Model.EntityType.Country
                || ObjectFinder.IsProvince(named)
                && !view.Is(start, named.Subtype!);
        }

        // "Tajikistan is seeking up to $1 billion in Chinese loans": what is sought is not yet given.
        if (owner && walker.SoughtBefore(view, view.MentionFirst(m) - 1))
        {
            return;
        }

        float weight = owner ? 1f : 0.9f;
        int before = view.MentionFirst(m) - 1;
        int negationFrom = view.Is(before, "no") ? before : start;
        subjects.Clear();
        if (owner && trigger.Predicate.Name == "PART_OF")
        {
            // "the northern Greek province of Macedonia", "the Uzbek city of Andijan": the owner is the whole and the "of"
            // name its part; an owned
            // branch or wing ("the Pakistani branch of ISKP") makes the owner no part of anything.
            if (cues.PlacePartNouns.StartsAt(view, start))
            {
                subjects.AddRange(objects);
                objects.Clear();
                objects.Add(new Argument(m, weight));
                VerbReader.Pair(subjects, objects, negationFrom, start, output);
            }

            return;
        }

        subjects.Add(new Argument(m, weight));
        if (owner)
        {
            // "Chinese, Qatari and Uzbek relief", "China's and Russia's support for": coordination distributes.
            CoordinatedOwners.AddBefore(view, m, weight, subjects);
        }

        AddLeaders(view, trigger, start, before);
        int first = output.Count;
        VerbReader.Pair(subjects, objects, negationFrom, start, output);
        // "The ISKP, an affiliate of the Islamic State": a title of the predicate in apposition is the claim's qualifier,
        // as the title reader gives it.
        string title = trigger.Words[0];
        if (apposition && trigger.Predicate.Titles.Contains(title, StringComparer.OrdinalIgnoreCase))
        {
            for (int c = first; c < output.Count; c++)
            {
                output[c] = output[c] with { Qualifier = title };
            }
        }

        // "China ended its support for the Taliban": a verb of ending before the possessor negates what the noun states.
        if (cues.Endings.LongestAt(view, before) == 1)
        {
            Negate(output, first);
        }
    }

    /// <summary>
    /// Reads the candidates of a noun with no owner before it, whose phrase ends at <paramref name="i"/>: an agent after
    /// "by" or a party claiming it, the subject of a visit or meeting one is on, the clause subject after a preposition
    /// of means, or the subject of a light verb or a verb of ending before the noun.
    /// </summary>
    private void ReadUnowned(SentenceView view, Trigger trigger, int start, int i, List<ClaimCandidate> output)
    {
        // "evacuated about 80 people in the town of Yeoncheon": without a state's demonym or possessive before it, a noun of
        // a place within a state names a whole only after a copula ("Kosovo became an autonomous province of Serbia").
        if (trigger.Predicate.Name == "PART_OF" && cues.PlacePartNouns.StartsAt(view, start) && !walker.CopulaBefore(view, start))
        {
            return;
        }

        // "the invasion of Ukraine by Russia", "the recognition of the Taliban by China": the agent after the object, also
        // past the actor nouns of a demonym object ("a series of attacks on Chinese nationals by the Balochistan Liberation Army").
        int by = walker.ActorsAfter(view, objects[^1].Mention, view.AfterMention(objects[^1].Mention));
        if (view.Is(by, "by") && NounAgents.Agent(view, by + 1) is >= 0 and var agent)
        {
            subjects.Clear();
            subjects.Add(new Argument(agent, 0.9f));
            CoordinatedOwners.AddAfter(view, agent, 0.9f, subjects);
            VerbReader.Pair(subjects, objects, start, start, output);
            return;
        }

        // "Rocket attacks on Central Asia that came from Afghanistan have also been claimed by the group": the party a
        // passive verb of claiming names after "by" carried out what the noun states.
        if (trigger.Predicate.Name == "ATTACKS" && NounAgents.ClaimedBy(view, walker.ActorsAfter(view, objects[^1].Mention, by)) is >= 0 and var claimer)
        {
            subjects.Clear();
            subjects.Add(new Argument(claimer, 0.85f));
            VerbReader.Pair(subjects, objects, start, start, output);
            return;
        }

        if ((trigger.Predicate.InPerson || trigger.Predicate.Name == "VISITS") && i == view.First && (view.Is(i, "during") || view.Is(i, "on") || view.Is(i, "in"))
            && NounAgents.OpeningSubject(view, view.AfterMention(objects[^1].Mention), cues) is >= 0 and var opened)
        {
            // "During a visit to Senegal, Xi Jinping signed …", "In talks with Pakistan's Interior Ministry, Chinese officials
            // have proposed …": a visit, meeting or talks in the sentence's opening phrase are the subject's after its comma.
            subjects.Clear();
            subjects.Add(new Argument(opened, 0.85f));
            VerbReader.Pair(subjects, objects, start, start, output);
            return;
        }

        // "declined to comment on the agreement with China": only a visit or a meeting is something one is "on".
        if ((trigger.Predicate.InPerson || trigger.Predicate.Name == "VISITS")
            && (view.Is(i, "on") && trigger.Predicate.Name is "VISITS" or "MEETS" || view.Is(i, "during")))
        {
            // "Xi Jinping is on a three-day visit to Senegal", "Wang Yi arrived on a visit to Kenya", "Kaja Kallas said during
            // a visit to Bishkek": a meeting or visit the subject is on, or speaks during, is the subject's own.
            // After "during" the subject is the verb's before it ("said during").
            int verb = view.Is(i, "during") && VerbShapes.IsLowerWord(view, i - 1) ? i - 1 : i;
            int onBridge = start;
            // "met with Mohamed during his visit to Google": whose visit a pronoun says is not read here.
            bool owned = GrammarWords.PossessivePronouns.StartsAt(view, i + 1);
            if (!owned && view.MentionIndexAt(i - 1) >= 0 && NounAgents.GoverningVerb(view, i - 1) is >= 0 and var governing)
            {
                // "Xi Jinping met Kassym-Jomart Tokayev on a visit to Kazakhstan", "Wang Yi discussed the matter with Baradar
                // during a visit to Kabul": the name before is the verb's object; the visit is the verb's subject's.
                subjectFinder.Find(view, governing, subjects, out onBridge);
            }
            else if (!owned && view.Is(i - 1, ",") && SubjectFinder.EndingAt(view, i - 2) is >= 0 and var named
                && view.Is(view.AfterMention(objects[^1].Mention), ",") && VerbShapes.IsLowerWord(view, view.AfterMention(objects[^1].Mention) + 1))
            {
                // "Chinese President Xi Jinping, on a visit to Dushanbe, broke ground": the phrase set off by commas after a
                // name is that name's.
                subjects.Clear();
                subjects.Add(new Argument(named, 0.85f));
            }
            else
            {
                subjectFinder.Find(view, verb, subjects, out onBridge);
            }

            if (subjects.Count == 0)
            {
                subjectFinder.ClauseSubject(view, i, subjects);
            }

            VerbReader.Pair(subjects, objects, onBridge, start, output);
            return;
        }

        // "halted most assistance to Afghanistan": a share of what ends stands between the verb of ending and its noun.
        if (cues.ShareWords.LongestAt(view, i) == 1 && cues.Endings.LongestAt(view, i - 1) == 1)
        {
            i--;
        }

        int light = walker.LightVerbStart(view, i);
        if (light < 0 && walker.Modifiers(view, i) is var modified && modified != i)
        {
            // "reimposed nuclear-related sanctions on Iran", "is not a member of": after a light verb, hyphen compounds and
            // negations stand between it and the noun too (no tagger: asking it here cost more than it found).
            light = walker.LightVerbStart(view, modified);
        }

        if (light < 0)
        {
            // "The state-owned China Nonferrous Metal Mining Group is also in talks with the Taliban": bridges between the
            // copula and "in".
            light = walker.CopulaAcrossBridges(view, i);
        }

        // "Saidov, speaking after talks with Chinese Vice Premier Ding Xuexiang": a face-to-face event after "after" or
        // "before" is the clause subject's (not other nouns: "returned after attacks on Saudi oil infrastructure").
        if (light < 0 && (cues.GerundOpeners.StartsAt(view, i) || trigger.Predicate.InPerson && cues.GerundTimes.StartsAt(view, i)))
        {
            // "China exerted its security presence in Africa through contributions to United Nations peacekeeping
            // missions": a noun after a preposition of means has the subject of the clause it qualifies.
            subjectFinder.ClauseSubject(view, i, subjects);
            VerbReader.Pair(subjects, objects, start, start, output);
            return;
        }

        // "Washington suspended aid to Kabul": a verb of ending in the light verb's place states the relation ended.
        bool ended = light < 0 && cues.Endings.LongestAt(view, i) == 1;
        if (ended)
        {
            light = i;
        }

        if (light < 0)
        {
            return;
        }

        subjectFinder.Find(view, light, subjects, out int bridge, allowConjoined: view.Word(light).EndsWith("ed", StringComparison.OrdinalIgnoreCase));
        for (int k = 0; k < subjects.Count; k++)
        {
            subjects[k] = subjects[k] with { Weight = subjects[k].Weight * 0.9f };
        }

        // The light verb's subject is the unit's: only a leader named after "led by" is another.
        AddLeaders(view, trigger, start, -1);
        int paired = output.Count;
        VerbReader.Pair(subjects, objects, bridge, start, output);
        if (ended)
        {
            Negate(output, paired);
        }
    }

    /// <summary>
    /// Who leads a party's unit where it goes goes there too: for a trigger of a destination whose noun is a unit's
    /// (claim_cues <c>unit_nouns</c>), adds to the subjects the person after "led by" between the trigger's words ("sent a
    /// delegation led by Foreign Minister Jeenbek Kulubaev to Kabul"), else the person who is the subject of a verb of
    /// leading before the noun's phrase, which ends at <paramref name="phraseBefore"/> (-1: none; "Mansoor is expected to
    /// lead a Taliban delegation to the Iranian capital").
    /// </summary>
    private void AddLeaders(SentenceView view, Trigger trigger, int start, int phraseBefore)
    {
        if (!trigger.Predicate.Destinations || cues.UnitNouns.LongestAt(view, start) != 1)
        {
            return;
        }

        if (ObjectQualifierFinder.UnitLeader(view, cues, start) is >= 0 and var led)
        {
            subjects.Add(new Argument(led, 0.85f));
            return;
        }

        if (NounAgents.LeadingVerbBefore(view, phraseBefore) is not (>= 0 and var verb))
        {
            return;
        }

        subjectFinder.Find(view, verb, leaders, out _);
        foreach (Argument leader in leaders)
        {
            if (view.Mention(leader.Mention).Entity.Type == EntityType.Person && !subjects.Exists(s => s.Mention == leader.Mention))
            {
                subjects.Add(leader with { Weight = leader.Weight * 0.85f });
            }
        }
    }

    /// <summary>The name at <paramref name="at"/> (after "the"), when it is no possessor or demonym standing before another noun; -1 otherwise.</summary>
    internal static int Agent(SentenceView view, int at) => NounAgents.Agent(view, at);

    /// <summary>Marks the candidates from <paramref name="first"/> on as negated.</summary>
    internal static void Negate(List<ClaimCandidate> output, int first)
    {
        for (int k = first; k < output.Count; k++)
        {
            output[k] = output[k] with { Negated = true };
        }
    }
}
