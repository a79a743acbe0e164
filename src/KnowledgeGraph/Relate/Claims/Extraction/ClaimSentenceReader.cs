using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Dependency;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Building;
using KnowledgeGraph.Relate.Claims.Extraction.Constructions;
using KnowledgeGraph.Relate.Claims.Extraction.FollowUps;
using KnowledgeGraph.Relate.Claims.Extraction.Matching;
using KnowledgeGraph.Relate.Claims.Extraction.Parsing;
using KnowledgeGraph.Relate.Claims.Extraction.Places;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Learned;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Relate.Claims.Modality;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Finds the claims of one sentence: matches triggers token by token (longest first, falling back to shorter
/// triggers when a longer one yields nothing, <see cref="TriggerMatcher"/>), hands each to its reader, runs the
/// construction readers (<see cref="ConstructionReaders"/>), the curated rules, the dependency tree where it is worth
/// reading (<see cref="ParsedSentenceReader"/>) and the readers of the claims found (<see cref="FollowUpReaders"/>), and
/// checks and completes every candidate (no self-links, type constraints, symmetric order, negation, hedging, source,
/// time, evidence span: <see cref="ClaimBuilder"/>). Reads one document at a time (<see cref="Begin"/>) and is reused
/// for the next; not thread-safe.
/// </summary>
internal sealed class ClaimSentenceReader
{
    private readonly PredicateLexicon lexicon;
    private readonly SentenceView view;
    private readonly SentenceAttribution attribution;
    private readonly ClaimBuilder builder;
    private readonly TriggerMatcher matcher;
    private readonly ConstructionReaders constructions;
    private readonly ParsedSentenceReader parsed;
    private readonly FollowUpReaders followUps;
    private readonly CuratedClaimReader? curated;
    private readonly ArticleMemory memory;
    private readonly List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> possessed = [];
    /// <summary>Per token of the sentence: a trigger the token rules read a claim from.</summary>
    private bool[] handled = new bool[128];
    /// <summary>Per token of the sentence: inside the words of a trigger the token rules read a claim from (the parse gate skips relation nouns there).</summary>
    private bool[] covered = new bool[128];
    private readonly Func<string, bool> hasTitle;
    private readonly Func<string?> sourceOfView;
    private readonly Func<int, string?> timeOfView;

    /// <summary>
    /// <paramref name="entities"/> finds a curated entity by id (the gazetteer); with it, a title whose body the sentence
    /// does not name takes it from the person's curated roles, and a name states the curated links it writes
    /// (<see cref="CuratedClaimReader"/>). <paramref name="relations"/> (optional) reads the pairs no rule related
    /// (<see cref="LearnedClaimReader"/>).
    /// </summary>
    public ClaimSentenceReader(PredicateLexicon lexicon, ArticleMeta meta, Func<string, Entity?>? entities = null, RelationModel? relations = null)
    {
        this.lexicon = lexicon;
        var cueWords = new CueWordTable();
        view = new SentenceView { Triggers = lexicon.Triggers, CueWords = cueWords };
        var subjects = new SubjectFinder(lexicon.Cues, lexicon.Titles);
        var objects = new ObjectFinder(lexicon.Cues, lexicon.Titles);
        var modality = new ClaimModality(lexicon.Cues);
        var tree = new TreeClaimReader(lexicon);
        attribution = new SentenceAttribution(view, new SourceFinder(lexicon.Cues), meta);
        builder = new ClaimBuilder(lexicon, view, modality, tree, entities is null ? null : new PlaceNesting(entities), attribution, entities);
        matcher = new TriggerMatcher(lexicon, view, subjects, objects);
        constructions = new ConstructionReaders(lexicon, view, subjects, objects, cueWords, entities);
        memory = new ArticleMemory(lexicon, subjects);
        followUps = new FollowUpReaders(lexicon, view, subjects, objects, cueWords, builder, memory, entities, relations);
        cueWords.Seal();
        parsed = new ParsedSentenceReader(lexicon, view, tree, builder);
        curated = entities is null ? null : new CuratedClaimReader(lexicon, entities, modality);
        hasTitle = parsed.HasTitle;
        sourceOfView = attribution.SourceOfView;
        timeOfView = attribution.TimeOf;
    }

    /// <summary>
    /// Moves the reader on to another document, whose author and date complete its claims; <paramref name="states"/> are
    /// the countries it names and <paramref name="persons"/> the persons with curated roles it names (read by the curated
    /// rules), <paramref name="mainState"/> the country it names most and <paramref name="datelineState"/> the country its
    /// dateline is in (read by the title rules). Everything else the reader holds is per sentence, reset by every read, or derived from the lexicon and
    /// gazetteer alone, so one reader serves document after document (the claims stage keeps a pool of them).
    /// </summary>
    public void Begin(ArticleMeta meta, IReadOnlyList<Entity>? states = null, IReadOnlyList<Entity>? persons = null, Entity? mainState = null, Entity? datelineState = null)
    {
        attribution.Begin(meta);
        matcher.Begin(mainState);
        curated?.Begin(meta, states ?? [], persons ?? [], mainState, datelineState);
        memory.Begin();
    }

    /// <summary>Sentences whose dependency tree was read (parsed here unless a stage before parsed them).</summary>
    public int TreesRead => parsed.TreesRead;

    /// <summary>
    /// Appends the claims of sentence <paramref name="index"/> of <paramref name="paragraph"/> to <paramref name="output"/>;
    /// the sentence's mentions lie in [<paramref name="mentionFrom"/>, <paramref name="mentionTo"/>) of the paragraph's.
    /// </summary>
    public void Read(Paragraph paragraph, int index, List<Claim> output, int mentionFrom = 0, int mentionTo = int.MaxValue)
    {
        attribution.Reset();
        // A yes-or-no question asserts nothing ("Will China recognise the Taliban?"); a question with a wh-word asserts what
        // it asks about ("How would you describe the cooperation between GCHQ and U.S. agencies?" states the cooperation).
        if (!view.Load(paragraph, index, mentionFrom, mentionTo) || view.Is(view.End - 1, "?") && !OpensWithWhWord())
        {
            return;
        }

        builder.Seen.Clear();
        int first = output.Count;
        parsed.Unload();
        memory.NoteClaimant(view);
        // Every claim but the curated ones relates two of the sentence's mentions through Build, which drops a claim
        // whose parties are one entity: a sentence naming one party only ("China … Chinese …") gets the curated ones.
        if (OneParty())
        {
            curated?.Read(view, hasTitle, sourceOfView, timeOfView, builder.Seen, output);
            // "The Balochistan Liberation Army (BLA) … claimed responsibility": the other party is an earlier sentence's.
            followUps.ReadClaimedEarlierHarm(output);
            return;
        }

        int length = view.End - view.First;
        if (handled.Length < length)
        {
            handled = new bool[Math.Max(length, handled.Length * 2)];
        }

        Array.Clear(handled, 0, length);
        if (covered.Length < length)
        {
            covered = new bool[handled.Length];
        }

        Array.Clear(covered, 0, length);
        for (int i = view.First; i < view.End; i++)
        {
            if ((view.MentionIndexAt(i) >= 0 && !EventNameEnd(i)) || view.Token(i).Kind != TokenKind.Word)
            {
                continue;
            }

            var list = view.TriggersAt(i);
            if (list is null)
            {
                continue;
            }

            int matched = matcher.MatchAt(i, list);
            if (matched == 0 || matcher.Candidates.Count == 0)
            {
                continue;
            }

            handled[i - view.First] = true;
            covered.AsSpan(i - view.First, Math.Min(matched, view.End - i)).Fill(true);
            Emit(i, matched, output);
            // A noun phrase may hold another predicate's trigger ("border clashes between" holds "clashes between").
            if (matcher.Triggers[0].Kind != TriggerKind.Noun)
            {
                i += matched - 1;
            }
        }

        possessed.Clear();
        constructions.Read(handled.AsSpan(0, length), CollectionsMarshal.AsSpan(output)[first..], possessed);
        foreach (var (candidate, trigger, at) in possessed)
        {
            builder.Add(builder.Build(candidate, trigger, at, at + 1), output);
            builder.AddAlsoMeant(candidate, trigger, at, at + 1, output);
        }

        curated?.Read(view, hasTitle, sourceOfView, timeOfView, builder.Seen, output);

        // The tree is asked for only where cheap token and tag checks say it adds claims (ParseGate): parsing is the
        // costly part of the stage.
        parsed.Read(paragraph, handled.AsSpan(0, length), covered.AsSpan(0, length), output, first);
        followUps.Read(output, first);
        DropOfficesOfHeads(output, first);
        memory.NoteClaims(output, first);
    }

    /// <summary>
    /// "The ISI, headed by Lieutenant General Asim Malik": a person the sentence says leads a body holds no other office in
    /// it there (a rank or a curated role's word read as a title); the sentence's HOLDS_ROLE_IN claim for that pair goes.
    /// </summary>
    private void DropOfficesOfHeads(List<Claim> output, int first)
    {
        if (output.Count - first < 2 || lexicon.Find("LEADS") is not { } leads || lexicon.Find("HOLDS_ROLE_IN") is not { } holds)
        {
            return;
        }

        for (int c = output.Count - 1; c >= first; c--)
        {
            Claim office = output[c];
            if (office.Predicate == holds.Name && !office.Negated && Leads(output, first, leads.Name, office))
            {
                output.RemoveAt(c);
            }
        }
    }

    /// <summary>True when a claim of <paramref name="output"/> from <paramref name="first"/> on states, not negated, that the office's holder leads its body.</summary>
    private static bool Leads(List<Claim> output, int first, string leads, Claim office)
    {
        for (int k = first; k < output.Count; k++)
        {
            Claim o = output[k];
            if (o.Predicate == leads && !o.Negated && o.Subject.Id == office.Subject.Id && o.Object.Id == office.Object.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the 2020 Doha agreement between Washington and the Taliban": the last word of an event's name followed by
    /// "between" or "with" may be a nominal trigger's first word, the name being what the parties agreed.
    /// </summary>
    private bool EventNameEnd(int i) =>
        view.MentionIndexAt(i) is var m && view.MentionLast(m) == i && view.Mention(m).Entity.Type == EntityType.Event
        && (view.Is(i + 1, "between") || view.Is(i + 1, "with"));

    /// <summary>
    /// The claims of a sentence with a single mention: only those whose other party the gazetteer supplies (a title
    /// before a person, "President Xi Jinping said …"; a name that writes a curated link; nothing without an entity
    /// look-up) or the article does (its attacker or accuser, <see cref="RemembersActs"/>). <paramref name="curatedToo"/>
    /// false leaves the gazetteer's rules out (the caller knows the mention has nothing curated to add).
    /// </summary>
    public void ReadSingle(Paragraph paragraph, int index, List<Claim> output, int mentionFrom = 0, int mentionTo = int.MaxValue, bool curatedToo = true)
    {
        attribution.Reset();
        if (!view.Load(paragraph, index, mentionFrom, mentionTo, minimum: 1) || view.Is(view.End - 1, "?"))
        {
            return;
        }

        builder.Seen.Clear();
        parsed.Unload();
        memory.NoteClaimant(view);
        if (curatedToo)
        {
            curated?.Read(view, hasTitle, sourceOfView, timeOfView, builder.Seen, output);
        }

        followUps.ReadEarlierActs(output);
    }

    /// <summary>
    /// True when the article has reported an attacker or a recent accuser, so a sentence naming one party may state a claim
    /// of it against them ("Kabul rejected the accusation"), or one of the last sentences read harmed a state's nationals,
    /// whose attack a claim of responsibility may follow: read it with <see cref="ReadSingle"/>.
    /// </summary>
    public bool RemembersActs => memory.Attacker is not null || memory.Accuser is not null || memory.HarmNoted;

    /// <summary>
    /// True when every mention of the view names one entity and none is a place that may stand for a country
    /// (<see cref="CapitalStates.StateReading"/>): then no two mentions can be the two parties of a claim.
    /// </summary>
    private bool OneParty()
    {
        if (view.HasPlural)
        {
            return false;
        }

        string id = view.Mention(0).Entity.Id;
        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            if (mention.Entity.Id != id || (mention.Entity.Type == EntityType.Place && CapitalStates.CountryCandidate(mention) is not null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the sentence opens with a wh-word, past a speaker's label ("CTC: How would you …"): its question
    /// presupposes what it asks about.
    /// </summary>
    private bool OpensWithWhWord()
    {
        int i = view.First;
        if (view.Is(i + 1, ":") && view.Token(i).Is(TokenShape.Capitalised))
        {
            i += 2;
        }

        return GrammarWords.WhWords.StartsAt(view, i);
    }

    /// <summary>Adds the claims of the candidates <see cref="TriggerMatcher.MatchAt"/> found for the trigger of <paramref name="length"/> tokens at <paramref name="start"/>.</summary>
    private void Emit(int start, int length, List<Claim> output)
    {
        for (int k = 0; k < matcher.Candidates.Count; k++)
        {
            ClaimCandidate candidate = matcher.Candidates[k];
            Trigger trigger = matcher.Triggers[k];
            Claim? claim = builder.Build(candidate, trigger, start, start + length);
            if (claim is not null && builder.Seen.Add((claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated)))
            {
                output.Add(claim);
                if (trigger.Kind == TriggerKind.Title)
                {
                    parsed.AddTitled(claim, candidate.Object);
                }
            }

            builder.AddAlsoMeant(candidate, trigger, start, start + length, output);
        }
    }
}
