using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Recognise;

/// <summary>The discovery cues as fast look-ups: single words in sets, multi-word titles as word arrays.</summary>
internal sealed class CueSet
{
    public CueSet(Cues cues, IReadOnlySet<string>? commonWords = null)
    {
        CommonWords = new HashSet<string>(commonWords ?? new HashSet<string>(), StringComparer.Ordinal);
        Titles = cues.PersonTitles.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(t => t.Length).ToArray();
        OrganisationSuffixes = new HashSet<string>(cues.OrganisationSuffixes, StringComparer.Ordinal);
        CompanySuffixes = new HashSet<string>(cues.CompanySuffixes, StringComparer.Ordinal);
        ProjectSuffixes = new HashSet<string>(cues.ProjectSuffixes, StringComparer.Ordinal);
        ProjectHeads = new HashSet<string>(cues.ProjectSuffixes.Concat(cues.LowerProjectHeads), StringComparer.OrdinalIgnoreCase);
        ProjectHeadEnds = new HashSet<string>(cues.ProjectHeadEnds, StringComparer.Ordinal);
        OrganisationPrefixes = cues.OrganisationPrefixes.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        GovernmentPrefixes = cues.GovernmentPrefixes.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        StateBodyHeads = cues.StateBodyHeads.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(t => t.Length).ToArray();
        MinistrySubjects = new HashSet<string>(cues.MinistrySubjects, StringComparer.OrdinalIgnoreCase);
        MissionHeads = cues.MissionHeads.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(t => t.Length).ToArray();
        SpellingVariants = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] pair in cues.SpellingVariants.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length == 2))
        {
            SpellingVariants[pair[0]] = pair[1];
            SpellingVariants[pair[1]] = pair[0];
        }
        PlaceCues = new HashSet<string>(cues.PlaceCues, StringComparer.OrdinalIgnoreCase);
        EventCues = new HashSet<string>(cues.EventCues, StringComparer.OrdinalIgnoreCase);
        StopWords = new HashSet<string>(cues.StopWords, StringComparer.Ordinal);
        OtherSuffixes = new HashSet<string>(cues.OtherSuffixes, StringComparer.Ordinal);
        TitleEnds = new HashSet<string>(Titles.Select(t => t[^1]), StringComparer.Ordinal);
        PersonRoles = new HashSet<string>(cues.PersonRoles, StringComparer.OrdinalIgnoreCase);
        BodyHeadRoles = new HashSet<string>(cues.BodyHeadRoles, StringComparer.OrdinalIgnoreCase);
        StateItselfSuffixes = new HashSet<string>(cues.StateItselfSuffixes, StringComparer.Ordinal);
        OrganisationDescriptions = new HashSet<string>(cues.OrganisationDescriptions, StringComparer.OrdinalIgnoreCase);
        SpeechVerbs = new HashSet<string>(cues.SpeechVerbs, StringComparer.Ordinal);
        CommonAcronyms = new HashSet<string>(cues.CommonAcronyms, StringComparer.Ordinal);
        AwardHeads = new HashSet<string>(cues.AwardHeads, StringComparer.Ordinal);
        PlaceDescriptions = new HashSet<string>(cues.PlaceDescriptions, StringComparer.OrdinalIgnoreCase);
        PlacePrefixes = new HashSet<string>(cues.PlacePrefixes, StringComparer.Ordinal);
        NameConnectors = new HashSet<string>(cues.NameConnectors, StringComparer.Ordinal);
        PersonParticles = new HashSet<string>(cues.PersonParticles, StringComparer.Ordinal);
        SurnamePrefixes = [.. cues.SurnamePrefixes];
        NameLinkSyllables = new HashSet<string>(cues.NameLinkSyllables, StringComparer.Ordinal);
        PlaceBodyHeads = new HashSet<string>(cues.PlaceBodyHeads, StringComparer.Ordinal);
        SpacedLinkSyllables = new HashSet<string>(cues.SpacedLinkSyllables, StringComparer.Ordinal);
        PlaceUnits = new HashSet<string>(cues.PlaceUnits, StringComparer.Ordinal);
        PlaceLocatives = new HashSet<string>(cues.PlaceLocatives, StringComparer.OrdinalIgnoreCase);
        PlaceOfNouns = new HashSet<string>(cues.PlaceOfNouns, StringComparer.OrdinalIgnoreCase);
        BorderNouns = new HashSet<string>(cues.BorderNouns, StringComparer.Ordinal);
        RouteWords = new HashSet<string>(cues.RouteWords, StringComparer.OrdinalIgnoreCase);
        RouteHeads = new HashSet<string>(cues.RouteHeads, StringComparer.Ordinal);
        PlaceAppositions = new HashSet<string>(cues.PlaceAppositions, StringComparer.OrdinalIgnoreCase);
        OwedWords = new HashSet<string>(cues.OwedWords, StringComparer.OrdinalIgnoreCase);
        LanguageWords = new HashSet<string>(cues.LanguageWords, StringComparer.OrdinalIgnoreCase);
        LanguageAfter = new HashSet<string>(cues.LanguageAfter, StringComparer.OrdinalIgnoreCase);
        TownSubtypes = new HashSet<string>(cues.TownSubtypes, StringComparer.Ordinal);
        TownNouns = new HashSet<string>(cues.TownNouns, StringComparer.OrdinalIgnoreCase);
        ElderWords = new HashSet<string>(cues.ElderWords, StringComparer.OrdinalIgnoreCase);
        YoungerWords = new HashSet<string>(cues.YoungerWords, StringComparer.OrdinalIgnoreCase);
        RolePlacePrepositions = new HashSet<string>(cues.RolePlacePrepositions, StringComparer.Ordinal);
        BodyModifierEnds = new HashSet<string>(cues.BodyModifierEnds, StringComparer.Ordinal);
        NamedPlaceHeads = new HashSet<string>(cues.NamedPlaceHeads, StringComparer.Ordinal);
        PossessiveDeterminers = new HashSet<string>(cues.PossessiveDeterminers, StringComparer.Ordinal);
        NameHonorifics = new HashSet<string>(cues.NameHonorifics, StringComparer.Ordinal);
    }

    /// <summary>Person titles, longest first ("Deputy Prime Minister" before "Minister").</summary>
    public string[][] Titles { get; }
    public HashSet<string> OrganisationSuffixes { get; }
    /// <summary>Last words of a company's name ("Corporation", "Mining"): a demonym that starts such a name is a word of it.</summary>
    public HashSet<string> CompanySuffixes { get; }
    public HashSet<string> ProjectSuffixes { get; }
    /// <summary>
    /// The project suffixes in any casing and the lower-case project heads (cues <c>lower_project_heads</c>): the head of a
    /// project named in lower case ("the Isimba dam", "the Pasghushta deposit").
    /// </summary>
    public HashSet<string> ProjectHeads { get; }

    /// <summary>Words that end a place-named project after its lower-case head ("the Mohmand dam in …").</summary>
    public HashSet<string> ProjectHeadEnds { get; }
    public string[][] OrganisationPrefixes { get; }
    /// <summary>First words of a state's own government bodies ("Ministry of"), a subset of the organisation prefixes.</summary>
    public string[][] GovernmentPrefixes { get; }
    /// <summary>Heads of a state's bodies written as a description ("navy", "air force"), longest first; any casing.</summary>
    public string[][] StateBodyHeads { get; }
    /// <summary>Subjects of "&lt;subject&gt; ministry" ("defence", "energy"); any casing.</summary>
    public HashSet<string> MinistrySubjects { get; }
    /// <summary>Heads of a state's diplomatic missions ("embassy", "consulate general"), longest first; any casing.</summary>
    public string[][] MissionHeads { get; }
    /// <summary>Each word's other spelling ("defence" ↔ "defense"); any casing.</summary>
    public Dictionary<string, string> SpellingVariants { get; }
    public HashSet<string> PlaceCues { get; }
    public HashSet<string> EventCues { get; }
    public HashSet<string> StopWords { get; }
    public HashSet<string> OtherSuffixes { get; }
    /// <summary>Common lower-case English words ("aviation", "foreign"): never part of a person's name.</summary>
    public HashSet<string> CommonWords { get; }
    /// <summary>Last words of person titles ("Minister", "Mr", "State" of "Secretary of State"): a name may follow them.</summary>
    public HashSet<string> TitleEnds { get; }
    /// <summary>Nouns describing a person in an apposition ("analyst", "correspondent"); any casing.</summary>
    public HashSet<string> PersonRoles { get; }
    /// <summary>Roles whose "of" names a body ("chief executive of Safaricom"); any casing.</summary>
    public HashSet<string> BodyHeadRoles { get; }
    /// <summary>Suffixes whose "of" and a country name the state itself ("the Government of Haiti").</summary>
    public HashSet<string> StateItselfSuffixes { get; }
    /// <summary>Nouns describing a body in an apposition ("network", "newspaper"); any casing.</summary>
    public HashSet<string> OrganisationDescriptions { get; }
    /// <summary>Verbs of speech ("said", "says") whose subject is a person.</summary>
    public HashSet<string> SpeechVerbs { get; }
    /// <summary>Acronyms that are common nouns ("SIGINT", "GDP"): never a name on their own.</summary>
    public HashSet<string> CommonAcronyms { get; }
    /// <summary>Heads of award names ("Order", "Medal", "Prize"): the name they head or follow is no person.</summary>
    public HashSet<string> AwardHeads { get; }
    /// <summary>Nouns describing a place in an apposition ("city", "capital"); any casing.</summary>
    public HashSet<string> PlaceDescriptions { get; }
    /// <summary>First words of place names ("Camp", "Mount").</summary>
    public HashSet<string> PlacePrefixes { get; }
    /// <summary>Lower-case words (and "-") that may stand inside a name between capitalised words ("of", "al", "da").</summary>
    public HashSet<string> NameConnectors { get; }
    /// <summary>Connectors that may stand inside a person's name ("al", "bin", "da", "-"), never first or last.</summary>
    public HashSet<string> PersonParticles { get; }

    /// <summary>Surname prefixes a capital follows inside one word ("McCallum", "DeJesús"): no sign of a company's name.</summary>
    public string[] SurnamePrefixes { get; }

    /// <summary>
    /// True when a capital follows a lower-case letter inside <paramref name="word"/> other than right after one of
    /// <see cref="SurnamePrefixes"/> at its start: "PaineWebber", "KazTransOil", not "McCallum".
    /// </summary>
    public bool InnerCapital(ReadOnlySpan<char> word)
    {
        for (int i = 1; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i]) || !char.IsLower(word[i - 1]))
            {
                continue;
            }

            bool prefix = false;
            foreach (string p in SurnamePrefixes)
            {
                prefix |= p.Length == i && word.StartsWith(p, StringComparison.Ordinal);
            }

            if (!prefix)
            {
                return true;
            }
        }

        return false;
    }
    /// <summary>Syllables joining two capitalised words by hyphens into one name ("e" of "Shar-e-Naw").</summary>
    public HashSet<string> NameLinkSyllables { get; }
    /// <summary>Lower-case heads of a place's own body after "the" and its name ("police" of "the Sindh police").</summary>
    public HashSet<string> PlaceBodyHeads { get; }
    /// <summary>Syllables glued by a hyphen to a name word and linking it to the capitalised word after a space ("e" of "Sarhad-e Broghil").</summary>
    public HashSet<string> SpacedLinkSyllables { get; }
    /// <summary>Last words of an administrative unit's name ("Province"): a learned name ending in one is a place.</summary>
    public HashSet<string> PlaceUnits { get; }
    /// <summary>Words right before a capital that make it the place ("in", "visited"); any casing.</summary>
    public HashSet<string> PlaceLocatives { get; }
    /// <summary>Nouns that make "X of Kabul" the place ("takeover"); any casing.</summary>
    public HashSet<string> PlaceOfNouns { get; }
    /// <summary>Nouns of a country's border after its name or demonym ("border" of "on the Afghan border"); lower case.</summary>
    public HashSet<string> BorderNouns { get; }
    /// <summary>Words of travel before "between"/"from" ("run", "railway"); any casing.</summary>
    public HashSet<string> RouteWords { get; }
    /// <summary>Lower-case heads of a route named by its ends joined by hyphens ("railway" of "the Khaf-Herat railway").</summary>
    public HashSet<string> RouteHeads { get; }
    /// <summary>Appositions describing a name as a place ("capital"); any casing.</summary>
    public HashSet<string> PlaceAppositions { get; }
    /// <summary>Words of debt before "to" ("owes"); any casing.</summary>
    public HashSet<string> OwedWords { get; }
    /// <summary>Words before a demonym that make it a language ("Mandarin", "learning"); any casing.</summary>
    public HashSet<string> LanguageWords { get; }
    /// <summary>Words after such a demonym that show it stands alone ("is", "and"); any casing.</summary>
    public HashSet<string> LanguageAfter { get; }
    /// <summary>Subtypes of curated towns another country's town may share a name with ("city", "capital").</summary>
    public HashSet<string> TownSubtypes { get; }
    /// <summary>Nouns of "the Armenian town of Julfa" ("town", "village"); any casing.</summary>
    public HashSet<string> TownNouns { get; }
    /// <summary>Adjectives that pick the older of two persons sharing a family name ("the elder Berdimuhamedov"); any casing.</summary>
    public HashSet<string> ElderWords { get; }
    /// <summary>Adjectives that pick the younger of two persons sharing a family name ("the younger Bhutto"); any casing.</summary>
    public HashSet<string> YoungerWords { get; }
    /// <summary>Prepositions between a role and the place it serves ("the envoy to Kenya, Wu Peng,").</summary>
    public HashSet<string> RolePlacePrepositions { get; }
    /// <summary>Last words of hyphenated modifiers that make the name after them a body ("the state-owned Tajiktransgaz").</summary>
    public HashSet<string> BodyModifierEnds { get; }
    /// <summary>Lower-case heads that belong to the name of a place of one unknown word before them ("the Omari camp").</summary>
    public HashSet<string> NamedPlaceHeads { get; }
    /// <summary>Possessive determiners that open a noun phrase as "the" does ("whose Karakum canal").</summary>
    public HashSet<string> PossessiveDeterminers { get; }
    /// <summary>Person titles that stay words of the discovered name they open ("Qari" of "Qari Zarak Khan").</summary>
    public HashSet<string> NameHonorifics { get; }

    /// <summary>
    /// The subtype a discovered organisation's name gives it: a company when its last word is a company suffix
    /// ("Tianshan Hydraulic Engineering", "National Development Corporation"), so "the company" may refer to it; else null.
    /// </summary>
    public string? OrganisationSubtypeOf(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && Contains(CompanySuffixes, name.AsSpan(space + 1)) ? Model.EntitySubtypes.Company : null;
    }

    /// <summary>True when <paramref name="word"/>, lower-cased, is a common English word.</summary>
    public bool IsCommon(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Contains(CommonWords, lower);
    }

    /// <summary>Span look-ups into the sets, so scanning tokens allocates no strings.</summary>
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
