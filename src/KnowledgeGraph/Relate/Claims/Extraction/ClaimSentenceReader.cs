using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Dependency;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Extraction.Places;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Learned;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Relate.Claims.Modality;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Finds the claims of one sentence: matches triggers token by token (longest first, falling back to shorter
/// triggers when a longer one yields nothing), hands each to its reader, then checks and completes every candidate
/// (no self-links, type constraints, symmetric order, negation, hedging, source, time, evidence span). Reads one
/// document at a time (<see cref="Begin"/>) and is reused for the next; not thread-safe.
/// </summary>
internal sealed class ClaimSentenceReader
{
    private readonly PredicateLexicon lexicon;
    private ArticleMeta meta;
    private readonly SentenceView view;
    private readonly VerbReader verbs;
    private readonly NounReader nouns;
    private readonly TitleReader titles;
    private readonly AccusationReader accusations;
    private readonly LabelReader labels;
    private readonly AntiReader anti;
    private readonly DistantBetweenReader distantBetween;
    private readonly PartnerReader partners;
    private readonly FrontedRecipientReader frontedRecipients;
    private readonly OfAgentReader ofAgents;
    private readonly DebtReader debts;
    private readonly GoodsReader goods;
    private readonly ReceivedReader received;
    private readonly ProvisionReader provisions;
    private readonly SumForProjectReader sumsForProjects;
    private readonly CredentialsReader credentials;
    private readonly DebtReliefReader reliefs;
    private readonly ConveningReader convenings;
    private readonly FiringReader firings;
    private readonly ListingReader listings;
    private readonly BlameReader blames;
    private readonly InclusionReader inclusions;
    private readonly AccusedActReader accusedActs;
    private readonly SharedRelationReader shared;
    private readonly AgentFirstReader agentFirst;
    private readonly TerritoryReader territories;
    private readonly PowerTakingReader powerTakers;
    /// <summary>The cue word families of the readers that need one of their words in a sentence (<see cref="SentenceView.MayHold"/>).</summary>
    private readonly ulong partnerCues;
    private readonly ulong receivedCues;
    private readonly ulong accusedActCues;
    private readonly ulong rebuttalCues;
    private readonly ulong credentialsCues;
    private readonly ulong conveningCues;
    private readonly ulong sharedCues;
    private readonly ulong inclusionCues;
    private readonly ulong reliefCues;
    private readonly ulong financedWithCues;
    private readonly ulong territoryCues;
    private readonly ulong lenderCues;
    private readonly ulong firingCues;
    private readonly ulong listingCues;
    private readonly ulong blameCues;
    private readonly ulong homeCues;
    private readonly ulong goodsCues;
    private readonly ulong destinationCues;
    private readonly ClaimModality modality;
    private readonly SourceFinder sources;
    private readonly List<ClaimCandidate> candidates = [];
    /// <summary>The trigger of each entry of <see cref="candidates"/>, index for index.</summary>
    private readonly List<Trigger> current = [];
    private readonly HashSet<(string, string, string, bool)> seen = [];
    private readonly TreeClaimReader tree;
    private readonly ParseGate gate;
    private readonly List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> possessed = [];
    /// <summary>Per token of the sentence: a trigger the token rules read a claim from.</summary>
    private bool[] handled = new bool[128];
    /// <summary>Per token of the sentence: inside the words of a trigger the token rules read a claim from (the parse gate skips relation nouns there).</summary>
    private bool[] covered = new bool[128];
    /// <summary>Title claims the token rules emitted in this sentence, with their body mention, for the tree's veto.</summary>
    private readonly List<(Claim Claim, int Body)> titled = [];
    private readonly List<TreeClaim> treeClaims = [];
    private readonly CuratedClaimReader? curated;
    private readonly MeetingPlaceReader? meetingPlaces;
    private readonly ChosenDestinationReader destinations;
    private readonly TripReader trips;
    private readonly PurposeReader purposes;
    private readonly BorderReader borders;
    private readonly DescribedBodyReader describedBodies;
    private readonly PlaceNesting? nesting;
    private readonly PlaceInPlaceReader? placesInPlaces;
    private readonly LearnedClaimReader? learned;
    private readonly Func<string, bool> hasTitle;
    private readonly Func<string?> sourceOfView;
    private readonly Func<int, string?> timeOfView;
    /// <summary>The current sentence's source (<see cref="SourceOfView"/>), found at its first claim that needs one.</summary>
    private string? sentenceSource;
    private bool sentenceSourceRead;
    /// <summary>The dates of the current sentence (<see cref="TimeFinder.Collect"/>), read at its first claim: every claim picks its own from them.</summary>
    private readonly List<(int At, string Value)> dates = [];
    private bool datesRead;

    /// <summary>
    /// <paramref name="entities"/> finds a curated entity by id (the gazetteer); with it, a title whose body the sentence
    /// does not name takes it from the person's curated roles, and a name states the curated links it writes
    /// (<see cref="CuratedClaimReader"/>). <paramref name="relations"/> (optional) reads the pairs no rule related
    /// (<see cref="LearnedClaimReader"/>).
    /// </summary>
    public ClaimSentenceReader(PredicateLexicon lexicon, ArticleMeta meta, Func<string, Entity?>? entities = null, RelationModel? relations = null)
    {
        learned = relations is null ? null : new LearnedClaimReader(relations, lexicon);
        this.lexicon = lexicon;
        this.meta = meta;
        var cueWords = new CueWordTable();
        view = new SentenceView { Triggers = lexicon.Triggers, CueWords = cueWords };
        var subjects = new SubjectFinder(lexicon.Cues, lexicon.Titles);
        var objects = new ObjectFinder(lexicon.Cues, lexicon.Titles);
        verbs = new VerbReader(subjects, objects, lexicon.Triggers, lexicon.Cues);
        nouns = new NounReader(lexicon.Cues, subjects, objects);
        titles = new TitleReader(lexicon.Cues);
        accusations = new AccusationReader(lexicon.Cues, subjects);
        labels = new LabelReader(lexicon, subjects, objects);
        anti = new AntiReader(lexicon, subjects);
        distantBetween = new DistantBetweenReader(lexicon, objects);
        partners = new PartnerReader(lexicon, subjects, objects);
        frontedRecipients = new FrontedRecipientReader(lexicon, subjects);
        ofAgents = new OfAgentReader(lexicon, objects);
        debts = new DebtReader(lexicon.Cues, subjects, objects);
        goods = new GoodsReader(lexicon, objects);
        received = new ReceivedReader(lexicon, subjects);
        provisions = new ProvisionReader(lexicon, subjects);
        sumsForProjects = new SumForProjectReader(lexicon, subjects);
        credentials = new CredentialsReader(lexicon, subjects);
        reliefs = new DebtReliefReader(lexicon, subjects, objects);
        convenings = new ConveningReader(lexicon, subjects, objects);
        firings = new FiringReader(lexicon, subjects);
        listings = new ListingReader(lexicon, subjects);
        blames = new BlameReader(lexicon, subjects);
        inclusions = new InclusionReader(lexicon, subjects);
        accusedActs = new AccusedActReader(lexicon.Cues, objects);
        shared = new SharedRelationReader(lexicon, subjects);
        agentFirst = new AgentFirstReader(objects);
        territories = new TerritoryReader(lexicon, subjects);
        powerTakers = new PowerTakingReader(lexicon, subjects);
        destinations = new ChosenDestinationReader(lexicon);
        trips = new TripReader(lexicon, subjects);
        purposes = new PurposeReader(lexicon, objects);
        modality = new ClaimModality(lexicon.Cues);
        sources = new SourceFinder(lexicon.Cues);
        tree = new TreeClaimReader(lexicon);
        gate = new ParseGate(lexicon);
        borders = new BorderReader(lexicon);
        describedBodies = new DescribedBodyReader(lexicon);
        nesting = entities is null ? null : new PlaceNesting(entities);
        placesInPlaces = entities is null ? null : new PlaceInPlaceReader(lexicon, entities);
        curated = entities is null ? null : new CuratedClaimReader(lexicon, entities, modality);
        meetingPlaces = entities is null ? null : new MeetingPlaceReader(lexicon, entities);
        hasTitle = id => titled.Exists(t => t.Claim.Subject.Id == id);
        sourceOfView = SourceOfView;
        timeOfView = TimeOf;
        partnerCues = cueWords.Add(partners.CueWords);
        receivedCues = cueWords.Add(received.CueWords);
        accusedActCues = cueWords.Add(accusedActs.CueWords);
        rebuttalCues = cueWords.Add(RebuttedChargeReader.CueWords(lexicon));
        credentialsCues = cueWords.Add(credentials.CueWords);
        conveningCues = cueWords.Add(convenings.CueWords);
        sharedCues = cueWords.Add(shared.CueWords);
        inclusionCues = cueWords.Add(inclusions.CueWords);
        reliefCues = cueWords.Add(reliefs.CueWords);
        financedWithCues = cueWords.Add(FinancedWithReader.CueWords(lexicon));
        territoryCues = cueWords.Add(territories.CueWords);
        lenderCues = cueWords.Add(LenderReader.CueWords(lexicon));
        firingCues = cueWords.Add(firings.CueWords);
        listingCues = cueWords.Add(listings.CueWords);
        blameCues = cueWords.Add(blames.CueWords);
        homeCues = cueWords.Add(HomeToReader.CueWords(lexicon));
        goodsCues = cueWords.Add(goods.CueWords);
        destinationCues = cueWords.Add(destinations.CueWords);
        cueWords.Seal();
    }

    /// <summary>
    /// Moves the reader on to another document, whose author and date complete its claims; <paramref name="states"/> are
    /// the countries it names and <paramref name="persons"/> the persons with curated roles it names (read by the curated
    /// rules). Everything else the reader holds is per sentence, reset by every read, or derived from the lexicon and
    /// gazetteer alone, so one reader serves document after document (the claims stage keeps a pool of them).
    /// </summary>
    public void Begin(ArticleMeta meta, IReadOnlyList<Entity>? states = null, IReadOnlyList<Entity>? persons = null, Entity? mainState = null)
    {
        this.meta = meta;
        titles.Begin(mainState);
        curated?.Begin(meta, states ?? [], persons ?? [], mainState);
    }

    /// <summary>Sentences whose dependency tree was read (parsed here unless a stage before parsed them).</summary>
    public int TreesRead { get; private set; }

    /// <summary>
    /// Appends the claims of sentence <paramref name="index"/> of <paramref name="paragraph"/> to <paramref name="output"/>;
    /// the sentence's mentions lie in [<paramref name="mentionFrom"/>, <paramref name="mentionTo"/>) of the paragraph's.
    /// </summary>
    public void Read(Paragraph paragraph, int index, List<Claim> output, int mentionFrom = 0, int mentionTo = int.MaxValue)
    {
        datesRead = false;
        sentenceSourceRead = false;
        // A yes-or-no question asserts nothing ("Will China recognise the Taliban?"); a question with a wh-word asserts what
        // it asks about ("How would you describe the cooperation between GCHQ and U.S. agencies?" states the cooperation).
        if (!view.Load(paragraph, index, mentionFrom, mentionTo) || view.Is(view.End - 1, "?") && !OpensWithWhWord())
        {
            return;
        }

        seen.Clear();
        int first = output.Count;
        string? source = null;
        bool sourceRead = false;

        tree.Unload();
        titled.Clear();
        // Every claim but the curated ones relates two of the sentence's mentions through Build, which drops a claim
        // whose parties are one entity: a sentence naming one party only ("China … Chinese …") gets the curated ones.
        if (OneParty())
        {
            curated?.Read(view, hasTitle, sourceOfView, timeOfView, seen, output);
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

            int matched = MatchAt(i, list);
            if (matched == 0 || candidates.Count == 0)
            {
                continue;
            }

            if (!sourceRead)
            {
                source = SourceOfView();
                sourceRead = true;
            }

            handled[i - view.First] = true;
            covered.AsSpan(i - view.First, Math.Min(matched, view.End - i)).Fill(true);
            Emit(i, matched, source, output);
            // A noun phrase may hold another predicate's trigger ("border clashes between" holds "clashes between").
            if (current[0].Kind != TriggerKind.Noun)
            {
                i += matched - 1;
            }
        }

        possessed.Clear();
        PossessedProjectReader.Read(view, lexicon, possessed, CollectionsMarshal.AsSpan(output)[first..]);
        LocatedGroupReader.Read(view, lexicon, possessed);
        FrontedPlaceUnitReader.Read(view, lexicon, possessed);
        placesInPlaces?.Read(view, possessed);
        describedBodies.Read(view, possessed);
        PresenceReader.Read(view, lexicon, possessed);
        ClaimedAttackReader.Read(view, lexicon, possessed);
        StateBodyReader.Read(view, lexicon, possessed);
        ApposedUnitReader.Read(view, lexicon, possessed);
        labels.Read(view, possessed);
        anti.Read(view, possessed);
        distantBetween.Read(view, possessed);
        borders.Read(view, possessed);
        RuledUnderReader.Read(view, lexicon, possessed);
        FrontedPlaceReader.Read(view, lexicon, possessed);
        if (view.MayHold(homeCues))
        {
            HomeToReader.Read(view, lexicon, possessed);
        }

        OwnedFacilityReader.Read(view, lexicon, possessed);
        ApposedSiteOwnerReader.Read(view, lexicon, possessed);
        RegionMemberReader.Read(view, lexicon, possessed);
        MembershipReader.Read(view, lexicon, possessed);
        ElectionWinReader.Read(view, lexicon, possessed);
        powerTakers.Read(view, possessed);
        PersonOfBodyReader.Read(view, lexicon, possessed);
        if (view.MayHold(lenderCues))
        {
            LenderReader.Read(view, lexicon, possessed);
        }

        NationalityReader.Read(view, lexicon, possessed);
        ProgrammeRoleReader.Read(view, lexicon, possessed);
        AcademicPostReader.Read(view, lexicon, possessed);
        CounterpartListReader.Read(view, lexicon, possessed);
        if (view.MayHold(partnerCues))
        {
            partners.Read(view, possessed);
        }

        frontedRecipients.Read(view, handled.AsSpan(0, length), possessed);
        ofAgents.Read(view, possessed);
        if (view.MayHold(goodsCues))
        {
            goods.Read(view, possessed);
        }

        if (view.MayHold(receivedCues))
        {
            received.Read(view, possessed);
        }

        provisions.Read(view, possessed);
        sumsForProjects.Read(view, possessed);
        if (view.MayHold(credentialsCues))
        {
            credentials.Read(view, possessed);
        }

        if (view.MayHold(reliefCues))
        {
            reliefs.Read(view, possessed);
        }

        if (view.MayHold(financedWithCues))
        {
            FinancedWithReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(conveningCues))
        {
            convenings.Read(view, possessed);
        }

        if (view.MayHold(firingCues))
        {
            firings.Read(view, possessed);
        }

        if (view.MayHold(listingCues))
        {
            listings.Read(view, possessed);
        }

        if (view.MayHold(blameCues))
        {
            blames.Read(view, possessed);
        }

        if (view.MayHold(inclusionCues))
        {
            inclusions.Read(view, possessed);
        }

        if (view.MayHold(accusedActCues))
        {
            accusedActs.Read(view, possessed);
        }

        if (view.MayHold(sharedCues))
        {
            shared.Read(view, possessed);
        }

        agentFirst.Read(view, possessed);
        if (view.MayHold(destinationCues))
        {
            destinations.Read(view, possessed);
        }

        trips.Read(view, possessed);
        BackingReader.Read(view, lexicon, possessed);
        if (view.MayHold(territoryCues))
        {
            territories.Read(view, possessed);
        }

        foreach (var (candidate, trigger, at) in possessed)
        {
            if (!sourceRead)
            {
                source = SourceOfView();
                sourceRead = true;
            }

            Add(Build(candidate, trigger, at, at + 1, source), output);
            AddAlsoMeant(candidate, trigger, at, at + 1, source, output);
        }

        curated?.Read(view, hasTitle, sourceOfView, timeOfView, seen, output);

        // The tree is asked for only where cheap token and tag checks say it adds claims (ParseGate): parsing is the
        // costly part of the stage.
        if (gate.ShouldParse(paragraph, view, handled.AsSpan(0, length), covered.AsSpan(0, length), output.Count > first))
        {
            TreesRead++;
            tree.Load(paragraph, view);
            Veto(output);
            ReadTree(source, sourceRead, output, first);
        }

        // The purpose of a visit found above ("travelled to Beijing for talks with Wang Yi").
        possessed.Clear();
        purposes.Read(view, output, first, possessed);
        foreach (var (candidate, trigger, at) in possessed)
        {
            Add(Build(candidate, trigger, at, at + 1, source ?? sourceOfView()), output);
        }

        // A person met in a foreign place visits it: read from the meetings found above.
        if (meetingPlaces is not null)
        {
            possessed.Clear();
            meetingPlaces.Read(view, output, first, possessed);
            foreach (var (candidate, trigger, at) in possessed)
            {
                Add(Build(candidate, trigger, at, at + 1, source ?? sourceOfView()), output);
            }
        }

        // Whoever brokered the agreements or talks found above negotiates with their parties.
        possessed.Clear();
        BrokerReader.Read(view, lexicon, output, first, possessed);
        foreach (var (candidate, trigger, at) in possessed)
        {
            Add(Build(candidate, trigger, at, at + 1, source ?? sourceOfView()), output);
        }

        // "…, a charge Kabul denies": a rebuttal of the charge the sentence makes states it back to the accuser.
        if (view.MayHold(rebuttalCues))
        {
            possessed.Clear();
            RebuttedChargeReader.Read(view, lexicon, output, first, possessed);
            foreach (var (candidate, trigger, at) in possessed)
            {
                Add(Build(candidate, trigger, at, at + 1, source ?? sourceOfView()), output);
            }
        }

        // "…, a campaign the Taliban have condemned": the judge of an act in apposition to the clause judges its doer.
        possessed.Clear();
        AppraisedActReader.Read(view, lexicon, possessed);
        foreach (var (candidate, trigger, at) in possessed)
        {
            Add(Build(candidate, trigger, at, at + 1, source ?? sourceOfView()), output);
        }

        // Last, the learned model reads the pairs no rule related.
        if (learned is not null)
        {
            possessed.Clear();
            learned.Read(view, output, first, possessed);
            foreach (var (candidate, trigger, at) in possessed)
            {
                Add(Build(candidate, trigger, at, at + 1, source ?? sourceOfView()), output);
            }
        }

        DropOfficesOfHeads(output, first);
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
            if (office.Predicate == holds.Name && !office.Negated
                && output.FindIndex(first, o => o.Predicate == leads.Name && !o.Negated && o.Subject.Id == office.Subject.Id && o.Object.Id == office.Object.Id) >= 0)
            {
                output.RemoveAt(c);
            }
        }
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
    /// before a person, "President Xi Jinping said …"; a name that writes a curated link). Nothing without an entity look-up.
    /// </summary>
    public void ReadSingle(Paragraph paragraph, int index, List<Claim> output, int mentionFrom = 0, int mentionTo = int.MaxValue)
    {
        datesRead = false;
        sentenceSourceRead = false;
        if (curated is null || !view.Load(paragraph, index, mentionFrom, mentionTo, minimum: 1) || view.Is(view.End - 1, "?"))
        {
            return;
        }

        seen.Clear();
        titled.Clear();
        curated.Read(view, hasTitle, sourceOfView, timeOfView, seen, output);
    }

    /// <summary>
    /// True when every mention of the view names one entity and none is a place that may stand for a country
    /// (<see cref="StateReading"/>): then no two mentions can be the two parties of a claim.
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
            if (mention.Entity.Id != id || (mention.Entity.Type == EntityType.Place && CountryCandidate(mention) is not null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Drops the token rules' role claims whose body the tree shows to modify a common noun ("the China program").</summary>
    private void Veto(List<Claim> output)
    {
        foreach (var (claim, body) in titled)
        {
            if (tree.IsModifierOnly(view, body))
            {
                output.Remove(claim);
            }
        }
    }

    private void ReadTree(string? source, bool sourceRead, List<Claim> output, int first)
    {
        treeClaims.Clear();
        tree.Read(view, treeClaims);
        if (treeClaims.Count == 0)
        {
            return;
        }

        if (!sourceRead)
        {
            source = SourceOfView();
        }

        foreach (TreeClaim found in treeClaims)
        {
            Claim? claim = Build(found.Candidate, found.Trigger, found.Start, found.End, source);
            AddAlsoMeant(found.Candidate, found.Trigger, found.Start, found.End, source, output);
            if (claim is null || !seen.Add((claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated)))
            {
                continue;
            }

            // The tree scopes negation better than the token window: its reading replaces the token rules' one.
            int same = output.FindIndex(first, c => c.Sentence == claim.Sentence && c.Subject.Id == claim.Subject.Id
                && c.Predicate == claim.Predicate && c.Object.Id == claim.Object.Id && c.Negated != claim.Negated);
            if (same >= 0)
            {
                output[same] = claim;
            }
            else
            {
                output.Add(claim);
            }
        }
    }

    /// <summary>Runs the readers of the longest triggers matching at <paramref name="i"/>; shorter ones only if those found nothing.</summary>
    private int MatchAt(int i, List<(string[] Words, Trigger Value)> list)
    {
        candidates.Clear();
        int length = int.MaxValue;
        current.Clear();
        foreach (var (words, trigger) in list)
        {
            if (words.Length < length && candidates.Count > 0)
            {
                break;
            }

            int end = lexicon.Triggers.Matches(view, i, words) ? i + words.Length
                : TopicGapEnd(i, words, trigger) is var topicEnd and >= 0 ? topicEnd
                : PartyGapEnd(i, words, trigger) is var partyEnd and >= 0 ? partyEnd
                : PlaceGapEnd(i, words, trigger) is var placeEnd and >= 0 ? placeEnd : ResourceGapEnd(i, words, trigger);
            if (end < 0)
            {
                continue;
            }

            length = end - i;
            int before = candidates.Count;
            Dispatch(trigger, i, end);
            for (int k = before; k < candidates.Count; k++)
            {
                current.Add(trigger);
            }
        }

        return candidates.Count > 0 ? length : 0;
    }

    /// <summary>
    /// "an agreement on water sharing with Kyrgyzstan": a nominal trigger whose preposition comes after a topic
    /// (claim_cues <c>topic_preps</c> and up to four lower-case words, no name); the end of the match, or -1.
    /// </summary>
    private int TopicGapEnd(int i, string[] words, Trigger trigger)
    {
        const int MaxTopicWords = 4;
        int topic = i + words.Length - 1;
        if (trigger.Kind != TriggerKind.Noun || words.Length < 2)
        {
            return -1;
        }

        bool worth = view.Is(topic, "worth");
        int length = worth ? 1 : lexicon.Cues.TopicPreps.LongestAt(view, topic);
        if (length == 0)
        {
            return -1;
        }

        for (int k = 0; k < words.Length - 1; k++)
        {
            if (!view.Is(i + k, words[k]))
            {
                return -1;
            }
        }

        if (worth)
        {
            return SumGapEnd(topic + 1, words[^1]);
        }

        for (int k = topic + length; k < view.End && k <= topic + length + MaxTopicWords && view.MentionIndexAt(k) < 0; k++)
        {
            if (view.Is(k, words[^1]))
            {
                return k > topic + length ? k + 1 : -1;
            }

            if (view.Token(k).Kind != TokenKind.Word || !view.Token(k).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "warned African nations against taking Chinese loans": a two-word verb whose second word is "against" or "about",
    /// with the party the verb is addressed to between its words (a name or demonym, perhaps after "the", and at most one
    /// actor noun of claim_cues <c>actors</c>); the end of the match (after the preposition), or -1. What follows the
    /// preposition is the verb's object; the addressee is none.
    /// </summary>
    private int PartyGapEnd(int i, string[] words, Trigger trigger)
    {
        if (trigger.Kind != TriggerKind.Verb || words.Length != 2 || !(words[1] == "against" || words[1] == "about") || !view.Is(i, words[0]))
        {
            return -1;
        }

        int k = i + 1;
        k += view.Is(k, "the") && view.MentionIndexAt(k) < 0 ? 1 : 0;
        if (view.MentionIndexAt(k) is not (>= 0 and var party) || view.MentionFirst(party) != k || view.IsPossessive(party))
        {
            return -1;
        }

        k = view.AfterMention(party);
        k += lexicon.Cues.Actors.LongestAt(view, k);
        return view.Is(k, words[1]) ? k + 1 : -1;
    }

    /// <summary>
    /// "held talks in Kabul with Foreign Minister Amir Khan Muttaqi", "talks in Doha between …": a two-word noun trigger
    /// with the place where it happens ("in" or "at" and the name of a place or state) between its words; the end of the
    /// match (after the preposition), or -1. The place stays a place of the event, not a party.
    /// </summary>
    private int PlaceGapEnd(int i, string[] words, Trigger trigger)
    {
        if (trigger.Kind != TriggerKind.Noun || words.Length != 2 || words[1] is "in" or "at" || !view.Is(i, words[0])
            || !(view.Is(i + 1, "in") || view.Is(i + 1, "at")))
        {
            return -1;
        }

        if (view.MentionIndexAt(i + 2) is not (>= 0 and var place) || view.MentionFirst(place) != i + 2 || view.IsPossessive(place)
            || view.Mention(place).Entity.Type is not (EntityType.Place or EntityType.Country))
        {
            return -1;
        }

        int k = view.AfterMention(place);
        return view.Is(k, words[1]) ? k + 1 : -1;
    }

    /// <summary>
    /// "to mine copper at Mes Aynak", "extract oil from the Amu Darya basin": a two-word verb with what is mined or
    /// extracted between its words (claim_cues <c>resources</c>, up to two words); the end of the match (after the
    /// preposition), or -1.
    /// </summary>
    private int ResourceGapEnd(int i, string[] words, Trigger trigger)
    {
        const int MaxResourceWords = 2;
        if (trigger.Kind != TriggerKind.Verb || words.Length != 2 || !view.Is(i, words[0]))
        {
            return -1;
        }

        int k = i + 1;
        for (int n = 0; n < MaxResourceWords && k < view.End && view.MentionIndexAt(k) < 0 && lexicon.Cues.Resources.LongestAt(view, k) is var length and > 0; n++)
        {
            k += length;
        }

        return k > i + 1 && view.Is(k, words[1]) ? k + 1 : -1;
    }

    /// <summary>
    /// "loans worth $5 billion to Pakistan": after "worth", a sum with a number (numbers, currency signs, claim_cues
    /// <c>amounts</c> and <c>money</c> words, up to six tokens) and then the trigger's preposition; the end of the match, or -1.
    /// </summary>
    private int SumGapEnd(int from, string prep)
    {
        const int MaxSum = 6;
        bool number = false;
        for (int k = from; k < view.End && k <= from + MaxSum; k++)
        {
            if (view.Is(k, prep))
            {
                return number ? k + 1 : -1;
            }

            number |= view.Token(k).Kind == TokenKind.Number;
            if (!Sums.IsSumToken(view, lexicon.Cues, k))
            {
                return -1;
            }
        }

        return -1;
    }

    private void Dispatch(Trigger trigger, int start, int end)
    {
        switch (trigger.Kind)
        {
            case TriggerKind.Verb:
                int before = candidates.Count;
                verbs.Read(view, trigger, start, end, candidates);
                AccusationReader.DropRebuttedOwners(view, lexicon, start, candidates, before);
                RequestFilter.DropAskedActs(view, candidates, before);
                break;
            case TriggerKind.Noun:
                nouns.Read(view, trigger, start, end, candidates);
                break;
            case TriggerKind.Request:
                int from = candidates.Count;
                verbs.Read(view, trigger, start, end, candidates);
                RequestFilter.KeepInfinitives(view, candidates, from);
                break;
            case TriggerKind.Accusation:
                accusations.Read(view, trigger, start, candidates);
                break;
            case TriggerKind.Debt:
                debts.Read(view, start, end, candidates);
                break;
            case TriggerKind.Modifier:
            case TriggerKind.ModifierReversed:
                ModifierReader.Read(view, trigger, start, candidates);
                break;
            default:
                titles.Read(view, start, end, candidates);
                break;
        }
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

    private void Emit(int start, int length, string? source, List<Claim> output)
    {
        for (int k = 0; k < candidates.Count; k++)
        {
            ClaimCandidate candidate = candidates[k];
            Trigger trigger = current[k];
            Claim? claim = Build(candidate, trigger, start, start + length, source);
            if (claim is not null && seen.Add((claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated)))
            {
                output.Add(claim);
                if (trigger.Kind == TriggerKind.Title)
                {
                    titled.Add((claim, candidate.Object));
                }
            }

            AddAlsoMeant(candidate, trigger, start, start + length, source, output);
        }
    }

    /// <summary>
    /// "they" for two names joined by "and", "the two countries": a claim about a plural reference holds of each of its
    /// antecedents (<see cref="SentenceView.AlsoMeant"/>), as coordination distributes.
    /// </summary>
    private void AddAlsoMeant(ClaimCandidate candidate, Trigger trigger, int start, int end, string? source, List<Claim> output)
    {
        foreach (Mention other in view.AlsoMeant(candidate.Subject))
        {
            Add(Build(candidate, trigger, start, end, source, subjectAs: other.Entity), output);
        }

        foreach (Mention other in view.AlsoMeant(candidate.Object))
        {
            Add(Build(candidate, trigger, start, end, source, objectAs: other.Entity), output);
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
                    Add(Build(candidate, trigger, start, end, source, subjectAs: group[a].Entity, objectAs: group[b].Entity), output);
                }
            }
        }
    }

    private void Add(Claim? claim, List<Claim> output)
    {
        if (claim is not null && seen.Add((claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated)))
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
    private Claim? Build(ClaimCandidate candidate, Trigger trigger, int start, int end, string? source, Entity? subjectAs = null, Entity? objectAs = null)
    {
        PredicateDefinition predicate = trigger.Predicate;
        Mention subject = view.Mention(candidate.Subject);
        Mention obj = view.Mention(candidate.Object);
        Entity subjectEntity = subject.Entity;
        Entity objectEntity = obj.Entity;
        if (predicate.Class != PredicateClasses.Structural)
        {
            (subjectEntity, objectEntity) = (StateReading(subject, obj) ?? subjectEntity, predicate.Destinations ? objectEntity : StateReading(obj, subject) ?? objectEntity);
        }

        // "Beijing's consulate in Almaty", "Moscow's military base in Tajikistan": a capital that owns a site abroad stands
        // for its state.
        if (predicate.Name == "BASED_IN" && trigger.Kind == TriggerKind.Noun && subject.Entity.Type == EntityType.Place
            && lexicon.Cues.SiteHeads.StartsAt(view, start) && CountryCandidate(subject) is { } owner)
        {
            subjectEntity = owner;
        }

        subjectEntity = subjectAs ?? subjectEntity;
        objectEntity = objectAs ?? objectEntity;

        if (PredicateShift.For(predicate, lexicon, view, start, subjectEntity, objectEntity, obj) is not { } shifted)
        {
            return null;
        }

        predicate = shifted;

        if (subjectEntity.Id == objectEntity.Id || !predicate.AllowsSubject(subjectEntity) || !predicate.AllowsObject(objectEntity))
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
        // says ("Neither the Tajik Foreign Ministry nor the Chinese embassy in Dushanbe responded").
        bool negated = ((candidate.Negated ?? modality.IsNegated(view, candidate.NegationFrom, candidate.NegationTo, start)) != trigger.Exit)
            || trigger.Kind is not (TriggerKind.Modifier or TriggerKind.ModifierReversed or TriggerKind.Title)
                && (GrammarWords.NeitherNorBefore(view, view.MentionFirst(candidate.Subject)) || GrammarWords.NeitherNorBefore(view, view.MentionFirst(candidate.Object)));
        // Every caller drops a claim the sentence already states (seen): it is not built, its hedging, time and text unread.
        if (seen.Contains((subjectEntity.Id, predicate.Name, objectEntity.Id, negated)))
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
            Hedged = trigger.Kind == TriggerKind.Title
                ? modality.IsHedgedWithin(view, firstToken, lastToken)
                : modality.IsHedged(view, firstToken, lastToken),
            Source = source,
            Time = TimeOf(start),
            Qualifier = qualifier,
            Trigger = view.Text[view.Token(start).Start..view.Token(end - 1).End],
            Confidence = confidence,
            Sentence = view.Index,
            Start = evidenceStart,
            End = evidenceEnd,
        };
    }

    /// <summary>
    /// <see cref="TimeFinder.Find(SentenceView, int, string?)"/> for a trigger at <paramref name="start"/>: the sentence's
    /// dates are read once, not once per claim.
    /// </summary>
    private string? TimeOf(int start)
    {
        if (!datesRead)
        {
            dates.Clear();
            TimeFinder.Collect(view, meta.Date, dates);
            datesRead = true;
        }

        return TimeFinder.Find(view, start, dates);
    }

    /// <summary>
    /// Who reports the current sentence (<see cref="SourceFinder"/>, else the article's author), found once a sentence
    /// however many claims ask.
    /// </summary>
    private string? SourceOfView()
    {
        if (!sentenceSourceRead)
        {
            sentenceSource = sources.Find(view) ?? meta.Author;
            sentenceSourceRead = true;
        }

        return sentenceSource;
    }

    /// <summary>
    /// "a commander", "a senior commander", "A local Taliban commander": an indefinite article before the title, past at most
    /// <see cref="MaxIndefiniteGap"/> lower-case modifiers (no preposition or conjunction) and one name.
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
                && !GrammarWords.Articles.StartsAt(view, i) && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i))
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

    /// <summary>
    /// The country a capital stands for in a relation between states: "Beijing's closeness to Islamabad" relates China and
    /// Pakistan, though the resolver reads a capital after a preposition as the city. Only where the other party is a
    /// country or reads as one, and only through the capital's own metonym reading in the gazetteer; null otherwise.
    /// </summary>
    private static Entity? StateReading(Mention mention, Mention other)
    {
        if (mention.Entity.Type != EntityType.Place || CountryCandidate(mention) is not { } country)
        {
            return null;
        }

        return other.Entity.Type == EntityType.Country || CountryCandidate(other) is not null ? country : null;
    }

    private static Entity? CountryCandidate(Mention mention)
    {
        foreach (MentionCandidate reading in mention.Candidates)
        {
            if (reading.Kind == MentionKind.Metonym && reading.Entity.Type == EntityType.Country)
            {
                return reading.Entity;
            }
        }

        return mention.Entity.Type == EntityType.Country ? mention.Entity : null;
    }
}
