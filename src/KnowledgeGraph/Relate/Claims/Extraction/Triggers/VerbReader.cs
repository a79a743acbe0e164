using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Reads a verb trigger. Active "X hosted Y": subject(s) left, object(s) right. Passive "Y was hosted by X" and
/// reduced "Y, backed by X": the agent after "by" is the subject, also after a place or a short phrase of time or place
/// ("was received at the airport by X", "was signed on Tuesday by X"). A passive without an agent asserts no relation
/// between two named parties and yields nothing. Symmetric verbs with coordinated subjects and no object
/// ("China and Pakistan signed …") relate the subjects to each other.
/// </summary>
internal sealed class VerbReader
{
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly PassiveAgent passive;
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];
    private readonly ClaimCues cues;

    /// <summary>Prepositions after which a party makes a reciprocal verb one-way ("fought against", "clashed with").</summary>
    private static readonly string[] Reciprocals = ["against", "with"];

    /// <summary><paramref name="triggers"/> tells irregular participles ("built") in a chain before "by".</summary>
    public VerbReader(SubjectFinder subjectFinder, ObjectFinder objectFinder, PhraseIndex<Trigger> triggers, ClaimCues cues)
    {
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
        passive = new PassiveAgent(triggers, cues);
        this.cues = cues;
    }

    public void Read(SentenceView view, Trigger trigger, int start, int end, List<ClaimCandidate> output)
    {
        // "their allies find ways to …", "the attacks": after an article or a possessive determiner the word is a noun;
        // "the UK and the US had trading posts": so is a word in -ing right after "have".
        // "the most pressing threat": a form in -ing after a word of degree is an adjective.
        if (GrammarWords.Articles.StartsAt(view, start - 1) || VerbContext.NounAfterDemonym(view, start)
            || (GrammarWords.HaveForms.StartsAt(view, start - 1) || view.Is(start - 1, "most") || view.Is(start - 1, "more"))
                && view.Word(start).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        PredicateDefinition predicate = trigger.Predicate;
        int by = passive.AgentBy(view, end);
        if (by < 0 && PassiveAgent.IsPassiveAuxiliary(view, start - 1) && PassiveAgent.LabelThenBy(view, end) is >= 0 and var labelled)
        {
            // "The BLA was designated a terrorist organisation by the United States": a label between a passive participle
            // and its agent.
            by = labelled;
        }
        if (by >= 0)
        {
            // "a project financed, built and managed by China": every participle of the chain takes the agent and the patient.
            int first = passive.ChainStart(view, start);
            objectFinder.Find(view, by + 1, [], direct: true, objects);
            // With no agent after "by" nothing pairs (every claim below pairs or joins agents): the patient is not looked for.
            if (objects.Count == 0)
            {
                return;
            }

            subjectFinder.Find(view, first, subjects, out int patientEnd, allowComma: true);
            // "The railway was financed by China Exim Bank and built by China Road and Bridge Corporation": a participle
            // conjoined after an earlier one's agent shares that participle's patient.
            if (subjects.Count == 0 && passive.EarlierPassive(view, first) is >= 0 and var earlier)
            {
                subjectFinder.Find(view, passive.ChainStart(view, earlier), subjects, out patientEnd, allowComma: true);
                // "the BLA, a separatist group banned by Pakistan in 2006 and led by Bashir Zeb": the earlier participle's
                // apposed patient.
                first = subjects.Count == 0 && ApposedPatient.Find(view, passive.ChainStart(view, earlier), cues) >= 0 ? passive.ChainStart(view, earlier) : first;
            }

            if (subjects.Count == 0 && ApposedPatient.Find(view, first, cues) is var patient and >= 0)
            {
                subjects.Add(new Argument(patient, 0.85f));
                patientEnd = first;
            }

            // "opposition groups, including the National Resistance Front led by Ahmad Massoud": a body's or person's name
            // right before the participle is what it modifies, wherever the name stands.
            if (subjects.Count == 0 && PassiveAgent.ModifiedName(view, first) is var modified and >= 0)
            {
                subjects.Add(new Argument(modified, 0.85f));
                patientEnd = first;
            }

            // Co-mediators are no parties to each other ("talks mediated by Turkey and Qatar": claim_cues brokering).
            if (subjects.Count == 0 && predicate.Symmetric && predicate.Class != PredicateClasses.Structural && !cues.Brokering.StartsAt(view, start))
            {
                // "a deal signed by China and Pakistan": with no named patient, a symmetric verb's agents hold it together
                // (not a state of things: "a territory bordered by Morocco, Mauritania, and Algeria").
                CoordinatedPairs.Among(objects, start, output);
                return;
            }

            Pair(objects, subjects, patientEnd, start, output);
            return;
        }

        if (PassiveAgent.IsPassive(view, trigger, start))
        {
            // "Ayman al-Zawahiri was killed in a US drone strike": the owner of the strike a patient suffered is the agent.
            if (predicate.Class == PredicateClasses.MaterialConflict && passive.StrikeOwner(view, end) is >= 0 and var owner)
            {
                subjectFinder.Find(view, passive.ChainStart(view, start), subjects, out int patientEnd, allowComma: true);
                objects.Clear();
                objects.Add(new Argument(owner, 0.85f));
                Pair(objects, subjects, patientEnd, start, output);
            }

            return;
        }

        // "ISKP, based in Kunduz, …": an adjectival participle set off by a comma describes the name before the comma.
        // So does a participle before one of its predicate's prepositions ("Jamaat Ansarullah, allied with the Taliban,"),
        // also after the noun of an apposition ("Jamaat Ansarullah, a Tajik militant group allied with the Taliban").
        bool participle = view.Word(start).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        bool prepositional = participle && trigger.Length == 1 && end < view.End && VerbContext.Contains(predicate.Preps, view.Word(end));
        bool adjectival = view.Is(start - 1, ",") && participle
            && (trigger.Length > 1 && GrammarWords.Prepositions.StartsAt(view, start + trigger.Length - 1) || prepositional);
        // "the Chinese are helping build Africa's infrastructure": a verb trigger right after this one takes the object; this
        // one has none of its own.
        // "Armenia and Azerbaijan engaged in a second military conflict": "engage in" names an activity, not a party.
        // Asked before the subject is looked for: the search is the costly part, and its result does not matter then.
        if (VerbContext.VerbFollows(view, end) || trigger.TakesDirectObject && view.Is(end, "in"))
        {
            return;
        }

        int bridge;
        if (prepositional && ApposedPatient.Find(view, start, cues) is >= 0 and var described)
        {
            subjects.Clear();
            subjects.Add(new Argument(described, 0.85f));
            bridge = start;
        }
        else
        {
            subjectFinder.Find(view, start, subjects, out bridge, allowComma: adjectival,
                allowConjoined: VerbContext.IsPastForm(view, trigger, predicate, start) || view.Word(start).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    || (view.Is(start - 1, "but") || view.Is(start - 1, "and")) && view.Word(start).EndsWith('s'));
        }

        // "About 20,000 Chinese nationals live in Pakistan": people living in a place are no presence of their state.
        if (cues.ResidenceVerbs.StartsAt(view, start))
        {
            RemoveWhere(subjects, view, cues, static (view, _, s) => view.Mention(s.Mention).Kind == MentionKind.Demonym || view.Mention(s.Mention).Entity.Type is EntityType.Place or EntityType.Country);
        }

        if (subjects.Count == 0)
        {
            return;
        }

        // "Azerbaijan and Armenia fought over Nagorno-Karabakh": a reciprocal verb relates its coordinated subjects each way,
        // and nothing when a party follows it ("fought against the Taliban" is another predicate's).
        if (trigger.Reciprocal)
        {
            objectFinder.Find(view, end, Reciprocals, direct: true, objects);
            // "England and France contested Saint Lucia", "India and Pakistan dispute Kashmir": what the coordinated subjects
            // of a symmetric verb contend for is no party.
            if (predicate.Symmetric && subjects.Count >= 2)
            {
                RemoveWhere(objects, view, cues, static (view, _, o) => !VerbContext.PrepBefore(view, view.MentionFirst(o.Mention)));
            }

            if (objects.Count == 0 && subjects.Count == 1 && MeetingPurpose.AddParty(view, cues, objectFinder, predicate, start, objects))
            {
                Pair(subjects, objects, bridge, start, output);
                return;
            }

            if (objects.Count > 0 || VerbContext.SameSide(view, end) || view.Is(end, "that"))
            {
                return;
            }

            // "since the two countries fought a brief war": a description that stands for two parties is both subjects of a
            // one-way predicate's reciprocal verb; the candidate names it on both sides and the claim is read each way through
            // its other antecedents (SentenceView.AlsoMeant). So it is of a symmetric one when the description stands for three
            // or more states or bodies, a group a text names when they meet ("the three countries agreed to extend the
            // China-Pakistan Economic Corridor"). "The two leaders agreed to …", "the two sides agreed to …" are left out:
            // what persons agree is mostly no agreement between them, and a pair is as often two others than the two meant.
            if (subjects.Count == 1 && view.DescribesSeveral(subjects[0].Mention)
                && (!predicate.Symmetric || view.AlsoMeant(subjects[0].Mention).Count > 1 && view.Mention(subjects[0].Mention).Entity.Type != EntityType.Person))
            {
                output.Add(new ClaimCandidate(subjects[0].Mention, subjects[0].Mention, subjects[0].Weight, bridge, start, null));
                return;
            }

            CoordinatedPairs.EachOther(subjects, predicate, bridge, start, output);
            return;
        }

        // "Afghanistan and Pakistan accuse each other of sheltering militants": "each other" makes the coordinated subjects
        // (or a description that stands for two: "the two neighbours") the objects of one another, each way.
        int reciprocal = view.Is(end, "each") && view.Is(end + 1, "other") || view.Is(end, "one") && view.Is(end + 1, "another") ? end : -1;
        if (reciprocal >= 0 && subjects.Count == 1 && view.DescribesSeveral(subjects[0].Mention))
        {
            output.Add(new ClaimCandidate(subjects[0].Mention, subjects[0].Mention, subjects[0].Weight, bridge, start, null));
            return;
        }

        if (reciprocal >= 0 && subjects.Count >= 2)
        {
            CoordinatedPairs.EachOther(subjects, predicate, bridge, start, output);
            return;
        }

        // "work with": a trigger that ends in one of the predicate's prepositions has already passed it.
        bool direct = predicate.Direct || trigger.TakesDirectObject || VerbContext.Contains(predicate.Preps, trigger.Words[^1]);
        objectFinder.Find(view, end, predicate.Preps, direct, objects, predicate.PossessorObject, predicate.Class == PredicateClasses.MaterialCooperation);
        if (objects.Count == 0 && subjects.Count == 1)
        {
            MeetingPurpose.AddParty(view, cues, objectFinder, predicate, start, objects);
        }

        // "China might seize African assets": what a verb of taking takes from a demonym's people is no attack on them.
        if (cues.NameObjectVerbs.StartsAt(view, start))
        {
            RemoveWhere(objects, view, cues, static (view, _, o) => view.Mention(o.Mention).Kind == MentionKind.Demonym);
        }

        // "Kazakhstan had struck the Taliban off its list of banned groups": a party a verb of listing puts on a list or takes
        // off one is listed or delisted (ListingReader), not struck or taken.
        if (objects.Count > 0 && cues.ListingVerbs.LongestAt(view, start) == 1)
        {
            RemoveWhere(objects, view, cues, static (view, cues, o) => ListingReader.ListFollows(view, cues, view.AfterMention(o.Mention)));
        }

        // "Chinese engineers working on the Dasu hydropower project" build it; "working on the issue with the Taliban" does not.
        if (cues.ProjectVerbs.StartsAt(view, start))
        {
            RemoveWhere(objects, view, cues, static (view, _, o) => view.Mention(o.Mention).Entity.Type != EntityType.Project);
        }

        // "Germany and the US agreed to divide the Samoan islands"; "agreed that …" is an opinion shared, not a deal.
        // "Portugal, France, and Great Britain traded along the Senegalese coast": a stretch of land after a verb not done
        // in person is where each acted, not a sign they acted with each other ("cooperate in Djibouti" still is).
        // "The two countries signed a trade agreement": a reference that stands for two parties is both subjects; the
        // candidate names it on both sides and the claim is read through its other antecedents (SentenceView.AlsoMeant).
        // Pronouns ("they failed to sign agreements") are left out: their pair is often not the parties meant.
        if (objects.Count == 0 && predicate.Symmetric && subjects.Count == 1 && view.DescribesSeveral(subjects[0].Mention) && !VerbContext.PrepFollows(view, end, predicate)
            && !VerbContext.AccusationFollows(view, end) && !view.Is(end, "that") && (predicate.InPerson || !VerbContext.PlaceFollows(view, end)))
        {
            output.Add(new ClaimCandidate(subjects[0].Mention, subjects[0].Mention, subjects[0].Weight, bridge, start, null));
            return;
        }

        if (objects.Count == 0 && predicate.Symmetric && subjects.Count >= 2 && !VerbContext.PrepFollows(view, end, predicate) && !VerbContext.AccusationFollows(view, end)
            && !cues.Brokering.StartsAt(view, start) && !cues.TransferVerbs.StartsAt(view, start)
            && !view.Is(end, "that") && (predicate.InPerson || !VerbContext.PlaceFollows(view, end)))
        {
            // "Xi and the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan signed a treaty": each listed party with the host.
            if (LeadersOfListHost.Find(view, FirstToken(view, subjects), cues) is >= 0 and var host)
            {
                objects.Clear();
                objects.Add(new Argument(host, 0.85f));
                Pair(objects, subjects, bridge, start, output);
                return;
            }

            for (int a = subjects.Count - 1; a > 0; a--)
            {
                for (int b = a - 1; b >= 0; b--)
                {
                    float weight = Math.Min(subjects[a].Weight, subjects[b].Weight);
                    output.Add(new ClaimCandidate(subjects[a].Mention, subjects[b].Mention, weight, bridge, start, null));
                }
            }

            return;
        }

        // "The Taliban, whom Pakistan has long supported, took power": a transitive verb with nothing after it in a relative
        // clause takes the name the relative pronoun stands for; so does one with only a label after it ("the BLA, which
        // Washington designated a terrorist organisation in 2019", "which the United Nations lists as an affiliate").
        // "the Galkynysh field, which CNPC helped to develop": an infinitive after the verb takes the antecedent, not the verb.
        bool infinitive = view.Is(end, "to") && end + 1 < view.End && view.MentionIndexAt(end + 1) < 0 && VerbShapes.IsLowerWord(view, end + 1)
            && !GrammarWords.Articles.StartsAt(view, end + 1);
        if (direct && !view.IsPunctuation(end - 1) && !infinitive
            && (end >= view.End || view.IsPunctuation(end) || GrammarWords.Prepositions.StartsAt(view, end) || view.Is(end, "as") || VerbContext.LabelOnly(view, end))
            && RelativeAntecedent.Find(view, cues, view.MentionFirst(subjects[^1].Mention)) is >= 0 and var antecedent)
        {
            objects.Clear();
            objects.Add(new Argument(antecedent, 0.85f));
        }

        // "The Taliban have invited Chinese firms to invest in Afghanistan": the act invited, read on its own, not a visit.
        if (objects.Count > 0 && cues.Inviting.StartsAt(view, start) && VerbContext.InfinitiveAfter(view, objects[^1].Mention))
        {
            return;
        }

        // "China and Russia founded the SCO in 2001 with Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan": the names after
        // "with" founded it too.
        if (objects.Count > 0 && cues.FoundingVerbs.StartsAt(view, start))
        {
            AddCofounders(view, Math.Max(end, view.AfterMention(objects[^1].Mention)), subjects);
        }

        // "Shehbaz Sharif telephoned Chinese Premier Li Qiang to offer condolences": a call placed for another act states that act.
        if (objects.Count > 0 && trigger.TakesDirectObject && CallPurpose.OtherAct(view, cues, start, objects[^1].Mention))
        {
            return;
        }

        // "Chinese companies are building roads, power plants and a port under the China-Pakistan Economic Corridor": works
        // named by common nouns are the project's they are built or paid for under.
        if (objects.Count == 0 && predicate.Class == PredicateClasses.MaterialCooperation && !cues.ProjectVerbs.StartsAt(view, start)
            && ProgrammeObject.Find(view, end, cues) is >= 0 and var programme)
        {
            objects.Add(new Argument(programme, 0.85f));
        }

        // "the company would hire and train Afghan guards": training is aid only from one state-side trainer (TrainingGiver).
        if (trigger.TakesDirectObject && predicate.Name == TrainingGiver.Aid && !TrainingGiver.GivesAid(view, subjects))
        {
            return;
        }

        Pair(subjects, objects, bridge, start, output);
    }

    /// <summary>
    /// The names listed after "with" at <paramref name="at"/> (past "in" and a year), added to <paramref name="subjects"/>:
    /// the co-founders of a body a founding verb names.
    /// </summary>
    private static void AddCofounders(SentenceView view, int at, List<Argument> subjects)
    {
        if (view.Is(at, "in") && at + 1 < view.End && view.Token(at + 1).Kind == TokenKind.Number)
        {
            at += 2;
        }

        if (!view.Is(at, "with"))
        {
            return;
        }

        for (int j = at + 1; j < view.End && view.MentionIndexAt(j) is >= 0 and var m && view.MentionFirst(m) == j
            && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation && !view.IsPossessive(m); )
        {
            subjects.Add(new Argument(m, 0.85f));
            j = view.AfterMention(m);
            j += view.Is(j, ",") ? 1 : 0;
            j += view.Is(j, "and") ? 1 : 0;
        }
    }

    /// <summary>The first token of the earliest of <paramref name="parties"/>.</summary>
    private static int FirstToken(SentenceView view, List<Argument> parties)
    {
        int first = view.End;
        foreach (Argument party in parties)
        {
            first = Math.Min(first, view.MentionFirst(party.Mention));
        }

        return first;
    }

    /// <summary>
    /// Removes the arguments <paramref name="drop"/> holds for, keeping the order of the rest (as <see cref="List{T}.RemoveAll"/>
    /// does); the test is a static function, so a read makes no closure over the sentence.
    /// </summary>
    private static void RemoveWhere(List<Argument> arguments, SentenceView view, ClaimCues cues, Func<SentenceView, ClaimCues, Argument, bool> drop)
    {
        int kept = 0;
        for (int k = 0; k < arguments.Count; k++)
        {
            if (!drop(view, cues, arguments[k]))
            {
                arguments[kept++] = arguments[k];
            }
        }

        arguments.RemoveRange(kept, arguments.Count - kept);
    }

    /// <summary>Every subject with every object.</summary>
    public static void Pair(List<Argument> from, List<Argument> to, int negationFrom, int negationTo, List<ClaimCandidate> output)
    {
        foreach (Argument s in from)
        {
            foreach (Argument o in to)
            {
                output.Add(new ClaimCandidate(s.Mention, o.Mention, Math.Min(s.Weight, o.Weight), negationFrom, negationTo, null));
            }
        }
    }
}
