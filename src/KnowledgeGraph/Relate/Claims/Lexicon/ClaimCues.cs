using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// The closed word lists of the lexicon's <c>claim_cues</c> section, compiled for span lookups. Each list is optional in
/// the file; a missing list is empty.
/// </summary>
internal sealed class ClaimCues
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
        Hoping = Compile(lists, "hoping");
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
        MemberNouns = Compile(lists, "member_nouns");
        MemberModifiers = Compile(lists, "member_modifiers");
        ChairOffices = Compile(lists, "chair_offices");
        OfficeHolding = Compile(lists, "office_holding");
        PlaceVerbs = Compile(lists, "place_verbs");
        TerritoryNouns = Compile(lists, "territory_nouns");
        PurchaseNouns = Compile(lists, "purchase_nouns");
        GoodsDestinations = Compile(lists, "goods_destinations");
        BuyingVerbs = Compile(lists, "buying_verbs");
        BuyerNouns = Compile(lists, "buyer_nouns");
        Breakdowns = Compile(lists, "breakdowns");
        Improvements = Compile(lists, "improvements");
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
        CoBuildingVerbs = Compile(lists, "co_building_verbs");
        JointWorkPreps = Compile(lists, "joint_work_preps");
        JointHoldings = Compile(lists, "joint_holdings");
        JointHoldingPreps = Compile(lists, "joint_holding_preps");
        JointActVerbs = Compile(lists, "joint_act_verbs");
        SideBySide = Compile(lists, "side_by_side");
        JointAdverbs = Compile(lists, "joint_adverbs");
        ConferralVerbs = Compile(lists, "conferral_verbs");
        LesseeGroups = Compile(lists, "lessee_groups");
        FundedObjectStops = Compile(lists, "funded_object_stops");
        TopicRaising = Compile(lists, "topic_raising");
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
        Partitives = Compile(lists, "partitives");
        FacingVerbs = Compile(lists, "facing_verbs");
        SeparatingVerbs = Compile(lists, "separating_verbs");
        FarSidePreps = Compile(lists, "far_side_preps");
        DividingNouns = Compile(lists, "dividing_nouns");
        BorderLines = Compile(lists, "border_lines");
        LyingVerbs = Compile(lists, "lying_verbs");
        UsingVerbs = Compile(lists, "using_verbs");
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
        StateOffices = Compile(lists, "state_offices");
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

    /// <summary>Verbs that "as" and a title after them make a copula: "X served as president of Y".</summary>
    public PhraseIndex<string> Serving { get; }

    /// <summary>
    /// Verbs after a relative pronoun that join its antecedent to a title after them: "CPEC, a web of roads … that is the
    /// flagship of …".
    /// </summary>
    public PhraseIndex<string> RelativeCopulas { get; }

    /// <summary>Verbs of giving before a recipient, a sum and "in" a noun of aid or lending: "gave Pakistan $4 billion in loans".</summary>
    public PhraseIndex<string> GivingVerbs { get; }

    /// <summary>Nouns of a time in office that a person's possessive and "as" join to a title: "his third term as leader".</summary>
    public PhraseIndex<string> Tenures { get; }

    /// <summary>Verbs of winning a contest: "X won the presidential election".</summary>
    public PhraseIndex<string> ElectionWins { get; }

    /// <summary>Contests whose winner heads the state they are held in: "presidential election", "presidential runoff".</summary>
    public PhraseIndex<string> ElectedHeads { get; }

    /// <summary>Nouns for the holder of the same office in another state: "his Russian counterpart Vladimir Putin".</summary>
    public PhraseIndex<string> Counterparts { get; }

    /// <summary>Nouns of what a head leads after the head's name: "the Trump administration", "the Karimov era".</summary>
    public PhraseIndex<string> LedNouns { get; }

    /// <summary>Titles of a head of state or government: "President Paul Kagame" in an article about Rwanda.</summary>
    public PhraseIndex<string> StateHeads { get; }

    /// <summary>Nouns of backing in a clause's manner: "with US backing", "with the help of the French military".</summary>
    public PhraseIndex<string> BackingNouns { get; }

    /// <summary>Verbs of taking ground: the party after "from" is attacked ("captured Nauru from Germany").</summary>
    public PhraseIndex<string> TakingVerbs { get; }

    /// <summary>Taking verbs that also say a handover: the party after "from" is attacked only when the ground names a place ("took over Kabul from").</summary>
    public PhraseIndex<string> HandoverVerbs { get; }

    /// <summary>Verbs of losing ground: the party after "to" attacks the loser ("lost the West Bank to Israel").</summary>
    public PhraseIndex<string> LosingVerbs { get; }

    /// <summary>Verbs of driving a party out of a place: the party is attacked ("drove ISIL out of Ramadi").</summary>
    public PhraseIndex<string> ExpellingVerbs { get; }

    /// <summary>Adverbials skipped between a verb and its object: "condemns in the strongest terms the …".</summary>
    public PhraseIndex<string> ObjectAsides { get; }

    /// <summary>Phrases of taking a state's power: the person who does leads the one state the sentence names.</summary>
    public PhraseIndex<string> PowerTaking { get; }

    /// <summary>Verbs of bringing a person to power: "brought Jean-Bedel Bokassa to power".</summary>
    public PhraseIndex<string> PowerBringing { get; }

    /// <summary>Participles of brokering talks or a deal: "the US-brokered Abraham Accords", "brokered by the US".</summary>
    public PhraseIndex<string> Brokering { get; }

    /// <summary>Nouns of mediating after a mediator's demonym or possessive: "under Qatari and Turkish mediation".</summary>
    public PhraseIndex<string> MediationNouns { get; }

    /// <summary>Pro-verbs standing for an act stated before them: "although Russia did so in July".</summary>
    public PhraseIndex<string> ProVerbs { get; }

    /// <summary>Words of a rank in a series ("first", "only") before the agent noun of an infinitive: "became the first country to recognise".</summary>
    public PhraseIndex<string> Ranks { get; }

    /// <summary>Agent nouns a rank qualifies besides actors, bodies, states, members and titles: "the first capital to accept".</summary>
    public PhraseIndex<string> RankedHeads { get; }

    /// <summary>Forms of a verb of agreeing: parties that agree "to" and a verb act together (claim_cues <c>agreeing</c>).</summary>
    public PhraseIndex<string> Agreeing { get; }

    /// <summary>Sources named by the talks they know of ("familiar with the talks"): claim_cues <c>talks_sources</c>.</summary>
    public PhraseIndex<string> TalksSources { get; }

    /// <summary>Role nouns of a predicate's <c>partners</c> that relate states and bodies, never a person (claim_cues <c>state_roles</c>).</summary>
    public PhraseIndex<string> StateRoles { get; }

    /// <summary>Last words of a state organ's name: "the Kenyan Supreme Court", "the U.S. Fish and Wildlife Service".</summary>
    public PhraseIndex<string> StateOrgans { get; }

    /// <summary>Titles of a state's other offices: "Vice President Daniel Arap Moi" in an article about Kenya.</summary>
    public PhraseIndex<string> StateOffices { get; }

    /// <summary>Verbs of beating a rival that state a contest, not an attack, in a sentence naming a contest: "defeated BANDA at the polls".</summary>
    public PhraseIndex<string> ContestVerbs { get; }

    /// <summary>Verb triggers whose object is a name, never a demonym before a noun: "seize African assets" attacks no one.</summary>
    public PhraseIndex<string> NameObjectVerbs { get; }

    /// <summary>Verbs of living in a place (BASED_IN): a demonym's people who live there are no presence of their state.</summary>
    public PhraseIndex<string> ResidenceVerbs { get; }

    /// <summary>Verbs of buying and selling (TRADES_WITH): coordinated buyers or sellers do not trade with each other.</summary>
    public PhraseIndex<string> TransferVerbs { get; }

    /// <summary>Verbs of seeking or requesting: what a party seeks from another (its loans, its support) is not yet given.</summary>
    public PhraseIndex<string> SeekingVerbs { get; }

    /// <summary>Nouns of means a party asks another for: a demonym's or possessor's ones that a party seeks are asked of that state.</summary>
    public PhraseIndex<string> SoughtMeans { get; }

    /// <summary>Verb triggers that state their predicate only of a project named as their object ("working on the Dasu hydropower project").</summary>
    public PhraseIndex<string> ProjectVerbs { get; }

    /// <summary>
    /// Prepositions before the project under which works are built or paid for ("building roads … under the China-Pakistan
    /// Economic Corridor"): a verb of material cooperation whose object is common nouns takes that project.
    /// </summary>
    public PhraseIndex<string> ProgrammePreps { get; }

    /// <summary>Nouns of the staff a state has on a project after its demonym ("Chinese workers on the Dasu hydropower project").</summary>
    public PhraseIndex<string> ProjectStaff { get; }

    /// <summary>Nouns of an act a name after them judges, in apposition to the clause reporting it ("…, a campaign the Taliban have condemned").</summary>
    public PhraseIndex<string> AppraisedActs { get; }

    /// <summary>Nouns of an accusation a rebuttal judges ("charges that New Delhi has dismissed").</summary>
    public PhraseIndex<string> AccusationNouns { get; }

    /// <summary>Project subtypes of sites a state's possessive places in the state ("Iran's Chabahar port"), not built by it.</summary>
    public HashSet<string> PossessedSites { get; }

    /// <summary>Words naming an election or a match: "polls", "runoff", "World Cup".</summary>
    public PhraseIndex<string> Contests { get; }

    /// <summary>Verbs of inviting: "invited Chinese firms to invest" invites an act, not a visit.</summary>
    public PhraseIndex<string> Inviting { get; }

    /// <summary>Verbs of directing a party to act: "directed Interior Minister Mohsin Naqvi to fly to Karachi".</summary>
    public PhraseIndex<string> Directing { get; }

    /// <summary>Words right after the verb of an act asked of a party that say it does it already: "asked Beijing to buy more Kazakh gas".</summary>
    public PhraseIndex<string> Presupposing { get; }

    /// <summary>Verbs of welcoming: a project welcomed is supported, not hosted ("Xi had welcomed the project").</summary>
    public PhraseIndex<string> Welcoming { get; }

    /// <summary>Nouns of a unit of a body after its name: "the Taliban delegation", "the Pakistani army".</summary>
    public PhraseIndex<string> UnitNouns { get; }

    /// <summary>Words of claiming an attack: "claimed responsibility for", "claimed".</summary>
    public PhraseIndex<string> ResponsibilityClaims { get; }

    /// <summary>
    /// Words before a person that "as" and a title complete into the person's office: "elected X as president",
    /// "the appointment of X as foreign minister", "X succeeded Y as president".
    /// </summary>
    public PhraseIndex<string> OfficeTaking { get; }

    /// <summary>Negation between subject and verb: not, never, failed to, refused to.</summary>
    public PhraseIndex<string> Negations { get; }
    /// <summary>Negation of everything after it in the sentence: "no evidence that".</summary>
    public PhraseIndex<string> SentenceNegations { get; }
    /// <summary>Hedges anywhere before the end of the claim: reportedly, may, "is said to".</summary>
    public PhraseIndex<string> Hedges { get; }
    /// <summary>Verbs of saying that make a named speaker the source: said, claimed, told.</summary>
    public PhraseIndex<string> SpeechVerbs { get; }
    /// <summary>Nouns after a demonym or possessive that make it an actor: "Chinese officials", "Pakistan's military".</summary>
    public PhraseIndex<string> Actors { get; }
    /// <summary>Verbs that carry a nominal trigger: "provided aid to", "held talks with".</summary>
    public PhraseIndex<string> LightVerbs { get; }
    /// <summary>Words allowed between a subject and its verb: auxiliaries, adverbs, control verbs.</summary>
    public PhraseIndex<string> Bridges { get; }
    /// <summary>Words allowed between an organisation and a title: then, former, acting.</summary>
    public PhraseIndex<string> TitleModifiers { get; }

    /// <summary>Words that make a head's title a deputy's ("vice chairman", "deputy head").</summary>
    public PhraseIndex<string> Deputies { get; }

    /// <summary>Words before a title that say when or how the office is held: "former", "acting", "then-".</summary>
    public PhraseIndex<string> TenureWords { get; }

    /// <summary>Each word of a title written in several forms, mapped to its group's first ("spokesman" → "spokesperson").</summary>
    public IReadOnlyDictionary<string, string> TitleSynonyms { get; }
    /// <summary>Determiners and adjectives allowed between a light verb and its noun, or a preposition and its object.</summary>
    public PhraseIndex<string> Fillers { get; }
    /// <summary>Nouns that make a mention before them a mere qualifier, not the object: "SCO summits", "Taliban rule".</summary>
    public PhraseIndex<string> ModifierHeads { get; }
    /// <summary>Verbs that reject an accusation: "denied the accusations", "refuted the allegations".</summary>
    public PhraseIndex<string> Rebuttals { get; }
    /// <summary>
    /// Verbs that judge an attack the article reported as wrong, every form written out: "condemned the attack" criticises
    /// whoever the article said carried it out.
    /// </summary>
    public PhraseIndex<string> Condemning { get; }
    /// <summary>Verbs of describing someone as something: "identified China as a threat", "branded them as".</summary>
    public PhraseIndex<string> Describing { get; }
    /// <summary>Nouns whose possessor is the subject of the verb after "to": "Putin's decision to invade Ukraine".</summary>
    public PhraseIndex<string> ControlNouns { get; }
    /// <summary>Verbs whose subject acts through their control noun: "Beijing rarely wastes an opportunity to condemn".</summary>
    public PhraseIndex<string> ControlVerbs { get; }
    /// <summary>Unnamed companions of a named party: "the US and its Western partners", "Washington and its proxies".</summary>
    public PhraseIndex<string> Companions { get; }

    /// <summary>Means of attack whose owner acts through them: "a U.S. drone strike that killed", "Russian missiles struck".</summary>
    public PhraseIndex<string> Instruments { get; }

    /// <summary>Units and approximations around a number a light verb may carry before its noun: "did $188 billion worth of trade with".</summary>
    public PhraseIndex<string> Amounts { get; }
    /// <summary>Head titles that name whoever leads a body, whatever the office: "the Russian leader".</summary>
    public PhraseIndex<string> GenericHeads { get; }
    /// <summary>Modifiers that make an organisation the state's own: "state-owned", "state-run".</summary>
    public PhraseIndex<string> StateOwned { get; }
    /// <summary>Phrases that place a body in the place before them: "Djibouti, home to Camp Lemonnier".</summary>
    public PhraseIndex<string> HomePhrases { get; }
    /// <summary>Prepositions that open a sentence with the place it is about: "In Zambia, …", "Throughout Africa, …".</summary>
    public PhraseIndex<string> PlaceOpeners { get; }
    /// <summary>Words between "in" and a place's name that leave the place the same: "in northern Afghanistan".</summary>
    public PhraseIndex<string> PlaceModifiers { get; }

    /// <summary>Portions of a place before its name ("large swaths of Iraq"); the place still names it.</summary>
    public PhraseIndex<string> PlacePortions { get; }

    /// <summary>Work on a project or a part of it before "of" and its name ("the construction of", "the Kyrgyz section of").</summary>
    public PhraseIndex<string> ProjectWorks { get; }

    /// <summary>Nouns before "of" and a place's name that the place is: "the East African nation of Djibouti".</summary>
    public PhraseIndex<string> PlaceNamers { get; }

    /// <summary>What is mined or extracted, between a two-word verb's words: "mine copper at Mes Aynak".</summary>
    public PhraseIndex<string> Resources { get; }

    /// <summary>Verbs of founding a body, opening a sentence before "with" and its founding members.</summary>
    public PhraseIndex<string> FoundingVerbs { get; }

    /// <summary>Part nouns the tree relates to their owner ("Tajikistan's Gorno-Badakhshan region").</summary>
    public PhraseIndex<string> StructureParts { get; }

    /// <summary>Branch nouns whose "of" names the whole ("the Haqqani faction of the Taliban").</summary>
    public PhraseIndex<string> StructureBranches { get; }

    /// <summary>Parent nouns whose "of" names the part ("the parent of China Road and Bridge Corporation").</summary>
    public PhraseIndex<string> StructureParents { get; }

    /// <summary>Company nouns whose possessor or demonym is the company's country.</summary>
    public PhraseIndex<string> StructureCompanies { get; }

    /// <summary>Every structure noun above, in one index: a cue for the parse gate.</summary>
    public PhraseIndex<string> StructureNouns { get; }
    /// <summary>Verbs of providing before a recipient and "with" ("supplied Kabul with aid").</summary>
    public PhraseIndex<string> ProvisionVerbs { get; }
    /// <summary>Nouns of aid after a verb of providing and "with".</summary>
    public PhraseIndex<string> AidNouns { get; }
    /// <summary>Prepositions of a topic that may stand between a relation noun and its preposition ("agreement on … with").</summary>
    public PhraseIndex<string> TopicPreps { get; }

    /// <summary>Verbs of announcing or discussing whose project object an "in" after it does not place: "announced the BRI in Astana".</summary>
    public PhraseIndex<string> Announcing { get; }
    /// <summary>Nouns for a place described by what it is and where: "Raqqa, a city in northern Syria".</summary>
    public PhraseIndex<string> PlaceHeads { get; }

    /// <summary>Nouns for a site or project described by what it is and where: "Mes Aynak, a copper mine in Logar".</summary>
    public PhraseIndex<string> SiteHeads { get; }

    /// <summary>Nouns for a company or outlet whose nationality is written by them: "Swedish clothing company H&amp;M".</summary>
    public PhraseIndex<string> BodyNouns { get; }
    /// <summary>Verbs and adjectives of being or acting somewhere: "Wagner forces have appeared in Libya", "remains active in".</summary>
    public PhraseIndex<string> PresenceVerbs { get; }
    /// <summary>Verbs of taking refuge (presence verbs too), by which a person's presence is a base: "was still sheltering in".</summary>
    public PhraseIndex<string> RefugeVerbs { get; }
    /// <summary>Acts directed from a base, before "from" and the place: "launches attacks from Afghan soil".</summary>
    public PhraseIndex<string> BaseActs { get; }
    /// <summary>Nouns for the armed members or cells of a named group: "Wagner forces", "ISKP militants".</summary>
    public PhraseIndex<string> PresenceUnits { get; }
    /// <summary>Nouns for a group's branches and sites before "in": "TTP hideouts in Khost", "the Taliban government in Kabul".</summary>
    public PhraseIndex<string> GroupSites { get; }
    /// <summary>Nouns for a militant group's sites and units in a clause a place opens: "In Kunduz, Taliban positions …".</summary>
    public PhraseIndex<string> FrontedSites { get; }
    /// <summary>Nouns for unnamed sites an attack strikes before "in" and a place: "struck targets in Kabul", "shelled homes in".</summary>
    public PhraseIndex<string> StruckSites { get; }
    /// <summary>Verbs of threatening or vowing, every form, before "to" or "that" and an act of force: "vowed to attack", "warned that … would strike".</summary>
    public PhraseIndex<string> Threatening { get; }
    /// <summary>Verbs of hoping before a party and a modal: "China hoped Pakistan would allow …".</summary>
    public PhraseIndex<string> Hoping { get; }
    /// <summary>Verbs of expecting or demanding before what is wanted and "from" a party: "expected \"verifiable action\" from Kabul".</summary>
    public PhraseIndex<string> Expecting { get; }
    /// <summary>Modals of advice before a verb of requesting: "the West should not just lobby African governments to …" asks no one.</summary>
    public PhraseIndex<string> AdviceModals { get; }
    /// <summary>Nouns of fighting both sides do: "Pakistan's four-day conflict with India" holds each way.</summary>
    public PhraseIndex<string> MutualNouns { get; }
    /// <summary>Plural nouns for bodies after "one of" a country's possessive: "one of Kenya's largest newspapers".</summary>
    public PhraseIndex<string> NationalBodies { get; }
    /// <summary>Lemmas that negate what they govern on the tree: "refused to meet", "was going to be impossible".</summary>
    public IReadOnlyList<string> NegativeLemmas { get; }
    /// <summary>Nouns of a relation between parties ("relations", "ties"), asserted only as the sentence asserts them.</summary>
    public IReadOnlyList<string> RelationNounWords { get; }
    /// <summary><see cref="RelationNounWords"/> in a phrase index, which rejects most words by length and first letter.</summary>
    public PhraseIndex<string> RelationNouns { get; }
    /// <summary>Modifiers of a relation noun that make it ALLIED_WITH: "close ties", "a special relationship".</summary>
    public IReadOnlyList<string> RelationClose { get; }
    /// <summary>Modifiers that assert a relation: "strong ties", "warm relations".</summary>
    public IReadOnlyList<string> RelationPositive { get; }
    /// <summary>Modifiers that deny it: "tense relations", "a complicated relationship".</summary>
    public IReadOnlyList<string> RelationNegative { get; }
    /// <summary>Lemmas of verbs that assert a relation noun they govern: "maintained ties with", "sought a closer relationship".</summary>
    public IReadOnlyList<string> RelationVerbs { get; }
    /// <summary>Nouns for those who govern a place: "the Taliban, the de facto authorities in Afghanistan".</summary>
    public PhraseIndex<string> RulingNouns { get; }
    /// <summary>Verbs of ruling or holding power: "in Afghanistan, where the Taliban continue to exert a weak grip on power".</summary>
    public PhraseIndex<string> RulingVerbs { get; }
    /// <summary>Words for money owed that, like an amount, make a verb of owing a debt: "owed nearly all of that money to China".</summary>
    public PhraseIndex<string> Money { get; }
    /// <summary>Nouns for a state's own undertaking: "the Belt and Road Initiative, China's sprawling infrastructure project".</summary>
    public PhraseIndex<string> ProjectHeads { get; }
    /// <summary>A person's place in a photo, bracketed after the caption's subject: "Xi Jinping (left) walks alongside …".</summary>
    public PhraseIndex<string> PhotoPositions { get; }

    /// <summary>Prepositions of time before a gerund that takes its clause's subject: "after signing an agreement with China".</summary>
    public PhraseIndex<string> GerundTimes { get; }

    /// <summary>Prepositions before a gerund that share the clause's subject: "confounded expectations by courting New Delhi".</summary>
    public PhraseIndex<string> GerundOpeners { get; }

    /// <summary>Verbs of finding or regarding whose object the role after it describes: "find Moscow a complicated partner".</summary>
    public PhraseIndex<string> Considering { get; }

    /// <summary>Nouns of membership after an organisation's name: "SCO members such as Kazakhstan", "full SCO member states".</summary>
    public PhraseIndex<string> MemberNouns { get; }

    /// <summary>Words between a copula or comma and the organisation of a member noun: "became full SCO members", "a fellow SCO member".</summary>
    public PhraseIndex<string> MemberModifiers { get; }

    /// <summary>Nouns of an organisation's office its members hold in turn: "the SCO's rotating chairmanship".</summary>
    public PhraseIndex<string> ChairOffices { get; }

    /// <summary>Verbs of holding or taking over an office, before <see cref="ChairOffices"/>: "holds", "took over".</summary>
    public PhraseIndex<string> OfficeHolding { get; }

    /// <summary>Verbs only a place does, whose relative clause is said of the place before it: "Badakhshan, which borders China".</summary>
    public PhraseIndex<string> PlaceVerbs { get; }

    /// <summary>Verbs of choosing a place for a visit: "decision to pick Central Asia for his first foreign trip".</summary>
    public PhraseIndex<string> Choosing { get; }

    /// <summary>What a chosen place is made for a visit: "for", "the site of".</summary>
    public PhraseIndex<string> DestinationPhrases { get; }

    /// <summary>Nouns of violent acts whose agent, after "by", is the subject of the verb that follows: "attacks by the BLA have killed".</summary>
    public PhraseIndex<string> AgentActs { get; }

    /// <summary>Role nouns whose possessor owns or employs the holder: "the Taliban's state rail operator" operates nothing of the Taliban's.</summary>
    public PhraseIndex<string> OwnedRoles { get; }

    /// <summary>Verbs by which a relation named before them ends: "the wider China-India relationship fell apart".</summary>
    public PhraseIndex<string> Breakdowns { get; }

    /// <summary>Verbs by which a relation named right before them grows better: "Relations between Bishkek and Dushanbe have improved".</summary>
    public PhraseIndex<string> Improvements { get; }

    /// <summary>Words comparing parties with a member, who share its membership: "Kazakhstan belongs to the EAEU, along with Belarus".</summary>
    public PhraseIndex<string> Likeness { get; }

    /// <summary>Words contrasting parties with a member, whose membership is the reverse: "Unlike Kazakhstan, Uzbekistan is not a member".</summary>
    public PhraseIndex<string> Unlikeness { get; }

    /// <summary>Verbs that end what the noun after them names: "China ended its support for the Taliban" is negated.</summary>
    public PhraseIndex<string> Endings { get; }

    /// <summary>Nouns for a state's ground after its demonym: "operates from Pakistani soil", "on Afghan territory".</summary>
    public PhraseIndex<string> TerritoryNouns { get; }

    /// <summary>Nouns of buying before "of" and goods: "Beijing's imports of Turkmen gas" (the possessor buys from the goods' state).</summary>
    public PhraseIndex<string> PurchaseNouns { get; }

    /// <summary>Words after goods that name where they go, the last word a preposition ("to", "bound for").</summary>
    public PhraseIndex<string> GoodsDestinations { get; }
    /// <summary>Verbs of buying, before a country's goods: "China buys most Turkmen gas".</summary>
    public PhraseIndex<string> BuyingVerbs { get; }
    /// <summary>Nouns of buyers before "of" and a country's goods: "the biggest buyer of Turkmen gas".</summary>
    public PhraseIndex<string> BuyerNouns { get; }

    /// <summary>Nouns for money lent, after the lender's demonym: "Djibouti's Chinese debt", "Zambia's Chinese loans".</summary>
    public PhraseIndex<string> LendingNouns { get; }

    /// <summary>Verbs of building or running a project, before it and "with" its co-builders: "is building the Trans-Afghan Railway with Kabul".</summary>
    public PhraseIndex<string> CoBuildingVerbs { get; }

    /// <summary>Words that name a partner in the work after a building verb and its object: "build the line together with Turkmengaz".</summary>
    public PhraseIndex<string> JointWorkPreps { get; }

    /// <summary>Nouns of a body parties form together and participles of owning together: "a consortium of MCC and Jiangxi Copper".</summary>
    public PhraseIndex<string> JointHoldings { get; }

    /// <summary>Words after a joint holding that name its parties: "a joint venture owned by", "co-owned by".</summary>
    public PhraseIndex<string> JointHoldingPreps { get; }

    /// <summary>
    /// Verbs of forming, running or holding a joint act or body, every form written out: their subjects, two or more named
    /// together, cooperate ("Russia's FSB and Kyrgyzstan's State Committee for National Security run a joint task force").
    /// </summary>
    public PhraseIndex<string> JointActVerbs { get; }

    /// <summary>Words that set a person beside another at what the clause's subject does: "opened the facility alongside Nooruddin Azizi".</summary>
    public PhraseIndex<string> SideBySide { get; }

    /// <summary>Adverbs by which parties act as one: "the two sides said they would jointly combat the BLA" (COOPERATES_WITH).</summary>
    public PhraseIndex<string> JointAdverbs { get; }

    /// <summary>Past participles of conferring a site on a party, before "to" and the party: "leased to Metallurgical Corporation of China".</summary>
    public PhraseIndex<string> ConferralVerbs { get; }

    /// <summary>Nouns of a group of lessees before "of" or "led by" and its members: "a consortium of MCC and Jiangxi Copper".</summary>
    public PhraseIndex<string> LesseeGroups { get; }

    /// <summary>Words that end a FUNDS verb's object before a state named in it: "financed the war against Ukrainian forces".</summary>
    public PhraseIndex<string> FundedObjectStops { get; }

    /// <summary>Verbs of bringing a topic up, before it and "with" a party: "raised the issue with Muttaqi".</summary>
    public PhraseIndex<string> TopicRaising { get; }

    /// <summary>Phrases of talking by telephone: "by phone", "in a phone call".</summary>
    public PhraseIndex<string> PhoneMeans { get; }

    /// <summary>Verbs of addressing someone that a phrase of <see cref="PhoneMeans"/> makes a telephone conversation: "told", "spoke".</summary>
    public PhraseIndex<string> CallingVerbs { get; }

    /// <summary>Nouns of a level or mood that a verb of <see cref="TopicRaising"/> raises: "raised tensions with India".</summary>
    public PhraseIndex<string> RaisedLevels { get; }

    /// <summary>Nouns for what a possessor owes, before the lender after "to", "with" or "from": "Zambia's debt to China".</summary>
    public PhraseIndex<string> OwedNouns { get; }

    /// <summary>Verbs and nouns of receiving before a giver's demonym and what it gives: "embraced Chinese investment", "reliance on Chinese financing".</summary>
    public PhraseIndex<string> Receiving { get; }

    /// <summary>Words of owing that need no sum to state a debt: "indebted".</summary>
    public PhraseIndex<string> DebtStates { get; }

    /// <summary>Nouns for the states of a region after its demonym: "states", "countries".</summary>
    public PhraseIndex<string> StateNouns { get; }

    /// <summary>Participles before "by" and an attacker: "carried out", "claimed", "perpetrated".</summary>
    public PhraseIndex<string> AttackAgents { get; }

    /// <summary>Words of harm done to an attack's victims: "killed", "wounding".</summary>
    public PhraseIndex<string> HarmWords { get; }

    /// <summary>Verbs of blaming and phrases of laying blame, every form: "blamed", "pinned the blame" (before "on" and a party).</summary>
    public PhraseIndex<string> Blaming { get; }

    /// <summary>Verbs of putting a party on a list or taking it off, every form: "added", "removed" (with <see cref="ListNouns"/>).</summary>
    public PhraseIndex<string> ListingVerbs { get; }

    /// <summary>Nouns of the lists a party is put on or taken off: "list", "blacklist", "sanctions list".</summary>
    public PhraseIndex<string> ListNouns { get; }

    /// <summary>Verbs of relieving a debt, every form: "cancelled", "wrote off", "exempted" (with <see cref="RelievedNouns"/>).</summary>
    public PhraseIndex<string> ReliefVerbs { get; }

    /// <summary>Nouns of what a relief verb relieves: "debt", "loans", "interest payments".</summary>
    public PhraseIndex<string> RelievedNouns { get; }

    /// <summary>Verbs by which a lender holds a share of a borrower's debt: "holds", "accounts for".</summary>
    public PhraseIndex<string> DebtHolding { get; }

    /// <summary>Words of a share of a debt: "percent", "a third".</summary>
    public PhraseIndex<string> ShareWords { get; }

    /// <summary>Participles of carrying between a vehicle and those it carries ("a bus carrying Chinese engineers").</summary>
    public PhraseIndex<string> Carrying { get; }

    /// <summary>Nouns of a place within a state, after the state's demonym or possessive ("the Uzbek city of Andijan").</summary>
    public PhraseIndex<string> PlacePartNouns { get; }

    /// <summary>Titles of a profession ("scholar", "analyst"): after a country's demonym they state nationality, not an office.</summary>
    public PhraseIndex<string> Professions { get; }

    /// <summary>Verbs of academic work a person does at a body: "who studies South Asia at Renmin University".</summary>
    public PhraseIndex<string> AcademicWork { get; }

    /// <summary>Honorifics a name's mention leaves out: "Mawlawi" in "Balkh's governor, Mawlawi Nasrullah Mudabir".</summary>
    public PhraseIndex<string> Honorifics { get; }

    /// <summary>Participles of appointing glued after who appointed: "Taliban-appointed" in "Balkh's Taliban-appointed governor".</summary>
    public PhraseIndex<string> Appointing { get; }

    /// <summary>Lower-case portfolio words before an office's title: "health" in "a provincial health official".</summary>
    public PhraseIndex<string> Portfolios { get; }

    /// <summary>Nouns of an envoy's papers: "credentials" in "Xi Jinping received Bilal Karimi's credentials".</summary>
    public PhraseIndex<string> Credentials { get; }

    /// <summary>Verbs of accepting an envoy's papers, every form: "received" in "received Bilal Karimi's credentials".</summary>
    public PhraseIndex<string> Accepting { get; }

    /// <summary>Verbs of presenting an envoy's papers, every form: "presented" in "Zhao presented his credentials to Akhund".</summary>
    public PhraseIndex<string> Presenting { get; }

    /// <summary>Nouns of a share whose possessor holds it: "China's share of".</summary>
    public PhraseIndex<string> ShareNouns { get; }

    /// <summary>Verbs of holding a share of a body, every form: "holds" in "in which China holds 51 percent".</summary>
    public PhraseIndex<string> StakeHolding { get; }

    /// <summary>Nouns of a holder's part of a body without a number: "the rest", "a stake".</summary>
    public PhraseIndex<string> StakeWords { get; }

    /// <summary>Adjectives of adjacency: "Badakhshan and neighbouring Takhar" → BORDERS.</summary>
    public PhraseIndex<string> Adjacency { get; }

    /// <summary>Words that place a party in a set named after them: "among" in "among Afghanistan's neighbours".</summary>
    public PhraseIndex<string> Partitives { get; }

    /// <summary>Verbs of facing: a place before one and another after it lie across a border (BORDERS).</summary>
    public PhraseIndex<string> FacingVerbs { get; }

    /// <summary>Verbs of separating: a place before one borders the places it separates (BORDERS).</summary>
    public PhraseIndex<string> SeparatingVerbs { get; }

    /// <summary>Prepositions of the far side of a river or border: places on either side border each other.</summary>
    public PhraseIndex<string> FarSidePreps { get; }

    /// <summary>Nouns of a line between places after <see cref="FarSidePreps"/>: "across the river from".</summary>
    public PhraseIndex<string> DividingNouns { get; }

    /// <summary>Nouns of a state's border a place lies on: "Hairatan, on the Uzbek border" (BORDERS).</summary>
    public PhraseIndex<string> BorderLines { get; }

    /// <summary>Verbs of lying in a place: "Kunduz lies across the Amu Darya from Termez".</summary>
    public PhraseIndex<string> LyingVerbs { get; }

    /// <summary>Verbs whose object is a means and whose subject does the infinitive after it: "used the Astana meeting to press Beijing".</summary>
    public PhraseIndex<string> UsingVerbs { get; }
    /// <summary>Nouns of a quantity whose "of" names the goods a verb moves: "shipped record volumes of fuel to Afghanistan".</summary>
    public PhraseIndex<string> GoodsMeasures { get; }

    /// <summary>The <see cref="Receiving"/> cues as written, for "relies heavily on" (an adverb inside a two-word cue).</summary>
    public IReadOnlyList<string> ReceivingPhrases { get; }

    /// <summary>Adverbs inside a verb of receiving: "relies heavily on".</summary>
    public PhraseIndex<string> ReceivingAdverbs { get; }

    /// <summary>Verbs by which a state or person convenes parties: "brought together officials from Afghanistan and Pakistan".</summary>
    public PhraseIndex<string> Convening { get; }

    /// <summary>Verbs of firing or launching, every form: "fired", "launched", "aimed" (with <see cref="Projectiles"/>).</summary>
    public PhraseIndex<string> FiringVerbs { get; }

    /// <summary>Nouns of what is fired at a target: "rockets", "mortar shells", "lasers".</summary>
    public PhraseIndex<string> Projectiles { get; }

    /// <summary>Nouns of a body's unit that a name in apposition after them names: "the U.N. mission, MONUSCO".</summary>
    public PhraseIndex<string> ApposedUnits { get; }

    /// <summary>Verbs whose subject is a body and whose listed objects its members or parts: "It now includes India, Pakistan and Iran".</summary>
    public PhraseIndex<string> InclusionVerbs { get; }

    /// <summary>Verbs of accusing before the accused and "of" or "for" an act: "accused Kabul of harbouring the TTP".</summary>
    public PhraseIndex<string> Accusing { get; }

    /// <summary>Words that report what follows them as an accusation: a claim read right after one is hedged ("accusations that the TTP operates from …").</summary>
    public PhraseIndex<string> ReportedContent { get; }

    /// <summary>Verbs by which coordinated parties hold a symmetric relation named by a noun: "Kazakhstan and China share a long border".</summary>
    public PhraseIndex<string> HavingVerbs { get; }

    /// <summary>True when a <see cref="StateOwned"/> phrase ends right before token <paramref name="i"/> ("state-owned China Central Television").</summary>
    public bool StateOwnedBefore(Extraction.Arguments.SentenceView view, int i)
    {
        for (int s = i - 1; s >= Math.Max(view.First, i - 4); s--)
        {
            if (StateOwned.LongestAt(view, s) == i - s)
            {
                return true;
            }
        }

        return false;
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
