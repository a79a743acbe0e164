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

    public NounReader(ClaimCues cues, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.objectFinder = objectFinder;
        this.cues = cues;
        walker = new NounPhraseWalker(cues);
        this.subjectFinder = subjectFinder;
    }

    public void Read(SentenceView view, Trigger trigger, int start, int end, List<ClaimCandidate> output)
    {
        // "supplies 13 percent of China's needs": a share of what a possessor has is no share of the possessor.
        bool possessorObject = trigger.Predicate.PossessorObject && !cues.ShareWords.StartsAt(view, start);
        objectFinder.Find(view, end, [], direct: true, objects, possessorObject);
        // "ties between Islamabad and Kabul remain badly strained": relations the clause calls hostile state nothing.
        if (trigger.Prep == "between" && objects.Count > 0 && Dependency.RelationNouns.IsCue(cues, view.Word(start)) && StrainedAfter(view, objects))
        {
            return;
        }

        if (trigger.Prep == "between" && objects.Count == 1 && view.DescribesSeveral(objects[0].Mention))
        {
            // "cooperation between the two countries": a description that stands for two parties is both; the candidate
            // names it on both sides and the claim is read through its other antecedents (SentenceView.AlsoMeant).
            output.Add(new ClaimCandidate(objects[0].Mention, objects[0].Mention, objects[0].Weight, start, start, null) { Negated = EndedBefore(view, start) ? true : null });
            return;
        }

        if (trigger.Prep == "between")
        {
            // "a treaty between China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan": the relation holds between every two;
            // "halting most trade between Pakistan and Afghanistan": a verb of ending before the noun negates it.
            int between = output.Count;
            for (int a = 0; a < objects.Count; a++)
            {
                for (int b = a + 1; b < objects.Count; b++)
                {
                    float weight = Math.Min(objects[a].Weight, objects[b].Weight);
                    output.Add(new ClaimCandidate(objects[a].Mention, objects[b].Mention, weight, start, start, null));
                    // "clashes between X and Y": a one-way predicate read between two parties holds each way.
                    if (!trigger.Predicate.Symmetric)
                    {
                        output.Add(new ClaimCandidate(objects[b].Mention, objects[a].Mention, weight, start, start, null));
                    }
                }
            }

            if (EndedBefore(view, start))
            {
                Negate(output, between);
            }

            return;
        }

        if (objects.Count == 0)
        {
            return;
        }

        int i = start - 1;
        // "the most extensive investment in": any adjective may qualify a noun of a relation; before a structural one
        // ("former members of") it may say whose the noun is not, and "relations" or "ties" are asserted or denied by theirs
        // ("tense relations with"), which the tree reads (Dependency.RelationNouns).
        bool relational = trigger.Predicate.Class != PredicateClasses.Structural && !Dependency.RelationNouns.IsCue(cues, view.Word(start));
        for (int n = 0; n < MaxFillers && i >= view.First && view.MentionIndexAt(i) < 0; n++)
        {
            // "his 1994 tour of the region": a year dates the noun; "ISKP's rocket attacks on": an instrument qualifies it, and
            // so do the goods of a trade ("Kazakhstan's uranium exports to China").
            if (cues.Fillers.StartsAt(view, i) || view.IsYear(i) || NounWords.IsOrdinal(view, i) || cues.Instruments.LongestAt(view, i) == 1
                || NounWords.IsGoods(view, trigger.Predicate, i) || relational && NounWords.TaggedAdjective(view, i))
            {
                i--;
            }
            else if (i + 1 < start && ((NounWords.IsAdverb(view, i) || view.Is(i, "most") || view.Is(i, "more")) && (cues.Fillers.StartsAt(view, i + 1) || relational && NounWords.TaggedAdjective(view, i + 1))
                || view.Is(i, "and") && i - 1 >= view.First && cues.Fillers.StartsAt(view, i - 1) && (cues.Fillers.StartsAt(view, i + 1) || NounWords.IsAdverb(view, i + 1))))
            {
                // "shares a short and largely impassable border with": fillers joined by "and", or after an adverb.
                i--;
            }
            else if ((view.Is(i, "and") || view.Is(i, "or")) && i - 1 >= view.First && walker.IsMoneyNoun(view, i - 1) && walker.IsMoneyNoun(view, start))
            {
                // "pledged $2 billion in grants and loans to Kyrgyzstan": a noun of aid or lending joined to the trigger's.
                i -= 2;
            }
            else if (NounWords.IsMeasure(view, i))
            {
                i -= 3;
            }
            else
            {
                break;
            }
        }

        int m = SubjectFinder.EndingAt(view, i);
        bool apposition = false;
        if (m < 0 && view.Is(i, ",") && trigger.Predicate.Class == PredicateClasses.Structural
            && SubjectFinder.NamedEndingAt(view, i - 1) is >= 0 and var apposed
            && !view.IsPossessive(apposed) && view.Mention(apposed).Kind != Model.MentionKind.Demonym
            && (!GrammarWords.Prepositions.StartsAt(view, view.BeforeMention(apposed)) || NounWords.VerbBefore(view, view.BeforeMention(apposed))
                || view.Mention(apposed).Entity.Type == Model.EntityType.Place && cues.PlaceHeads.LongestAt(view, start) > 0))
        {
            // "The Wakhan corridor, part of Badakhshan province,", "Khujand, the main city of Tajikistan's Sughd region": a
            // structural noun in apposition says what the name before the comma is, also after a verb's preposition
            // ("extends to the Wakhan corridor, the narrow strip of Badakhshan province"), not after a noun's ("a pipeline to
            // Azerbaijan, part of …" describes the pipeline) unless a noun of a place (claim_cues place_heads) describes a
            // place ("the company's field office in Sheberghan, the capital of neighbouring Jowzjan province").
            m = apposed;
            apposition = true;
        }

        bool whose = false;
        if (m < 0 && view.Is(i, "whose") && view.Is(i - 1, ",") && SubjectFinder.EndingAt(view, i - 2) is >= 0 and var antecedent
            && !view.IsPossessive(antecedent)
            && (!GrammarWords.Prepositions.StartsAt(view, view.BeforeMention(antecedent)) || trigger.Predicate.Symmetric && trigger.Predicate.Class == PredicateClasses.Structural))
        {
            // "Tajikistan, whose 1,357-km border with Afghanistan": the name before ", whose" owns the noun; a symmetric
            // structural noun (a border) it owns also after a preposition ("instead of Pakistan, whose border crossings with
            // Afghanistan"), where another noun may be what the clause's verb does to it.
            m = antecedent;
            whose = true;
        }

        if (m < 0 && walker.PossessorPastModifiers(view, start - 1) is >= 0 and var possessor)
        {
            // "China's economic and security cooperation with Pakistan", "the U.K.'s traditional military and intelligence
            // relationships with": coordinated modifiers between a possessor and its noun.
            i = view.AfterMention(possessor) - 1;
            m = possessor;
        }

        if (m < 0 && walker.SkipAmount(view, i) is var beforeAmount && beforeAmount != i)
        {
            // "provide a further 10 million pounds in humanitarian aid to Syria": fillers before the amount too.
            i = beforeAmount;
            for (int n = 0; n < MaxFillers && i >= view.First && view.MentionIndexAt(i) < 0 && cues.Fillers.StartsAt(view, i); n++)
            {
                i--;
            }
        }

        if (m >= 0)
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

            return;
        }

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

        if ((trigger.Predicate.InPerson || trigger.Predicate.Name == "VISITS") && i == view.First && (view.Is(i, "during") || view.Is(i, "on"))
            && NounAgents.OpeningSubject(view, view.AfterMention(objects[^1].Mention)) is >= 0 and var opened)
        {
            // "During a visit to Senegal, Xi Jinping signed …": a visit or meeting in the sentence's opening phrase is the
            // subject's after its comma.
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

    private const int MaxStateBridges = 3;

    /// <summary>
    /// True when, after the last of <paramref name="objects"/>, auxiliaries and adverbs (claim_cues <c>bridges</c>, words in
    /// -ly) lead to a hostile word of claim_cues <c>relation_negative</c> ("… remain badly strained", "… have been strained").
    /// </summary>
    private bool StrainedAfter(SentenceView view, List<Argument> objects)
    {
        int i = view.First;
        foreach (Argument found in objects)
        {
            i = Math.Max(i, view.AfterMention(found.Mention));
        }

        for (int n = 0; n < MaxStateBridges && i < view.End && !Dependency.RelationNouns.IsAny(view, i, cues.RelationNegative)
            && (cues.Bridges.StartsAt(view, i) || view.Is(i, "been") || NounWords.IsAdverb(view, i)); n++)
        {
            i++;
        }

        return Dependency.RelationNouns.IsAny(view, i, cues.RelationNegative);
    }

    /// <summary>
    /// True when a verb of ending (claim_cues <c>endings</c>) stands right before the noun at <paramref name="noun"/>, or
    /// before a share word of claim_cues <c>share_words</c> there ("halting most trade between").
    /// </summary>
    private bool EndedBefore(SentenceView view, int noun)
    {
        int i = cues.ShareWords.LongestAt(view, noun - 1) == 1 ? noun - 2 : noun - 1;
        return i >= view.First && cues.Endings.LongestAt(view, i) == 1;
    }

    /// <summary>Marks the candidates from <paramref name="first"/> on as negated.</summary>
    private static void Negate(List<ClaimCandidate> output, int first)
    {
        for (int k = first; k < output.Count; k++)
        {
            output[k] = output[k] with { Negated = true };
        }
    }
}
