namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// Word lists (gazetteers/cues.yaml, top-level key `cues:`) that let the name discoverer find and type names
/// the gazetteer lacks, and let the resolver choose a name's reading from its context. Every discovery list is matched
/// case-sensitively on whole tokens or token sequences; the resolution lists on whole words in any casing.
/// </summary>
internal sealed record Cues
{
    /// <summary>Titles before a person's name: President, Foreign Minister, Mullah, Gen.</summary>
    public IReadOnlyList<string> PersonTitles { get; init; } = [];
    /// <summary>Last words of organisation names: Ministry, Corporation, Institute, Brigade.</summary>
    public IReadOnlyList<string> OrganisationSuffixes { get; init; } = [];
    /// <summary>Last words of a company's name, after which a demonym that starts the name is a word of it: Corporation, Mining.</summary>
    public IReadOnlyList<string> CompanySuffixes { get; init; } = [];
    /// <summary>Last words of project names: Railway, Corridor, Dam, Port.</summary>
    public IReadOnlyList<string> ProjectSuffixes { get; init; } = [];
    /// <summary>Words that may follow a place's name and a lower-case project head, ending the project's name: in, which.</summary>
    public IReadOnlyList<string> ProjectHeadEnds { get; init; } = [];
    /// <summary>First words of organisation names: Ministry of, Bank of.</summary>
    public IReadOnlyList<string> OrganisationPrefixes { get; init; } = [];
    /// <summary>First words of a state's own government bodies: Ministry of, Embassy of.</summary>
    public IReadOnlyList<string> GovernmentPrefixes { get; init; } = [];
    /// <summary>Heads of a state's own bodies written as a description after its possessive or demonym: navy, air force, supreme court.</summary>
    public IReadOnlyList<string> StateBodyHeads { get; init; } = [];
    /// <summary>Lower-case heads of a province's or town's own body after "the" and its name: police ("the Sindh police").</summary>
    public IReadOnlyList<string> PlaceBodyHeads { get; init; } = [];
    /// <summary>Subjects of a ministry written as "&lt;subject&gt; ministry" after a state's possessive or demonym: foreign, defence, energy.</summary>
    public IReadOnlyList<string> MinistrySubjects { get; init; } = [];
    /// <summary>Heads of a state's diplomatic missions written after its possessive or demonym and before "in" and the host: embassy, consulate.</summary>
    public IReadOnlyList<string> MissionHeads { get; init; } = [];
    /// <summary>British and American spellings of one word, each pair in one string: "defence defense".</summary>
    public IReadOnlyList<string> SpellingVariants { get; init; } = [];
    /// <summary>Words after a place name: province, valley, district.</summary>
    public IReadOnlyList<string> PlaceCues { get; init; } = [];
    /// <summary>Words after an event name: summit, attack, war.</summary>
    public IReadOnlyList<string> EventCues { get; init; } = [];
    /// <summary>Last words of names that are documents or programmes, not entities (Act, Bill, Index).</summary>
    public IReadOnlyList<string> OtherSuffixes { get; init; } = [];
    /// <summary>Capitalised words that never form a name on their own (The, Yet, January).</summary>
    public IReadOnlyList<string> StopWords { get; init; } = [];
    /// <summary>Nouns that describe a person in an apposition or after "is a": ", a correspondent with", "is the chief analyst".</summary>
    public IReadOnlyList<string> PersonRoles { get; init; } = [];
    /// <summary>Nouns that describe a body in an apposition: ", an African research network", ", one of Kenya's largest newspapers".</summary>
    public IReadOnlyList<string> OrganisationDescriptions { get; init; } = [];
    /// <summary>Organisation suffixes whose "of" and a country name the state itself, not a body of it: "the Government of Haiti".</summary>
    public IReadOnlyList<string> StateItselfSuffixes { get; init; } = [];
    /// <summary>Roles whose "of" names a body, not a place: "chief executive of Safaricom", "CEO of Sinohydro".</summary>
    public IReadOnlyList<string> BodyHeadRoles { get; init; } = [];
    /// <summary>Verbs of speech whose subject is a person: "said Irene Sun", "Hansi Lo Wang says".</summary>
    public IReadOnlyList<string> SpeechVerbs { get; init; } = [];
    /// <summary>Nouns that describe a place in an apposition: ", a major coastal city", ", the capital".</summary>
    public IReadOnlyList<string> PlaceDescriptions { get; init; } = [];
    /// <summary>First words of place names: Camp, Fort, Mount.</summary>
    public IReadOnlyList<string> PlacePrefixes { get; init; } = [];
    /// <summary>Acronyms in capitals that are common nouns, not names: SIGINT, GDP, CEO.</summary>
    public IReadOnlyList<string> CommonAcronyms { get; init; } = [];
    /// <summary>Heads of the names of orders, medals and prizes: "Order of Alexander Nevsky", "Nobel Prize".</summary>
    public IReadOnlyList<string> AwardHeads { get; init; } = [];
    /// <summary>Lower-case words (and "-") that may stand inside a name: of, and, al, bin, da.</summary>
    public IReadOnlyList<string> NameConnectors { get; init; } = [];
    /// <summary>Connectors that may stand inside a person's name: al, bin, da, "-".</summary>
    public IReadOnlyList<string> PersonParticles { get; init; } = [];
    /// <summary>Surname prefixes a capital follows inside one word: Mc, Mac, De ("McCallum", "DeJesús").</summary>
    public IReadOnlyList<string> SurnamePrefixes { get; init; } = [];
    /// <summary>Syllables that join two capitalised words by hyphens into one name: e, i, ul ("Shar-e-Naw", "Mazar-i-Sharif").</summary>
    public IReadOnlyList<string> NameLinkSyllables { get; init; } = [];
    /// <summary>Syllables glued by a hyphen to a name word that link it to a capitalised word after a space: e, i ("Sarhad-e Broghil").</summary>
    public IReadOnlyList<string> SpacedLinkSyllables { get; init; } = [];
    /// <summary>Last words of an administrative unit's name: Province, District.</summary>
    public IReadOnlyList<string> PlaceUnits { get; init; } = [];
    /// <summary>Words right before a capital that make it the place: in, visited, north.</summary>
    public IReadOnlyList<string> PlaceLocatives { get; init; } = [];
    /// <summary>Nouns of a country's border after its name or demonym: border, frontier ("on the Afghan border").</summary>
    public IReadOnlyList<string> BorderNouns { get; init; } = [];
    /// <summary>Nouns that make "X of Kabul" the place: takeover, streets.</summary>
    public IReadOnlyList<string> PlaceOfNouns { get; init; } = [];
    /// <summary>Words of travel before "between"/"from" that make the names after it places: run, railway.</summary>
    public IReadOnlyList<string> RouteWords { get; init; } = [];
    /// <summary>Nouns of an apposition describing the name before it as a place: capital, city.</summary>
    public IReadOnlyList<string> PlaceAppositions { get; init; } = [];
    /// <summary>Words of debt before "to" that keep the capital after it the government: owes, debt.</summary>
    public IReadOnlyList<string> OwedWords { get; init; } = [];
    /// <summary>Words before a demonym that make it a language: Mandarin, learning.</summary>
    public IReadOnlyList<string> LanguageWords { get; init; } = [];
    /// <summary>Words after such a demonym that show it stands alone as a noun: is, and, in.</summary>
    public IReadOnlyList<string> LanguageAfter { get; init; } = [];
    /// <summary>Gazetteer subtypes of curated towns another country's town may share a name with: city, capital, district.</summary>
    public IReadOnlyList<string> TownSubtypes { get; init; } = [];
    /// <summary>Nouns of "the Armenian town of Julfa": town, city, village, district.</summary>
    public IReadOnlyList<string> TownNouns { get; init; } = [];
    /// <summary>Adjectives before a family name two persons share that pick the older one ("the elder Berdimuhamedov"): elder, older.</summary>
    public IReadOnlyList<string> ElderWords { get; init; } = [];
    /// <summary>Adjectives before a family name two persons share that pick the younger one: younger.</summary>
    public IReadOnlyList<string> YoungerWords { get; init; } = [];
    /// <summary>Prepositions between a role and the place it serves ("envoy to", "representative for", "envoy in"): to, for, in.</summary>
    public IReadOnlyList<string> RolePlacePrepositions { get; init; } = [];
    /// <summary>Last words of hyphenated modifiers that describe the name after them as a body ("state-owned", "Kabul-based").</summary>
    public IReadOnlyList<string> BodyModifierEnds { get; init; } = [];
    /// <summary>Lower-case heads that belong to the name of a place of one unknown word before them ("the Omari camp").</summary>
    public IReadOnlyList<string> NamedPlaceHeads { get; init; } = [];
    /// <summary>Lower-case heads of a project named in lower case that no capitalised name ends with ("the Pasghushta deposit").</summary>
    public IReadOnlyList<string> LowerProjectHeads { get; init; } = [];
    /// <summary>Lower-case heads of a route named by its ends joined by hyphens ("the Khaf-Herat railway"): railway, line, road…</summary>
    public IReadOnlyList<string> RouteHeads { get; init; } = [];
    /// <summary>Possessive determiners that open a noun phrase as "the" does ("whose Karakum canal"): its, their, whose, his, her, our.</summary>
    public IReadOnlyList<string> PossessiveDeterminers { get; init; } = [];
    /// <summary>Person titles that are words of the name they open ("Qari Zarak Khan", "Haji Sher Zaman"): Qari, Haji.</summary>
    public IReadOnlyList<string> NameHonorifics { get; init; } = [];

    public static Cues Empty { get; } = new();

    /// <summary>The YAML keys, in file order, with a setter each.</summary>
    public static IReadOnlyDictionary<string, Func<Cues, IReadOnlyList<string>, Cues>> Keys { get; } =
        new Dictionary<string, Func<Cues, IReadOnlyList<string>, Cues>>
        {
            ["person_titles"] = (c, v) => c with { PersonTitles = v },
            ["organisation_suffixes"] = (c, v) => c with { OrganisationSuffixes = v },
            ["company_suffixes"] = (c, v) => c with { CompanySuffixes = v },
            ["project_suffixes"] = (c, v) => c with { ProjectSuffixes = v },
            ["project_head_ends"] = (c, v) => c with { ProjectHeadEnds = v },
            ["organisation_prefixes"] = (c, v) => c with { OrganisationPrefixes = v },
            ["government_prefixes"] = (c, v) => c with { GovernmentPrefixes = v },
            ["state_body_heads"] = (c, v) => c with { StateBodyHeads = v },
            ["place_body_heads"] = (c, v) => c with { PlaceBodyHeads = v },
            ["ministry_subjects"] = (c, v) => c with { MinistrySubjects = v },
            ["mission_heads"] = (c, v) => c with { MissionHeads = v },
            ["spelling_variants"] = (c, v) => c with { SpellingVariants = v },
            ["place_cues"] = (c, v) => c with { PlaceCues = v },
            ["event_cues"] = (c, v) => c with { EventCues = v },
            ["other_suffixes"] = (c, v) => c with { OtherSuffixes = v },
            ["stop_words"] = (c, v) => c with { StopWords = v },
            ["person_roles"] = (c, v) => c with { PersonRoles = v },
            ["body_head_roles"] = (c, v) => c with { BodyHeadRoles = v },
            ["state_itself_suffixes"] = (c, v) => c with { StateItselfSuffixes = v },
            ["organisation_descriptions"] = (c, v) => c with { OrganisationDescriptions = v },
            ["speech_verbs"] = (c, v) => c with { SpeechVerbs = v },
            ["common_acronyms"] = (c, v) => c with { CommonAcronyms = v },
            ["award_heads"] = (c, v) => c with { AwardHeads = v },
            ["place_descriptions"] = (c, v) => c with { PlaceDescriptions = v },
            ["place_prefixes"] = (c, v) => c with { PlacePrefixes = v },
            ["name_connectors"] = (c, v) => c with { NameConnectors = v },
            ["person_particles"] = (c, v) => c with { PersonParticles = v },
            ["surname_prefixes"] = (c, v) => c with { SurnamePrefixes = v },
            ["name_link_syllables"] = (c, v) => c with { NameLinkSyllables = v },
            ["spaced_link_syllables"] = (c, v) => c with { SpacedLinkSyllables = v },
            ["place_units"] = (c, v) => c with { PlaceUnits = v },
            ["place_locatives"] = (c, v) => c with { PlaceLocatives = v },
            ["place_of_nouns"] = (c, v) => c with { PlaceOfNouns = v },
            ["border_nouns"] = (c, v) => c with { BorderNouns = v },
            ["route_words"] = (c, v) => c with { RouteWords = v },
            ["place_appositions"] = (c, v) => c with { PlaceAppositions = v },
            ["owed_words"] = (c, v) => c with { OwedWords = v },
            ["language_words"] = (c, v) => c with { LanguageWords = v },
            ["language_after"] = (c, v) => c with { LanguageAfter = v },
            ["town_subtypes"] = (c, v) => c with { TownSubtypes = v },
            ["town_nouns"] = (c, v) => c with { TownNouns = v },
            ["elder_words"] = (c, v) => c with { ElderWords = v },
            ["younger_words"] = (c, v) => c with { YoungerWords = v },
            ["role_place_prepositions"] = (c, v) => c with { RolePlacePrepositions = v },
            ["body_modifier_ends"] = (c, v) => c with { BodyModifierEnds = v },
            ["named_place_heads"] = (c, v) => c with { NamedPlaceHeads = v },
            ["lower_project_heads"] = (c, v) => c with { LowerProjectHeads = v },
            ["route_heads"] = (c, v) => c with { RouteHeads = v },
            ["possessive_determiners"] = (c, v) => c with { PossessiveDeterminers = v },
            ["name_honorifics"] = (c, v) => c with { NameHonorifics = v },
        };
}
