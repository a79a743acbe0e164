using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Dependency;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Places;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Relate.Claims.Modality;

namespace KnowledgeGraph.Relate.Claims.Extraction.Building;

/// <summary>
/// Checks and completes the claim of a candidate a reader found in the sentence of a <see cref="SentenceView"/> (no
/// self-links, type constraints, symmetric order, negation, hedging, source, time, evidence span) and adds it unless the
/// sentence already states it (<see cref="Seen"/>).
/// </summary>
internal sealed class ClaimBuilder
{
    private readonly PredicateLexicon lexicon;
    private readonly SentenceView view;
    private readonly ClaimModality modality;
    private readonly TreeClaimReader tree;
    private readonly PlaceNesting? nesting;
    private readonly SentenceAttribution attribution;
    private readonly Func<string, Entity?>? entities;
    private readonly RequestedActs requested;

    /// <summary>
    /// <paramref name="tree"/> vetoes a title whose body only modifies a noun once the sentence is parsed; <paramref name="nesting"/>
    /// (optional) drops a place's link to a place it lies in; <paramref name="entities"/> (optional) finds the capital a
    /// destination names (<see cref="DestinationPlaces"/>).
    /// </summary>
    public ClaimBuilder(PredicateLexicon lexicon, SentenceView view, ClaimModality modality, TreeClaimReader tree, PlaceNesting? nesting, SentenceAttribution attribution, Func<string, Entity?>? entities = null)
    {
        this.entities = entities;
        this.lexicon = lexicon;
        this.view = view;
        this.modality = modality;
        this.tree = tree;
        this.nesting = nesting;
        this.attribution = attribution;
        requested = new RequestedActs(lexicon);
    }

    /// <summary>The claims the current sentence states, as (subject, predicate, object, negated); the caller clears it at every sentence.</summary>
    public HashSet<(string, string, string, bool)> Seen { get; } = [];

    /// <summary>
    /// "they" for two names joined by "and", "the two countries": a claim about a plural reference holds of each of its
    /// antecedents (<see cref="SentenceView.AlsoMeant"/>), as coordination distributes.
    /// </summary>
    public void AddAlsoMeant(ClaimCandidate candidate, Trigger trigger, int start, int end, List<Claim> output)
    {
        foreach (Mention other in view.AlsoMeant(candidate.Subject))
        {
            Add(Build(candidate, trigger, start, end, subjectAs: other.Entity), output);
        }

        foreach (Mention other in view.AlsoMeant(candidate.Object))
        {
            Add(Build(candidate, trigger, start, end, objectAs: other.Entity), output);
        }

        // "the three sides agreed to cooperate": a reference that stands on both sides of a relation relates every two of
        // its parties, not only the first with each other one.
        IReadOnlyList<Mention> group = candidate.Subject == candidate.Object ? view.AlsoMeant(candidate.Subject) : [];
        for (int a = 0; a < group.Count; a++)
        {
            for (int b = 0; b < group.Count; b++)
            {
                if (a != b)
                {
                    Add(Build(candidate, trigger, start, end, subjectAs: group[a].Entity, objectAs: group[b].Entity), output);
                }
            }
        }
    }

    /// <summary>Adds a built claim unless the sentence already states it.</summary>
    public void Add(Claim? claim, List<Claim> output)
    {
        if (claim is not null && Seen.Add((claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated)))
        {
            output.Add(claim);
        }
    }

    /// <summary>
    /// True when a body named after its title runs on into capitalised words no mention covers ("the director of
    /// China Studies"): the name is part of an unknown longer one, not the body.
    /// </summary>
    private bool InLongerName(int m, int title)
    {
        int next = view.MentionLast(m) + 1;
        return view.MentionFirst(m) > title && next < view.End && view.MentionIndexAt(next) < 0
            && view.Token(next).Kind == TokenKind.Word && char.IsUpper(view.Word(next)[0]);
    }

    /// <summary>
    /// The claim of a candidate; <paramref name="subjectAs"/> or <paramref name="objectAs"/> stands for that side's
    /// entity when a plural reference means several (<see cref="SentenceView.AlsoMeant"/>).
    /// </summary>
    public Claim? Build(ClaimCandidate candidate, Trigger trigger, int start, int end, Entity? subjectAs = null, Entity? objectAs = null)
    {
        PredicateDefinition predicate = trigger.Predicate;
        Mention subject = view.Mention(candidate.Subject);
        Mention obj = view.Mention(candidate.Object);
        Entity subjectEntity = subject.Entity;
        Entity objectEntity = obj.Entity;
        if (predicate.Class != PredicateClasses.Structural)
        {
            (subjectEntity, objectEntity) = (CapitalStates.StateReading(subject, obj) ?? subjectEntity, predicate.Destinations ? objectEntity : CapitalStates.StateReading(obj, subject) ?? objectEntity);
            objectEntity = predicate.Destinations ? DestinationPlaces.Place(view, candidate.Object, entities) ?? objectEntity : objectEntity;
        }

        // "Beijing's consulate in Almaty", "Moscow's military base in Tajikistan": a capital that owns a site abroad stands
        // for its state.
        if (predicate.Name == "BASED_IN" && trigger.Kind == TriggerKind.Noun && subject.Entity.Type == EntityType.Place
            && lexicon.Cues.SiteHeads.StartsAt(view, start) && CapitalStates.CountryCandidate(subject) is { } owner)
        {
            subjectEntity = owner;
        }

        subjectEntity = subjectAs ?? subjectEntity;
        objectEntity = objectAs ?? objectEntity;

        // "Adylbek Kasymaliev, the chairman of the Cabinet of Ministers": the person's curated title names the body, and
        // the title's owner (Kyrgyzstan) is what the office is of.
        if (predicate.Name is "LEADS" or "HOLDS_ROLE_IN" && entities is not null && TitledBodyOwner.Owner(subjectEntity, objectEntity, entities) is { } office)
        {
            objectEntity = office;
        }

        if (PredicateShift.For(predicate, lexicon, view, start, subjectEntity, objectEntity, obj) is not { } shifted)
        {
            return null;
        }

        predicate = shifted;

        if (subjectEntity.Id == objectEntity.Id || !predicate.AllowsSubject(subjectEntity) || !predicate.AllowsObject(objectEntity))
        {
            return null;
        }

        // "Gunmen firing from the Afghan bank of the Panj river killed two Chinese workers": a sea, river or mountain range
        // is where things lie, never a party to what is done.
        if ((IsLandform(subjectEntity) || IsLandform(objectEntity)) && !lexicon.Cues.LandformPredicates.Contains(predicate.Name))
        {
            return null;
        }

        // "China is not going to let Pakistan default": a verb right after a destination's "to" makes it an infinitive, and
        // the name after that verb is no place gone to.
        if (predicate.Destinations && trigger.Kind == TriggerKind.Verb && view.Is(end - 1, "to") && VerbShapes.IsLowerWord(view, end)
            && view.MentionIndexAt(end) < 0 && view.Syntax?.Upos(end) == Upos.Verb && view.MentionFirst(candidate.Object) > end)
        {
            return null;
        }

        // "had invited China and Pakistan to invest in the port": what a party is asked or invited to do is not stated.
        if (trigger.Kind == TriggerKind.Verb && view.MentionFirst(candidate.Subject) < start && requested.Asked(view, candidate.Subject, start, end))
        {
            return null;
        }

        if (trigger.Kind == TriggerKind.Title && (tree.IsModifierOnly(view, candidate.Object) || InLongerName(candidate.Object, start)))
        {
            return null;
        }

        // "has also received Chinese drones": a demonym's means of attack stand for its country only in a conflict ("shot
        // down a Russian warplane"); received or bought, they name no party.
        if (obj.Kind == MentionKind.Demonym && predicate.Class is not (PredicateClasses.MaterialConflict or PredicateClasses.VerbalConflict)
            && lexicon.Cues.Instruments.StartsAt(view, view.AfterMention(candidate.Object)) && !lexicon.Cues.Actors.StartsAt(view, view.AfterMention(candidate.Object)))
        {
            return null;
        }

        if (predicate.Name is "PART_OF" or "BASED_IN" && nesting is not null && nesting.Encloses(subjectEntity, objectEntity))
        {
            return null;
        }

        // "a Taliban delegation led by Abdul Ghani Baradar", "the Pakistani army chief": who heads a unit of a body holds a
        // role in the body and does not lead it (the guide's "head of the delegation").
        string? qualifier = candidate.Qualifier;
        if (predicate.Name == "LEADS" && lexicon.Cues.UnitNouns.LongestAt(view, view.AfterMention(candidate.Object)) is > 0 and var unit
            && lexicon.Find("HOLDS_ROLE_IN") is { } role && role.AllowsObject(objectEntity))
        {
            int first = view.AfterMention(candidate.Object);
            predicate = role;
            qualifier ??= "head of the " + view.Text[view.Token(first).Start..view.Token(first + unit - 1).End].ToLowerInvariant();
        }

        // "Abdul Wali, a commander of the TTP": one head among several of a militant group or party is its member (the
        // guide's MEMBER_OF example); of another body, one who holds a role in it.
        if (predicate.Name == "LEADS" && trigger.Kind == TriggerKind.Title && IndefiniteTitle(start)
            && lexicon.Find(IsMembership(objectEntity) ? "MEMBER_OF" : "HOLDS_ROLE_IN") is { } one && one.AllowsObject(objectEntity))
        {
            predicate = one;
        }

        // "Peter Mutharika defeated BANDA in the election in 2014": beating a rival in a vote or a match is a contest.
        if (predicate.Name == "ATTACKS" && lexicon.Cues.ContestVerbs.StartsAt(view, start) && lexicon.Cues.Contests.AnyIn(view, view.First, view.End)
            && lexicon.Find("COMPETES_WITH") is { } contest && contest.AllowsSubject(subjectEntity) && contest.AllowsObject(objectEntity))
        {
            predicate = contest;
        }

        if (predicate.Symmetric && string.CompareOrdinal(subjectEntity.Id, objectEntity.Id) > 0)
        {
            (subject, obj) = (obj, subject);
            (subjectEntity, objectEntity) = (objectEntity, subjectEntity);
        }

        // "quit the CSTO": a verb of leaving states the relation negated; "has not left the bloc" affirms it. "Neither … nor"
        // negates what the clause says of its parties, not what a modifier or a role or place inside their noun phrases
        // says ("Neither the Tajik Foreign Ministry nor the Chinese embassy in Dushanbe responded"). So does "no" before the
        // subject ("No Chinese company holds a contract on the canal").
        bool negated = ((candidate.Negated ?? modality.IsNegated(view, candidate.NegationFrom, candidate.NegationTo, start)) != trigger.Exit)
            || trigger.Kind is not (TriggerKind.Modifier or TriggerKind.ModifierReversed or TriggerKind.Title)
                && (GrammarWords.NeitherNorBefore(view, view.MentionFirst(candidate.Subject)) || GrammarWords.NeitherNorBefore(view, view.MentionFirst(candidate.Object))
                    || GrammarWords.NoBefore(view, view.MentionFirst(candidate.Subject)));
        // Every caller drops a claim the sentence already states (Seen): it is not built, its hedging, time and text unread.
        if (Seen.Contains((subjectEntity.Id, predicate.Name, objectEntity.Id, negated)))
        {
            return null;
        }

        int evidenceStart = Math.Min(view.Token(start).Start, Math.Min(subject.Start, obj.Start));
        int evidenceEnd = Math.Max(view.Token(end - 1).End, Math.Max(subject.End, obj.End));
        int lastToken = Math.Max(end, Math.Max(view.MentionLast(candidate.Subject), view.MentionLast(candidate.Object)) + 1);
        int firstToken = Math.Min(start, Math.Min(view.MentionFirst(candidate.Subject), view.MentionFirst(candidate.Object)));
        float confidence = candidate.Weight * Math.Min(subject.Confidence, obj.Confidence);
        return new Claim
        {
            Subject = subjectEntity,
            Predicate = predicate.Name,
            PredicateClass = predicate.Class,
            Object = objectEntity,
            Negated = negated,
            // A role title is presupposed, not reported: "was reportedly rejected by Prime Minister Boris Johnson" hedges the
            // rejection, not his office; only a cue in or right before the title's own words ("the alleged ISKP leader") does.
            Hedged = candidate.Alleged || (trigger.Kind == TriggerKind.Title
                ? modality.IsHedgedWithin(view, firstToken, lastToken)
                : modality.IsHedged(view, firstToken, candidate.HedgedToTrigger ? end : lastToken)),
            Source = attribution.SourceOfView(),
            Time = attribution.TimeOf(start),
            Qualifier = qualifier,
            Trigger = view.Text[view.Token(start).Start..view.Token(end - 1).End],
            Confidence = confidence,
            Sentence = view.Index,
            Start = evidenceStart,
            End = evidenceEnd,
        };
    }

    /// <summary>
    /// "a commander", "a senior commander", "A local Taliban commander": an indefinite article before the title, past at most
    /// <see cref="MaxIndefiniteGap"/> lower-case modifiers (no preposition, conjunction or relative pronoun) and one name.
    /// A relative pronoun ends the title's phrase: in "a role that Chinese President Xi Jinping had lobbied for" the article
    /// belongs to "role", and the president still leads.
    /// </summary>
    private bool IndefiniteTitle(int start)
    {
        int i = start - 1;
        bool named = false;
        for (int n = 0; n < MaxIndefiniteGap && i > view.First; n++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m && !named && !view.IsPossessive(m) && !view.IsPossessivePronoun(m))
            {
                named = true;
                i = view.MentionFirst(m) - 1;
            }
            else if (view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower)
                && !GrammarWords.Articles.StartsAt(view, i) && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i)
                && !GrammarWords.Relatives.StartsAt(view, i))
            {
                i--;
            }
            else
            {
                break;
            }
        }

        return view.Is(i, "a") || view.Is(i, "an");
    }

    private const int MaxIndefiniteGap = 3;

    /// <summary>
    /// A militant group, a political party or a movement held as a government ("A local Taliban commander"), whose heads
    /// are members (gazetteer subtype).
    /// </summary>
    private static bool IsMembership(Entity body) =>
        body.Type == EntityType.Group || body.Subtype is EntitySubtypes.MilitantGroup or EntitySubtypes.PoliticalParty or EntitySubtypes.Government;

    /// <summary>A place of a subtype that names land or water (claim_cues <c>landforms</c>): a sea, a river, a mountain range.</summary>
    private bool IsLandform(Entity entity) =>
        entity.Type == EntityType.Place && entity.Subtype is { } subtype && lexicon.Cues.Landforms.Contains(subtype);
}
