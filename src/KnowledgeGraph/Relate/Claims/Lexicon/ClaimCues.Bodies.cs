namespace KnowledgeGraph.Relate.Claims.Lexicon;

// The cues of bodies, their units and parts, and membership of organisations.
internal sealed partial class ClaimCues
{
    /// <summary>Modifiers that make an organisation the state's own: "state-owned", "state-run".</summary>
    public PhraseIndex<string> StateOwned { get; }

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

    /// <summary>Last words of a state organ's name: "the Kenyan Supreme Court", "the U.S. Fish and Wildlife Service".</summary>
    public PhraseIndex<string> StateOrgans { get; }

    /// <summary>Nouns for a company or outlet whose nationality is written by them: "Swedish clothing company H&amp;M".</summary>
    public PhraseIndex<string> BodyNouns { get; }

    /// <summary>Plural nouns for bodies after "one of" a country's possessive: "one of Kenya's largest newspapers".</summary>
    public PhraseIndex<string> NationalBodies { get; }

    /// <summary>Nouns of a unit of a body after its name: "the Taliban delegation", "the Pakistani army".</summary>
    public PhraseIndex<string> UnitNouns { get; }

    /// <summary>Nouns of a body's unit that a name in apposition after them names: "the U.N. mission, MONUSCO".</summary>
    public PhraseIndex<string> ApposedUnits { get; }

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

    /// <summary>Verbs of founding a body, opening a sentence before "with" and its founding members.</summary>
    public PhraseIndex<string> FoundingVerbs { get; }

    /// <summary>Verbs whose subject is a body and whose listed objects its members or parts: "It now includes India, Pakistan and Iran".</summary>
    public PhraseIndex<string> InclusionVerbs { get; }

    /// <summary>Nouns of membership after an organisation's name: "SCO members such as Kazakhstan", "full SCO member states".</summary>
    public PhraseIndex<string> MemberNouns { get; }

    /// <summary>Words between a copula or comma and the organisation of a member noun: "became full SCO members", "a fellow SCO member".</summary>
    public PhraseIndex<string> MemberModifiers { get; }

    /// <summary>Nouns of an organisation's office its members hold in turn: "the SCO's rotating chairmanship".</summary>
    public PhraseIndex<string> ChairOffices { get; }

    /// <summary>Verbs of holding or taking over an office, before <see cref="ChairOffices"/>: "holds", "took over".</summary>
    public PhraseIndex<string> OfficeHolding { get; }

    /// <summary>Nouns of a party's ally or partner before <see cref="AllianceChannels"/>: "Kazakhstan's main security partner through the CSTO".</summary>
    public PhraseIndex<string> AllianceNouns { get; }

    /// <summary>Prepositions after <see cref="AllianceNouns"/> naming the organisation an alliance is held through: "through", "within".</summary>
    public PhraseIndex<string> AllianceChannels { get; }

    /// <summary>Words comparing parties with a member, who share its membership: "Kazakhstan belongs to the EAEU, along with Belarus".</summary>
    public PhraseIndex<string> Likeness { get; }

    /// <summary>Words contrasting parties with a member, whose membership is the reverse: "Unlike Kazakhstan, Uzbekistan is not a member".</summary>
    public PhraseIndex<string> Unlikeness { get; }
}
