namespace KnowledgeGraph.Relate.Claims.Lexicon;

// The cues of clause and modality words: negation, hedging, speech, the words between a verb and its arguments, and control.
internal sealed partial class ClaimCues
{
    /// <summary>Negation between subject and verb: not, never, failed to, refused to.</summary>
    public PhraseIndex<string> Negations { get; }

    /// <summary>Negation of everything after it in the sentence: "no evidence that".</summary>
    public PhraseIndex<string> SentenceNegations { get; }

    /// <summary>Lemmas that negate what they govern on the tree: "refused to meet", "was going to be impossible".</summary>
    public IReadOnlyList<string> NegativeLemmas { get; }

    /// <summary>Hedges anywhere before the end of the claim: reportedly, may, "is said to".</summary>
    public PhraseIndex<string> Hedges { get; }

    /// <summary>Words that report what follows them as an accusation: a claim read right after one is hedged ("accusations that the TTP operates from …").</summary>
    public PhraseIndex<string> ReportedContent { get; }

    /// <summary>Verbs of saying that make a named speaker the source: said, claimed, told.</summary>
    public PhraseIndex<string> SpeechVerbs { get; }

    /// <summary>Words allowed between a subject and its verb: auxiliaries, adverbs, control verbs.</summary>
    public PhraseIndex<string> Bridges { get; }

    /// <summary>Verbs that carry a nominal trigger: "provided aid to", "held talks with".</summary>
    public PhraseIndex<string> LightVerbs { get; }

    /// <summary>Determiners and adjectives allowed between a light verb and its noun, or a preposition and its object.</summary>
    public PhraseIndex<string> Fillers { get; }

    /// <summary>Units and approximations around a number a light verb may carry before its noun: "did $188 billion worth of trade with".</summary>
    public PhraseIndex<string> Amounts { get; }

    /// <summary>Adverbials skipped between a verb and its object: "condemns in the strongest terms the …".</summary>
    public PhraseIndex<string> ObjectAsides { get; }

    /// <summary>Nouns that make a mention before them a mere qualifier, not the object: "SCO summits", "Taliban rule".</summary>
    public PhraseIndex<string> ModifierHeads { get; }

    /// <summary>Prepositions of a topic that may stand between a relation noun and its preposition ("agreement on … with").</summary>
    public PhraseIndex<string> TopicPreps { get; }

    /// <summary>Unnamed companions of a named party: "the US and its Western partners", "Washington and its proxies".</summary>
    public PhraseIndex<string> Companions { get; }

    /// <summary>Nouns whose possessor is the subject of the verb after "to": "Putin's decision to invade Ukraine".</summary>
    public PhraseIndex<string> ControlNouns { get; }

    /// <summary>Verbs whose subject acts through their control noun: "Beijing rarely wastes an opportunity to condemn".</summary>
    public PhraseIndex<string> ControlVerbs { get; }

    /// <summary>Verbs whose object is a means and whose subject does the infinitive after it: "used the Astana meeting to press Beijing".</summary>
    public PhraseIndex<string> UsingVerbs { get; }

    /// <summary>
    /// Verbs of meeting or calling a party, whose infinitive of purpose or conjoined verb of talks or demands is done with
    /// that party: "met Badri on Monday to discuss the contract".
    /// </summary>
    public PhraseIndex<string> MeetingVerbs { get; }

    /// <summary>
    /// Words after "no" and a noun that keep one name out of it, the subject of the clause: "which no country except Russia
    /// has formally recognised".
    /// </summary>
    public PhraseIndex<string> Exceptives { get; }

    /// <summary>Prepositions of time before a gerund that takes its clause's subject: "after signing an agreement with China".</summary>
    public PhraseIndex<string> GerundTimes { get; }

    /// <summary>Prepositions before a gerund that share the clause's subject: "confounded expectations by courting New Delhi".</summary>
    public PhraseIndex<string> GerundOpeners { get; }

    /// <summary>Verbs of describing someone as something: "identified China as a threat", "branded them as".</summary>
    public PhraseIndex<string> Describing { get; }

    /// <summary>Verbs of finding or regarding whose object the role after it describes: "find Moscow a complicated partner".</summary>
    public PhraseIndex<string> Considering { get; }

    /// <summary>Verbs of passing another in a rank: "China has overtaken Russia as Uzbekistan's largest trading partner".</summary>
    public PhraseIndex<string> Overtaking { get; }

    /// <summary>Words after a partner role naming another holder ranked against the first: "second-largest trading partner after China".</summary>
    public PhraseIndex<string> RankRivals { get; }

    /// <summary>Words of a rank in a series ("first", "only") before the agent noun of an infinitive: "became the first country to recognise".</summary>
    public PhraseIndex<string> Ranks { get; }

    /// <summary>Agent nouns a rank qualifies besides actors, bodies, states, members and titles: "the first capital to accept".</summary>
    public PhraseIndex<string> RankedHeads { get; }

    /// <summary>Pro-verbs standing for an act stated before them: "although Russia did so in July".</summary>
    public PhraseIndex<string> ProVerbs { get; }

    /// <summary>A person's place in a photo, bracketed after the caption's subject: "Xi Jinping (left) walks alongside …".</summary>
    public PhraseIndex<string> PhotoPositions { get; }

    /// <summary>Verbs of hoping before a party and a modal: "China hoped Pakistan would allow …".</summary>
    public PhraseIndex<string> Hoping { get; }

    /// <summary>Verbs of expecting or demanding before what is wanted and "from" a party: "expected \"verifiable action\" from Kabul".</summary>
    public PhraseIndex<string> Expecting { get; }

    /// <summary>Modals of advice before a verb of requesting: "the West should not just lobby African governments to …" asks no one.</summary>
    public PhraseIndex<string> AdviceModals { get; }

    /// <summary>Verbs of inviting: "invited Chinese firms to invest" invites an act, not a visit.</summary>
    public PhraseIndex<string> Inviting { get; }

    /// <summary>Verbs of directing a party to act: "directed Interior Minister Mohsin Naqvi to fly to Karachi".</summary>
    public PhraseIndex<string> Directing { get; }

    /// <summary>Words right after the verb of an act asked of a party that say it does it already: "asked Beijing to buy more Kazakh gas".</summary>
    public PhraseIndex<string> Presupposing { get; }

    /// <summary>Words that place a party in a set named after them: "among" in "among Afghanistan's neighbours".</summary>
    public PhraseIndex<string> Partitives { get; }
}
