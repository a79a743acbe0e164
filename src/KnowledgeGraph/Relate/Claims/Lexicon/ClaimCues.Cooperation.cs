namespace KnowledgeGraph.Relate.Claims.Lexicon;

// The cues of material cooperation: aid, money and debt, trade, projects and joint works.
internal sealed partial class ClaimCues
{
    /// <summary>Verbs of giving before a recipient, a sum and "in" a noun of aid or lending: "gave Pakistan $4 billion in loans".</summary>
    public PhraseIndex<string> GivingVerbs { get; }

    /// <summary>Verbs of putting money into something before a sum and "into" a project: "poured about $30 billion into CPEC projects".</summary>
    public PhraseIndex<string> PouringVerbs { get; }

    /// <summary>Verbs of providing before a recipient and "with" ("supplied Kabul with aid").</summary>
    public PhraseIndex<string> ProvisionVerbs { get; }

    /// <summary>Nouns of aid after a verb of providing and "with".</summary>
    public PhraseIndex<string> AidNouns { get; }

    /// <summary>Nouns of backing in a clause's manner: "with US backing", "with the help of the French military".</summary>
    public PhraseIndex<string> BackingNouns { get; }

    /// <summary>Verbs and nouns of receiving before a giver's demonym and what it gives: "embraced Chinese investment", "reliance on Chinese financing".</summary>
    public PhraseIndex<string> Receiving { get; }

    /// <summary>The <see cref="Receiving"/> cues as written, for "relies heavily on" (an adverb inside a two-word cue).</summary>
    public IReadOnlyList<string> ReceivingPhrases { get; }

    /// <summary>Adverbs inside a verb of receiving: "relies heavily on".</summary>
    public PhraseIndex<string> ReceivingAdverbs { get; }

    /// <summary>Verbs of seeking or requesting: what a party seeks from another (its loans, its support) is not yet given.</summary>
    public PhraseIndex<string> SeekingVerbs { get; }

    /// <summary>Nouns of means a party asks another for: a demonym's or possessor's ones that a party seeks are asked of that state.</summary>
    public PhraseIndex<string> SoughtMeans { get; }

    /// <summary>Words for money owed that, like an amount, make a verb of owing a debt: "owed nearly all of that money to China".</summary>
    public PhraseIndex<string> Money { get; }

    /// <summary>Nouns for money lent, after the lender's demonym: "Djibouti's Chinese debt", "Zambia's Chinese loans".</summary>
    public PhraseIndex<string> LendingNouns { get; }

    /// <summary>
    /// Passive participles of paying whose "by" names the money as "with" does: "a project financed largely by Chinese loans",
    /// "covered by a loan from the Export-Import Bank of China".
    /// </summary>
    public PhraseIndex<string> PayingPassives { get; }

    /// <summary>Nouns for what a possessor owes, before the lender after "to", "with" or "from": "Zambia's debt to China".</summary>
    public PhraseIndex<string> OwedNouns { get; }

    /// <summary>Words of owing that need no sum to state a debt: "indebted".</summary>
    public PhraseIndex<string> DebtStates { get; }

    /// <summary>Verbs by which a lender holds a share of a borrower's debt: "holds", "accounts for".</summary>
    public PhraseIndex<string> DebtHolding { get; }

    /// <summary>Words of a share of a debt: "percent", "a third".</summary>
    public PhraseIndex<string> ShareWords { get; }

    /// <summary>Verbs of relieving a debt, every form: "cancelled", "wrote off", "exempted" (with <see cref="RelievedNouns"/>).</summary>
    public PhraseIndex<string> ReliefVerbs { get; }

    /// <summary>Nouns of what a relief verb relieves: "debt", "loans", "interest payments".</summary>
    public PhraseIndex<string> RelievedNouns { get; }

    /// <summary>Words that end a FUNDS verb's object before a state named in it: "financed the war against Ukrainian forces".</summary>
    public PhraseIndex<string> FundedObjectStops { get; }

    /// <summary>Nouns of a share whose possessor holds it: "China's share of".</summary>
    public PhraseIndex<string> ShareNouns { get; }

    /// <summary>Verbs of holding a share of a body, every form: "holds" in "in which China holds 51 percent".</summary>
    public PhraseIndex<string> StakeHolding { get; }

    /// <summary>Nouns of a holder's part of a body without a number: "the rest", "a stake".</summary>
    public PhraseIndex<string> StakeWords { get; }

    /// <summary>Verbs of buying, before a country's goods: "China buys most Turkmen gas".</summary>
    public PhraseIndex<string> BuyingVerbs { get; }

    /// <summary>Nouns of buyers before "of" and a country's goods: "the biggest buyer of Turkmen gas".</summary>
    public PhraseIndex<string> BuyerNouns { get; }

    /// <summary>Nouns of buying before "of" and goods: "Beijing's imports of Turkmen gas" (the possessor buys from the goods' state).</summary>
    public PhraseIndex<string> PurchaseNouns { get; }

    /// <summary>Words after goods that name where they go, the last word a preposition ("to", "bound for").</summary>
    public PhraseIndex<string> GoodsDestinations { get; }

    /// <summary>Nouns of a way goods travel: a place after the "to" past one is where the way leads, not a buyer ("a route to Europe").</summary>
    public PhraseIndex<string> RouteNouns { get; }

    /// <summary>Nouns of a quantity whose "of" names the goods a verb moves: "shipped record volumes of fuel to Afghanistan".</summary>
    public PhraseIndex<string> GoodsMeasures { get; }

    /// <summary>Verbs of buying and selling (TRADES_WITH): coordinated buyers or sellers do not trade with each other.</summary>
    public PhraseIndex<string> TransferVerbs { get; }

    /// <summary>What is mined or extracted, between a two-word verb's words: "mine copper at Mes Aynak".</summary>
    public PhraseIndex<string> Resources { get; }

    /// <summary>Work on a project or a part of it before "of" and its name ("the construction of", "the Kyrgyz section of").</summary>
    public PhraseIndex<string> ProjectWorks { get; }

    /// <summary>Nouns for a state's own undertaking: "the Belt and Road Initiative, China's sprawling infrastructure project".</summary>
    public PhraseIndex<string> ProjectHeads { get; }

    /// <summary>Verb triggers that state their predicate only of a project named as their object ("working on the Dasu hydropower project").</summary>
    public PhraseIndex<string> ProjectVerbs { get; }

    /// <summary>
    /// Prepositions before the project under which works are built or paid for ("building roads … under the China-Pakistan
    /// Economic Corridor"): a verb of material cooperation whose object is common nouns takes that project.
    /// </summary>
    public PhraseIndex<string> ProgrammePreps { get; }

    /// <summary>Nouns of the staff a state has on a project after its demonym ("Chinese workers on the Dasu hydropower project").</summary>
    public PhraseIndex<string> ProjectStaff { get; }

    /// <summary>Verbs of building or running a project, before it and "with" its co-builders: "is building the Trans-Afghan Railway with Kabul".</summary>
    public PhraseIndex<string> CoBuildingVerbs { get; }

    /// <summary>Words that name a partner in the work after a building verb and its object: "build the line together with Turkmengaz".</summary>
    public PhraseIndex<string> JointWorkPreps { get; }

    /// <summary>Nouns of a body parties form together and participles of owning together: "a consortium of MCC and Jiangxi Copper".</summary>
    public PhraseIndex<string> JointHoldings { get; }

    /// <summary>Words after a joint holding that name its parties: "a joint venture owned by", "co-owned by".</summary>
    public PhraseIndex<string> JointHoldingPreps { get; }

    /// <summary>Nouns of a company several parties own, apposed to its name: "Port Qasim Electric Power Company, a joint venture of PowerChina and …".</summary>
    public PhraseIndex<string> VentureNouns { get; }

    /// <summary>Past participles of conferring a site on a party, before "to" and the party: "leased to Metallurgical Corporation of China".</summary>
    public PhraseIndex<string> ConferralVerbs { get; }

    /// <summary>Nouns of a group of lessees before "of" or "led by" and its members: "a consortium of MCC and Jiangxi Copper".</summary>
    public PhraseIndex<string> LesseeGroups { get; }

    /// <summary>Nouns of a contract or concession before "with" and the company that holds it: "signed contracts … with China Railway Group".</summary>
    public PhraseIndex<string> ContractNouns { get; }

    /// <summary>Verbs of work on a project after a contract, its company and "to": "with China Railway Group … to build the … railway".</summary>
    public PhraseIndex<string> ContractWorkVerbs { get; }
}
