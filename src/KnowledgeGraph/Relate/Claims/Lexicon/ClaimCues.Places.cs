namespace KnowledgeGraph.Relate.Claims.Lexicon;

// The cues of places, presence and bases, borders and visits.
internal sealed partial class ClaimCues
{
    /// <summary>Prepositions that open a sentence with the place it is about: "In Zambia, …", "Throughout Africa, …".</summary>
    public PhraseIndex<string> PlaceOpeners { get; }

    /// <summary>Words between "in" and a place's name that leave the place the same: "in northern Afghanistan".</summary>
    public PhraseIndex<string> PlaceModifiers { get; }

    /// <summary>Portions of a place before its name ("large swaths of Iraq"); the place still names it.</summary>
    public PhraseIndex<string> PlacePortions { get; }

    /// <summary>Nouns before "of" and a place's name that the place is: "the East African nation of Djibouti".</summary>
    public PhraseIndex<string> PlaceNamers { get; }

    /// <summary>Nouns for a place described by what it is and where: "Raqqa, a city in northern Syria".</summary>
    public PhraseIndex<string> PlaceHeads { get; }

    /// <summary>Nouns for a site or project described by what it is and where: "Mes Aynak, a copper mine in Logar".</summary>
    public PhraseIndex<string> SiteHeads { get; }

    /// <summary>Nouns of a place within a state, after the state's demonym or possessive ("the Uzbek city of Andijan").</summary>
    public PhraseIndex<string> PlacePartNouns { get; }

    /// <summary>Verbs only a place does, whose relative clause is said of the place before it: "Badakhshan, which borders China".</summary>
    public PhraseIndex<string> PlaceVerbs { get; }

    /// <summary>Nouns for the states of a region after its demonym: "states", "countries".</summary>
    public PhraseIndex<string> StateNouns { get; }

    /// <summary>Nouns for a state's ground after its demonym: "operates from Pakistani soil", "on Afghan territory".</summary>
    public PhraseIndex<string> TerritoryNouns { get; }

    /// <summary>Phrases that place a body in the place before them: "Djibouti, home to Camp Lemonnier".</summary>
    public PhraseIndex<string> HomePhrases { get; }

    /// <summary>Project subtypes of sites a state's possessive places in the state ("Iran's Chabahar port"), not built by it.</summary>
    public HashSet<string> PossessedSites { get; }

    /// <summary>Titles of an envoy resident where he is posted ("ambassador"): met there, he is at his post, not visiting.</summary>
    public IReadOnlyList<string> ResidentEnvoys { get; }

    /// <summary>
    /// Place subtypes that name land or water, not a party ("geographic": seas, rivers, valleys, mountain ranges): such a
    /// place takes part only in the predicates of <see cref="LandformPredicates"/>.
    /// </summary>
    public HashSet<string> Landforms { get; }

    /// <summary>The predicates a place of <see cref="Landforms"/> may take part in: where things lie, borders, what money pays for.</summary>
    public HashSet<string> LandformPredicates { get; }

    /// <summary>Verbs of announcing or discussing whose project object an "in" after it does not place: "announced the BRI in Astana".</summary>
    public PhraseIndex<string> Announcing { get; }

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

    /// <summary>Verbs of living in a place (BASED_IN): a demonym's people who live there are no presence of their state.</summary>
    public PhraseIndex<string> ResidenceVerbs { get; }

    /// <summary>Nouns for those who govern a place: "the Taliban, the de facto authorities in Afghanistan".</summary>
    public PhraseIndex<string> RulingNouns { get; }

    /// <summary>Verbs of ruling or holding power: "in Afghanistan, where the Taliban continue to exert a weak grip on power".</summary>
    public PhraseIndex<string> RulingVerbs { get; }

    /// <summary>Adjectives of adjacency: "Badakhshan and neighbouring Takhar" → BORDERS.</summary>
    public PhraseIndex<string> Adjacency { get; }

    /// <summary>Prepositions of a border's stretch: "borders Afghanistan through the narrow Wakhan Corridor" → BORDERS the corridor.</summary>
    public PhraseIndex<string> BorderStretch { get; }

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

    /// <summary>Words that place what a copula joins them to: "Balochistan, where Gwadar port is located".</summary>
    public PhraseIndex<string> LocatedWords { get; }

    /// <summary>Verbs of choosing a place for a visit: "decision to pick Central Asia for his first foreign trip".</summary>
    public PhraseIndex<string> Choosing { get; }

    /// <summary>What a chosen place is made for a visit: "for", "the site of".</summary>
    public PhraseIndex<string> DestinationPhrases { get; }
}
