namespace KnowledgeGraph.Relate.Claims.Lexicon;

// The cues of conflict: attacks and their means, taking ground, blame, accusations and condemnation.
internal sealed partial class ClaimCues
{
    /// <summary>Means of attack whose owner acts through them: "a U.S. drone strike that killed", "Russian missiles struck".</summary>
    public PhraseIndex<string> Instruments { get; }

    /// <summary>Verbs of firing or launching, every form: "fired", "launched", "aimed" (with <see cref="Projectiles"/>).</summary>
    public PhraseIndex<string> FiringVerbs { get; }

    /// <summary>Nouns of what is fired at a target: "rockets", "mortar shells", "lasers".</summary>
    public PhraseIndex<string> Projectiles { get; }

    /// <summary>Participles before "by" and an attacker: "carried out", "claimed", "perpetrated".</summary>
    public PhraseIndex<string> AttackAgents { get; }

    /// <summary>Nouns of violent acts whose agent, after "by", is the subject of the verb that follows: "attacks by the BLA have killed".</summary>
    public PhraseIndex<string> AgentActs { get; }

    /// <summary>Words of harm done to an attack's victims: "killed", "wounding".</summary>
    public PhraseIndex<string> HarmWords { get; }

    /// <summary>Participles of carrying between a vehicle and those it carries ("a bus carrying Chinese engineers").</summary>
    public PhraseIndex<string> Carrying { get; }

    /// <summary>Nouns for unnamed sites an attack strikes before "in" and a place: "struck targets in Kabul", "shelled homes in".</summary>
    public PhraseIndex<string> StruckSites { get; }

    /// <summary>Words of claiming an attack: "claimed responsibility for", "claimed".</summary>
    public PhraseIndex<string> ResponsibilityClaims { get; }

    /// <summary>Verb triggers whose object is a name, never a demonym before a noun: "seize African assets" attacks no one.</summary>
    public PhraseIndex<string> NameObjectVerbs { get; }

    /// <summary>Verbs of taking ground: the party after "from" is attacked ("captured Nauru from Germany").</summary>
    public PhraseIndex<string> TakingVerbs { get; }

    /// <summary>Taking verbs that also say a handover: the party after "from" is attacked only when the ground names a place ("took over Kabul from").</summary>
    public PhraseIndex<string> HandoverVerbs { get; }

    /// <summary>Verbs of losing ground: the party after "to" attacks the loser ("lost the West Bank to Israel").</summary>
    public PhraseIndex<string> LosingVerbs { get; }

    /// <summary>Verbs of driving a party out of a place: the party is attacked ("drove ISIL out of Ramadi").</summary>
    public PhraseIndex<string> ExpellingVerbs { get; }

    /// <summary>Nouns of fighting both sides do: "Pakistan's four-day conflict with India" holds each way.</summary>
    public PhraseIndex<string> MutualNouns { get; }

    /// <summary>Verbs of threatening or vowing, every form, before "to" or "that" and an act of force: "vowed to attack", "warned that … would strike".</summary>
    public PhraseIndex<string> Threatening { get; }

    /// <summary>Verbs of calling on or urging, every form, before a possessive pronoun, the subject's own people and "to" and an act of force: "called on its followers to attack".</summary>
    public PhraseIndex<string> Inciting { get; }

    /// <summary>Words that revile a party as its oppressor, occupier, looter or coloniser, said in a quotation: "the Chinese oppressors".</summary>
    public PhraseIndex<string> Reviling { get; }

    /// <summary>Participles of speech after a clause and a comma: "claimed the attack, saying …", "calling the Chinese workers …".</summary>
    public PhraseIndex<string> QuotingParticiples { get; }

    /// <summary>Verbs of blaming and phrases of laying blame, every form: "blamed", "pinned the blame" (before "on" and a party).</summary>
    public PhraseIndex<string> Blaming { get; }

    /// <summary>Verbs of putting a party on a list or taking it off, every form: "added", "removed" (with <see cref="ListNouns"/>).</summary>
    public PhraseIndex<string> ListingVerbs { get; }

    /// <summary>Nouns of the lists a party is put on or taken off: "list", "blacklist", "sanctions list".</summary>
    public PhraseIndex<string> ListNouns { get; }

    /// <summary>Verbs of accusing before the accused and "of" or "for" an act: "accused Kabul of harbouring the TTP".</summary>
    public PhraseIndex<string> Accusing { get; }

    /// <summary>Nouns of an accusation a rebuttal judges ("charges that New Delhi has dismissed").</summary>
    public PhraseIndex<string> AccusationNouns { get; }

    /// <summary>Verbs that reject an accusation: "denied the accusations", "refuted the allegations".</summary>
    public PhraseIndex<string> Rebuttals { get; }

    /// <summary>
    /// Verbs that judge an attack the article reported as wrong, every form written out: "condemned the attack" criticises
    /// whoever the article said carried it out.
    /// </summary>
    public PhraseIndex<string> Condemning { get; }

    /// <summary>Nouns of a party's failings ("its own security failures"), which a speaker voicing them criticises the party by.</summary>
    public PhraseIndex<string> Failings { get; }

    /// <summary>Verbs by which a speaker voices words about another party, every form: "said", "saying", "urged" (with <see cref="Failings"/>).</summary>
    public PhraseIndex<string> VoicingVerbs { get; }

    /// <summary>Nouns of a demand or request a party makes of another: "Taliban demands", "Chinese requests", "China's request".</summary>
    public PhraseIndex<string> DemandNouns { get; }

    /// <summary>Verbs by which the party asked answers a demand, every form: "rejected", "resisted", "committed to" (with <see cref="DemandNouns"/>).</summary>
    public PhraseIndex<string> DemandAnswers { get; }

    /// <summary>Nouns of an act a name after them judges, in apposition to the clause reporting it ("…, a campaign the Taliban have condemned").</summary>
    public PhraseIndex<string> AppraisedActs { get; }
}
