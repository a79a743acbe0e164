using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Extraction.Places;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Relate.Claims.Modality;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Claims a sentence states in words whose other party the gazetteer supplies: a title before or in apposition to a
/// person whose body the sentence does not name (<see cref="KnownRoleReader"/>), a name that writes one of its
/// curated links (<see cref="NamedLinkReader"/>), a capital the sentence calls one (<see cref="CapitalReader"/>) or a unit's (<see cref="UnitCapitalReader"/>), an event named with its parties (<see cref="EventPartyReader"/>),
/// and a "neighbouring" country, whose other side is the report's dateline country (<see cref="NeighbouringStateReader"/>).
/// Weighed a little under claims with both parties named. Reads one document at a time (<see cref="Begin"/>); not
/// thread-safe.
/// </summary>
internal sealed class CuratedClaimReader
{
    private const float Weight = 0.85f;
    private readonly KnownRoleReader roles;
    private readonly NamedLinkReader links;
    private readonly EventPartyReader events;
    private readonly StateNamedBodyReader bodies;
    private readonly DescribedStateCompanyReader stateCompanies;
    private readonly NeighbouringStateReader neighbours;
    private readonly DescribedHeadReader heads;
    private readonly ClaimModality modality;
    private readonly PredicateLexicon lexicon;
    private readonly Func<string, Entity?> entities;
    private readonly List<(int Person, Trigger Title, int Start, Entity Body)> known = [];
    private readonly List<(int Mention, PredicateDefinition Predicate, Entity Linked)> linked = [];
    private readonly List<(int Mention, PredicateDefinition Predicate, Entity Agent, Entity Target)> parties = [];
    private readonly List<(Entity Person, Trigger Title, int Start, int Last, Entity Body)> described = [];

    public CuratedClaimReader(PredicateLexicon lexicon, Func<string, Entity?> entities, ClaimModality modality)
    {
        heads = new DescribedHeadReader(lexicon);
        roles = new KnownRoleReader(lexicon, entities);
        links = new NamedLinkReader(lexicon, entities);
        events = new EventPartyReader(lexicon, entities);
        bodies = new StateNamedBodyReader(lexicon);
        stateCompanies = new DescribedStateCompanyReader(lexicon);
        neighbours = new NeighbouringStateReader(lexicon);
        this.lexicon = lexicon;
        this.entities = entities;
        this.modality = modality;
    }

    /// <summary>
    /// Moves on to another document (its date is read by the description rules); <paramref name="states"/> are the countries it names (a
    /// body's name may write one of them), <paramref name="persons"/> the persons with curated roles it names (a
    /// description may mean one of them), <paramref name="mainState"/> the country it names most and
    /// <paramref name="datelineState"/> the country its dateline is in (an unowned state office's).
    /// </summary>
    public void Begin(ArticleMeta meta, IReadOnlyList<Entity> states, IReadOnlyList<Entity> persons, Entity? mainState = null, Entity? datelineState = null)
    {
        roles.Begin(mainState, datelineState);
        heads.Begin(persons, meta.Date);
        bodies.Begin(states);
        stateCompanies.Begin(states);
        neighbours.Begin(datelineState);
    }

    /// <summary>
    /// Appends the sentence's curated claims to <paramref name="output"/>, skipping persons <paramref name="titled"/>
    /// says the token rules already gave a role and claims <paramref name="seen"/> holds; <paramref name="source"/>
    /// is asked for the claim's source only when there is one to make, <paramref name="time"/> for the time the sentence
    /// gives a claim read at a token (<see cref="TimeFinder"/>; the caller reads the sentence's dates once).
    /// </summary>
    public void Read(SentenceView view, Func<string, bool> titled, Func<string?> source, Func<int, string?> time, HashSet<(string, string, string, bool)> seen, List<Claim> output)
    {
        linked.Clear();
        links.Read(view, linked);
        bodies.Read(view, linked);
        stateCompanies.Read(view, linked);
        CapitalReader.Read(view, lexicon, entities, linked);
        UnitCapitalReader.Read(view, lexicon, linked);
        DescribedNationalityReader.Read(view, lexicon, linked);
        neighbours.Read(view, linked);
        foreach (var (m, predicate, entity) in linked)
        {
            Add(Linked(view, m, predicate, entity, source(), time), seen, output);
        }

        parties.Clear();
        events.Read(view, parties);
        foreach (var (m, predicate, agent, target) in parties)
        {
            Add(Event(view, m, predicate, agent, target, source(), time), seen, output);
        }

        described.Clear();
        heads.Read(view, described);
        foreach (var (person, title, start, last, body) in described)
        {
            Add(Described(view, person, title, start, last, body, source(), time), seen, output);
        }

        known.Clear();
        roles.Read(view, known);
        foreach (var (person, title, start, body) in known)
        {
            if (!titled(view.Mention(person).Entity.Id))
            {
                Add(Role(view, person, title, start, body, source(), time), seen, output);
            }
        }
    }

    private static void Add(Claim claim, HashSet<(string, string, string, bool)> seen, List<Claim> output)
    {
        if (seen.Add((claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated)))
        {
            output.Add(claim);
        }
    }

    /// <summary>A curated link a name states in its own words: the mention is the evidence.</summary>
    private static Claim Linked(SentenceView view, int m, PredicateDefinition predicate, Entity entity, string? source, Func<int, string?> time)
    {
        Mention subject = view.Mention(m);
        int first = view.MentionFirst(m);
        return new Claim
        {
            Subject = subject.Entity,
            Predicate = predicate.Name,
            PredicateClass = predicate.Class,
            Object = entity,
            Source = source,
            Time = time(first),
            Trigger = view.Text[view.Token(first).Start..view.Token(view.MentionLast(m)).End],
            Confidence = Weight * subject.Confidence,
            Sentence = view.Index,
            Start = subject.Start,
            End = subject.End,
        };
    }

    /// <summary>
    /// An event's parties, written in or right before its name: the claim's evidence runs from the agent (when it is the
    /// mention before) to the end of the event's name; negation and hedging are read over that span.
    /// </summary>
    private Claim Event(SentenceView view, int m, PredicateDefinition predicate, Entity agent, Entity target, string? source, Func<int, string?> time)
    {
        Mention mention = view.Mention(m);
        int first = m > 0 && view.Mention(m - 1).Entity.Id == agent.Id && view.AfterMention(m - 1) == view.MentionFirst(m)
            ? view.MentionFirst(m - 1) : view.MentionFirst(m);
        int last = view.MentionLast(m);
        return new Claim
        {
            Subject = agent,
            Predicate = predicate.Name,
            PredicateClass = predicate.Class,
            Object = target,
            Negated = modality.IsNegated(view, first, first, first),
            Hedged = modality.IsHedged(view, first, last + 1),
            Source = source,
            Time = time(first),
            Trigger = view.Text[mention.Start..mention.End],
            Confidence = Weight * mention.Confidence,
            Sentence = view.Index,
            Start = view.Token(first).Start,
            End = mention.End,
        };
    }

    /// <summary>A head described without a name ("the Chinese president"): the description is the evidence and the qualifier.</summary>
    private Claim Described(SentenceView view, Entity person, Trigger title, int start, int last, Entity body, string? source, Func<int, string?> time) => new()
    {
        Subject = person,
        Predicate = title.Predicate.Name,
        PredicateClass = title.Predicate.Class,
        Object = body,
        Hedged = modality.IsHedgedWithin(view, start, last + 1),
        Source = source,
        Time = time(start),
        Qualifier = view.Text[view.Token(start + 1).Start..view.Token(last).End],
        Trigger = view.Text[view.Token(last - title.Length + 1).Start..view.Token(last).End],
        Confidence = Weight * 0.9f,
        Sentence = view.Index,
        Start = view.Token(start).Start,
        End = view.Token(last).End,
    };

    /// <summary>A title before or after a person, the body taken from the person's curated roles; "former", "acting", "then-" stay in the qualifier.</summary>
    private Claim Role(SentenceView view, int person, Trigger title, int start, Entity body, string? source, Func<int, string?> time)
    {
        Mention subject = view.Mention(person);
        int end = start + title.Length;
        int from = OfficeQualifier.Start(view, lexicon.Cues, start);

        int firstToken = Math.Min(from, view.MentionFirst(person));
        int lastToken = Math.Max(end - 1, view.MentionLast(person));
        return new Claim
        {
            Subject = subject.Entity,
            Predicate = title.Predicate.Name,
            PredicateClass = title.Predicate.Class,
            Object = body,
            // A role title is presupposed: only a hedge in or right before its words qualifies it.
            Hedged = modality.IsHedgedWithin(view, firstToken, lastToken + 1),
            Source = source,
            Time = time(start),
            Qualifier = view.Text[view.Token(from).Start..view.Token(end - 1).End],
            Trigger = view.Text[view.Token(start).Start..view.Token(end - 1).End],
            Confidence = Weight * subject.Confidence,
            Sentence = view.Index,
            Start = view.Token(firstToken).Start,
            End = view.Token(lastToken).End,
        };
    }
}
