namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// The closed word lists of the lexicon's <c>claim_cues</c> section, compiled for span lookups. Each list is optional in
/// the file; a missing list is empty. This part holds the constructor and the compiling; the properties are in partial
/// files by the topic of the lists they read (ClaimCues.Roles.cs, .Bodies.cs, .Places.cs, .Cooperation.cs, .Relations.cs,
/// .Conflict.cs and .Clauses.cs).
/// </summary>
internal sealed partial class ClaimCues
{
    /// <summary>
    /// The keys the <c>claim_cues</c> section may hold: those the constructor compiles, recorded by compiling from an empty
    /// set of lists, so a list is named only where it is compiled.
    /// </summary>
    public static IReadOnlyList<string> Keys { get; } = RecordKeys();

    public ClaimCues(IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        Negations = Compile(lists, "negations");
        SentenceNegations = Compile(lists, "sentence_negations");
        Hedges = Compile(lists, "hedges");
        SpeechVerbs = Compile(lists, "speech_verbs");
        Actors = Compile(lists, "actors");
        LightVerbs = Compile(lists, "light_verbs");
        Bridges = Compile(lists, "bridges");
        TitleModifiers = Compile(lists, "title_modifiers");
        Deputies = Compile(lists, "deputies");
        TenureWords = Compile(lists, "tenure_words");
        TitleSynonyms = Groups(lists, "title_synonyms");
        Fillers = Compile(lists, "fillers");
        ModifierHeads = Compile(lists, "modifier_heads");
        Amounts = Compile(lists, "amounts");
        Rebuttals = Compile(lists, "rebuttals");
        Condemning = Compile(lists, "condemning");
        Failings = Compile(lists, "failings");
        VoicingVerbs = Compile(lists, "voicing_verbs");
        DemandNouns = Compile(lists, "demand_nouns");
        DemandAnswers = Compile(lists, "demand_answers");
        Describing = Compile(lists, "describing");
        ControlNouns = Compile(lists, "control_nouns");
        ControlVerbs = Compile(lists, "control_verbs");
        Companions = Compile(lists, "companions");
        GenericHeads = Compile(lists, "generic_heads");
        StateOwned = Compile(lists, "state_owned");
        HomePhrases = Compile(lists, "home_phrases");
        PlaceOpeners = Compile(lists, "place_openers");
        PlaceModifiers = Compile(lists, "place_modifiers");
        PlacePortions = Compile(lists, "place_portions");
        ProjectWorks = Compile(lists, "project_works");
        PlaceNamers = Compile(lists, "place_namers");
        Resources = Compile(lists, "resources");
        FoundingVerbs = Compile(lists, "founding_verbs");
        StructureParts = Compile(lists, "structure_parts");
        StructureBranches = Compile(lists, "structure_branches");
        StructureParents = Compile(lists, "structure_parents");
        StructureCompanies = Compile(lists, "structure_companies");
        StructureNouns = CompileAll(lists, "structure_parts", "structure_branches", "structure_parents", "structure_companies");
        Instruments = Compile(lists, "instruments");
        BodyNouns = Compile(lists, "body_nouns");
        PlaceHeads = Compile(lists, "place_heads");
        SiteHeads = Compile(lists, "site_heads");
        PresenceVerbs = CompileAll(lists, "presence_verbs", "refuge_verbs");
        RefugeVerbs = Compile(lists, "refuge_verbs");
        BaseActs = Compile(lists, "base_acts");
        PresenceUnits = Compile(lists, "presence_units");
        GroupSites = Compile(lists, "group_sites");
        FrontedSites = Compile(lists, "fronted_sites");
        StruckSites = Compile(lists, "struck_sites");
        Threatening = Compile(lists, "threatening");
        Inciting = Compile(lists, "inciting");
        Hoping = Compile(lists, "hoping");
        Reviling = Compile(lists, "reviling");
        QuotingParticiples = Compile(lists, "quoting_participles");
        Expecting = Compile(lists, "expecting");
        AdviceModals = Compile(lists, "advice_modals");
        MutualNouns = Compile(lists, "mutual_nouns");
        NationalBodies = Compile(lists, "national_bodies");
        NegativeLemmas = lists.TryGetValue("negative_lemmas", out var lemmas) ? lemmas : [];
        RelationNounWords = lists.TryGetValue("relation_nouns", out var relationNouns) ? relationNouns : [];
        RelationNouns = Compile(lists, "relation_nouns");
        RelationClose = lists.TryGetValue("relation_close", out var close) ? close : [];
        RelationPositive = lists.TryGetValue("relation_positive", out var positive) ? positive : [];
        RelationNegative = lists.TryGetValue("relation_negative", out var negative) ? negative : [];
        RelationVerbs = lists.TryGetValue("relation_verbs", out var relationVerbs) ? relationVerbs : [];
        RulingNouns = Compile(lists, "ruling_nouns");
        RulingVerbs = Compile(lists, "ruling_verbs");
        Money = Compile(lists, "money");
        ProjectHeads = Compile(lists, "project_heads");
        PhotoPositions = Compile(lists, "photo_positions");
        GerundOpeners = Compile(lists, "gerund_openers");
        GerundTimes = Compile(lists, "gerund_times");
        Considering = Compile(lists, "considering");
        Overtaking = Compile(lists, "overtaking");
        RankRivals = Compile(lists, "rank_rivals");
        MemberNouns = Compile(lists, "member_nouns");
        MemberModifiers = Compile(lists, "member_modifiers");
        ChairOffices = Compile(lists, "chair_offices");
        OfficeHolding = Compile(lists, "office_holding");
        AllianceNouns = Compile(lists, "alliance_nouns");
        AllianceChannels = Compile(lists, "alliance_channels");
        SuccessionWords = Compile(lists, "succession_words");
        PlaceVerbs = Compile(lists, "place_verbs");
        TerritoryNouns = Compile(lists, "territory_nouns");
        PurchaseNouns = Compile(lists, "purchase_nouns");
        GoodsDestinations = Compile(lists, "goods_destinations");
        RouteNouns = Compile(lists, "route_nouns");
        BuyingVerbs = Compile(lists, "buying_verbs");
        BuyerNouns = Compile(lists, "buyer_nouns");
        Breakdowns = Compile(lists, "breakdowns");
        Improvements = Compile(lists, "improvements");
        RelationEnds = Compile(lists, "relation_ends");
        RelationEndNouns = Compile(lists, "relation_end_nouns");
        Likeness = Compile(lists, "likeness");
        Unlikeness = Compile(lists, "unlikeness");
        OwnedRoles = Compile(lists, "owned_roles");
        AgentActs = Compile(lists, "agent_acts");
        Endings = Compile(lists, "endings");
        Choosing = Compile(lists, "choosing");
        DestinationPhrases = Compile(lists, "destination_phrases");
        ProvisionVerbs = Compile(lists, "provision_verbs");
        AidNouns = Compile(lists, "aid_nouns");
        TopicPreps = Compile(lists, "topic_preps");
        Announcing = Compile(lists, "announcing");
        LendingNouns = Compile(lists, "lending_nouns");
        PayingPassives = Compile(lists, "paying_passives");
        CoBuildingVerbs = Compile(lists, "co_building_verbs");
        JointWorkPreps = Compile(lists, "joint_work_preps");
        JointHoldings = Compile(lists, "joint_holdings");
        JointHoldingPreps = Compile(lists, "joint_holding_preps");
        VentureNouns = Compile(lists, "venture_nouns");
        JointActVerbs = Compile(lists, "joint_act_verbs");
        SideBySide = Compile(lists, "side_by_side");
        JointAdverbs = Compile(lists, "joint_adverbs");
        NamingVerbs = Compile(lists, "naming_verbs");
        ConferralVerbs = Compile(lists, "conferral_verbs");
        LesseeGroups = Compile(lists, "lessee_groups");
        ContractNouns = Compile(lists, "contract_nouns");
        ContractWorkVerbs = Compile(lists, "contract_work_verbs");
        FundedObjectStops = Compile(lists, "funded_object_stops");
        TopicRaising = Compile(lists, "topic_raising");
        Phoning = Compile(lists, "phoning");
        RaisedLevels = Compile(lists, "raised_levels");
        PhoneMeans = Compile(lists, "phone_means");
        CallingVerbs = Compile(lists, "calling_verbs");
        OwedNouns = Compile(lists, "owed_nouns");
        DebtStates = Compile(lists, "debt_states");
        StateNouns = Compile(lists, "state_nouns");
        Blaming = Compile(lists, "blaming");
        AttackAgents = Compile(lists, "attack_agents");
        HarmWords = Compile(lists, "harm_words");
        ListingVerbs = Compile(lists, "listing_verbs");
        ListNouns = Compile(lists, "list_nouns");
        ReliefVerbs = Compile(lists, "relief_verbs");
        RelievedNouns = Compile(lists, "relieved_nouns");
        DebtHolding = Compile(lists, "debt_holding");
        ShareWords = Compile(lists, "share_words");
        Carrying = Compile(lists, "carrying");
        PlacePartNouns = Compile(lists, "place_part_nouns");
        Professions = Compile(lists, "professions");
        AcademicWork = Compile(lists, "academic_work");
        Honorifics = Compile(lists, "honorifics");
        Appointing = Compile(lists, "appointing");
        Portfolios = Compile(lists, "portfolios");
        Credentials = Compile(lists, "credentials");
        Accepting = Compile(lists, "accepting");
        Presenting = Compile(lists, "presenting");
        ShareNouns = Compile(lists, "share_nouns");
        StakeHolding = Compile(lists, "stake_holding");
        StakeWords = Compile(lists, "stake_words");
        Adjacency = Compile(lists, "adjacency");
        BorderStretch = Compile(lists, "border_stretch");
        Partitives = Compile(lists, "partitives");
        FacingVerbs = Compile(lists, "facing_verbs");
        SeparatingVerbs = Compile(lists, "separating_verbs");
        FarSidePreps = Compile(lists, "far_side_preps");
        DividingNouns = Compile(lists, "dividing_nouns");
        BorderLines = Compile(lists, "border_lines");
        LyingVerbs = Compile(lists, "lying_verbs");
        LocatedWords = Compile(lists, "located_words");
        UsingVerbs = Compile(lists, "using_verbs");
        MeetingVerbs = Compile(lists, "meeting_verbs");
        Exceptives = Compile(lists, "exceptives");
        GoodsMeasures = Compile(lists, "goods_measures");
        Receiving = Compile(lists, "receiving");
        ReceivingPhrases = lists.TryGetValue("receiving", out var receiving) ? receiving : [];
        ReceivingAdverbs = Compile(lists, "receiving_adverbs");
        InclusionVerbs = Compile(lists, "inclusion_verbs");
        Convening = Compile(lists, "convening");
        FiringVerbs = Compile(lists, "firing_verbs");
        Projectiles = Compile(lists, "projectiles");
        ApposedUnits = Compile(lists, "apposed_units");
        Accusing = Compile(lists, "accusing");
        ReportedContent = Compile(lists, "reported_content");
        HavingVerbs = Compile(lists, "having_verbs");
        OfficeTaking = Compile(lists, "office_taking");
        Serving = Compile(lists, "serving");
        RelativeCopulas = Compile(lists, "relative_copulas");
        GivingVerbs = Compile(lists, "giving_verbs");
        PouringVerbs = Compile(lists, "pouring_verbs");
        Tenures = Compile(lists, "tenures");
        ElectionWins = Compile(lists, "election_wins");
        ElectedHeads = Compile(lists, "elected_heads");
        Counterparts = Compile(lists, "counterparts");
        LedNouns = Compile(lists, "led_nouns");
        StateHeads = Compile(lists, "state_heads");
        ResponsibilityClaims = Compile(lists, "responsibility_claims");
        UnitNouns = Compile(lists, "unit_nouns");
        Inviting = Compile(lists, "inviting");
        Directing = Compile(lists, "directing");
        Presupposing = Compile(lists, "presupposing");
        Welcoming = Compile(lists, "welcoming");
        ContestVerbs = Compile(lists, "contest_verbs");
        Contests = Compile(lists, "contests");
        NameObjectVerbs = Compile(lists, "name_object_verbs");
        ResidenceVerbs = Compile(lists, "residence_verbs");
        TransferVerbs = Compile(lists, "transfer_verbs");
        SeekingVerbs = Compile(lists, "seeking_verbs");
        SoughtMeans = Compile(lists, "sought_means");
        ProjectVerbs = Compile(lists, "project_verbs");
        ProgrammePreps = Compile(lists, "programme_preps");
        ProjectStaff = Compile(lists, "project_staff");
        AppraisedActs = Compile(lists, "appraised_acts");
        AccusationNouns = Compile(lists, "accusation_nouns");
        PossessedSites = new HashSet<string>(lists.TryGetValue("possessed_sites", out var sites) ? sites : [], StringComparer.OrdinalIgnoreCase);
        ResidentEnvoys = lists.TryGetValue("resident_envoys", out var envoys) ? envoys : [];
        Landforms = new HashSet<string>(lists.TryGetValue("landforms", out var landforms) ? landforms : [], StringComparer.OrdinalIgnoreCase);
        LandformPredicates = new HashSet<string>(lists.TryGetValue("landform_predicates", out var landformPredicates) ? landformPredicates : [], StringComparer.Ordinal);
        StateOffices = Compile(lists, "state_offices");
        PortfolioOffices = Compile(lists, "portfolio_offices");
        StateOrgans = Compile(lists, "state_organs");
        Brokering = Compile(lists, "brokering");
        MediationNouns = Compile(lists, "mediation_nouns");
        ProVerbs = Compile(lists, "pro_verbs");
        Ranks = Compile(lists, "ranks");
        RankedHeads = Compile(lists, "ranked_heads");
        Agreeing = Compile(lists, "agreeing");
        TalksSources = Compile(lists, "talks_sources");
        StateRoles = Compile(lists, "state_roles");
        BackingNouns = Compile(lists, "backing_nouns");
        TakingVerbs = Compile(lists, "taking_verbs");
        HandoverVerbs = Compile(lists, "handover_verbs");
        LosingVerbs = Compile(lists, "losing_verbs");
        ExpellingVerbs = Compile(lists, "expelling_verbs");
        ObjectAsides = Compile(lists, "object_asides");
        PowerTaking = Compile(lists, "power_taking");
        PowerBringing = Compile(lists, "power_bringing");
    }

    /// <summary>The keys the constructor looks up, in its order.</summary>
    private static IReadOnlyList<string> RecordKeys()
    {
        var recorder = new CueKeyRecorder();
        _ = new ClaimCues(recorder);
        return recorder.Requested;
    }

    private static PhraseIndex<string> CompileAll(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, params string[] keys)
    {
        var index = new PhraseIndex<string>();
        foreach (string key in keys)
        {
            if (lists.TryGetValue(key, out var phrases))
            {
                foreach (string phrase in phrases)
                {
                    index.Add(PhraseWords.Split(phrase), phrase);
                }
            }
        }

        return index.Seal();
    }

    /// <summary>The entries of <paramref name="key"/> as groups of words, each word mapped to its group's first word.</summary>
    private static Dictionary<string, string> Groups(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, string key)
    {
        var groups = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lists.TryGetValue(key, out IReadOnlyList<string>? entries))
        {
            foreach (string[] words in entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0))
            {
                foreach (string word in words)
                {
                    groups[word] = words[0];
                }
            }
        }

        return groups;
    }

    private static PhraseIndex<string> Compile(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, string key)
    {
        var index = new PhraseIndex<string>();
        if (lists.TryGetValue(key, out var phrases))
        {
            foreach (string phrase in phrases)
            {
                index.Add(PhraseWords.Split(phrase), phrase);
            }
        }

        return index.Seal();
    }
}
