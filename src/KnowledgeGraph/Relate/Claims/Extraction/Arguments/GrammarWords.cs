using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Closed-class English words the extractor's rules are written in (prepositions, clause openers, forms of "be").
/// Grammar, not lexicon: analysts edit triggers and cues in predicates.yaml, not these.
/// </summary>
internal static class GrammarWords
{
    /// <summary>Prepositions: a noun phrase after one not listed for the predicate is not its object.</summary>
    public static PhraseIndex<string> Prepositions { get; } = Build(
        "in", "on", "at", "to", "from", "with", "by", "for", "of", "into", "onto", "over", "under", "between", "among",
        "amongst", "against", "about", "through", "across", "during", "after", "before", "since", "within", "without",
        "toward", "towards", "upon", "via", "amid", "amidst", "along", "near", "beyond", "despite", "including", "like",
        "than", "around", "inside", "outside", "behind", "beside", "alongside", "throughout", "until", "unlike", "versus");

    /// <summary>Words that open another clause: the argument search never crosses them.</summary>
    public static PhraseIndex<string> ClauseStops { get; } = Build(
        "that", "which", "who", "whom", "whose", "but", "while", "because", "although", "though", "as", "when", "where",
        "if", "whereas", "unless", "whether", "so", "or", "nor", "yet", "instead", "said", "says", "say", "told", "it",
        "they", "he", "she", "we", "i", "you", "them", "him", "us");

    /// <summary>Particles of phrasal verbs ("pull back", "step up"): after a verb they are its word, not a verb of their own.</summary>
    public static PhraseIndex<string> Particles { get; } = Build("back", "out", "up", "off", "away", "down");

    /// <summary>Prepositions that open a phrase of time or place ("on Tuesday", "at the airport", "during the visit").</summary>
    public static PhraseIndex<string> TimeOrPlacePrepositions { get; } = Build("in", "at", "on", "during");

    /// <summary>
    /// Prepositions after which a bare name may locate what follows rather than act ("militants in Kabul attacks on"); after
    /// others ("because of U.S. sanctions on", "amid Taliban attacks on") a name before a noun of a relation is its agent.
    /// </summary>
    public static PhraseIndex<string> LocatingPrepositions { get; } = Build(
        "in", "at", "on", "during", "from", "near", "across", "inside", "within", "throughout", "outside");

    /// <summary>Prepositions whose object is a party to the clause, not a place or a part: "by", "with", "against" …</summary>
    public static PhraseIndex<string> PartyPrepositions { get; } = Build("by", "with", "against", "from", "to", "for", "toward", "towards");

    /// <summary>Prepositions that also open a clause: a name after one and before its verb is that verb's subject ("After Iraq invaded Kuwait").</summary>
    public static PhraseIndex<string> Subordinators { get; } = Build("after", "before", "since", "until");

    /// <summary>Adverbs that make the "with" after them name a co-agent, not a party: "mediated the ceasefire together with Turkey".</summary>
    public static PhraseIndex<string> Accompaniments { get; } = Build("together", "along");

    /// <summary>Personal pronouns that stand as a clause's subject ("…, and it has kept its ambassador …").</summary>
    public static PhraseIndex<string> SubjectPronouns { get; } = Build("it", "they", "he", "she", "we", "i", "you");

    /// <summary>Relative pronouns: "the Taliban, who hosted …" makes the antecedent the subject.</summary>
    public static PhraseIndex<string> Relatives { get; } = Build("who", "which", "that");

    /// <summary>Relative pronouns that open a clause set off by a comma (", which", ", whose"): "that" never does.</summary>
    public static PhraseIndex<string> CommaRelatives { get; } = Build("which", "who", "whom", "whose");

    /// <summary>Forms of "be" (and "get") that make a following participle passive.</summary>
    public static PhraseIndex<string> BeForms { get; } = Build(
        "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "'s");

    /// <summary>Modal verbs: "would", "could", "will".</summary>
    public static PhraseIndex<string> Modals { get; } = Build("will", "would", "could", "can", "may", "might", "shall");

    /// <summary>Modals of intent: "it would target" says what the subject means to do, "it could target" only what it can.</summary>
    public static PhraseIndex<string> IntentModals { get; } = Build("will", "would");

    /// <summary>Forms of "have" ("has yet to", "had trading posts": a perfect takes no participle in -ing).</summary>
    public static PhraseIndex<string> HaveForms { get; } = Build("have", "has", "had");

    /// <summary>
    /// Finite forms of "be" and "remain" between a name and what it is said to be ("The Moscow format is a
    /// Russia-initiated group", "Uzbekistan was among the … Central Asian states").
    /// </summary>
    public static PhraseIndex<string> Copulas { get; } = Build("is", "was", "are", "were", "remains", "remained");

    /// <summary>Verbs other than "be" that link a subject to what it is ("China has become Afghanistan's largest investor").</summary>
    public static PhraseIndex<string> LinkingVerbs { get; } = Build("become", "becomes", "became", "remain", "remains", "remained");

    /// <summary>Determiners opening an apposition ("Abdul Haq, the leader of …").</summary>
    public static PhraseIndex<string> Articles { get; } = Build("the", "a", "an", "its", "his", "her", "their", "one");

    /// <summary>Possessive pronouns of persons ("his Russian counterpart").</summary>
    public static PhraseIndex<string> PossessivePronouns { get; } = Build("his", "her", "their");

    /// <summary>Number words before a noun phrase ("the two Asian giants").</summary>
    public static PhraseIndex<string> Numbers { get; } = Build("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several");

    /// <summary>Nouns of what lies around a place: a possessive before one names no party ("investments in Afghanistan's neighbourhood").</summary>
    public static PhraseIndex<string> Surroundings { get; } = Build("neighbourhood", "neighborhood", "neighbours", "neighbors", "periphery", "vicinity", "surroundings", "borderlands", "backyard");

    /// <summary>Words that open a question about something it presupposes ("How would you describe …", "Why did …").</summary>
    public static PhraseIndex<string> WhWords { get; } = Build("how", "what", "why", "when", "where", "which", "who", "whom", "whose");

    /// <summary>
    /// Words of a multitude or a portion that count what follows their "of" ("thousands of Uyghurs", "dozens of TTP
    /// militants", "most of its copper", "a string of Taliban ministers").
    /// </summary>
    public static PhraseIndex<string> Multitudes { get; } = Build("dozens", "hundreds", "thousands", "millions", "scores", "tens", "most", "much", "some", "half", "all", "many", "part", "parts", "string", "series", "number", "handful", "host");

    /// <summary>Prepositions that place an actor somewhere ("ISIL fighters in Mosul", "troops near Raqqa").</summary>
    public static PhraseIndex<string> Locatives { get; } = Build("in", "near", "inside", "outside", "around", "across", "throughout", "within");

    /// <summary>Words joining coordinated arguments.</summary>
    public static PhraseIndex<string> Conjunctions { get; } = Build("and", "&");

    /// <summary>
    /// Words and marks that end the clause a hedge cue or a sentence negation can reach: "violence seemed to escalate …
    /// when Xi visited", "has denied that the country faces a crisis, despite concerns that the money it owes China …";
    /// a relative clause of place after a comma is the writer's own ("did not … deny that they have employed lasers in
    /// Djibouti, where China recently opened a new … base").
    /// </summary>
    public static PhraseIndex<string> ClauseBreaks { get; } = Build(";", ":", "–", "—", "but", "when", "while", "although", "though", "whereas", "despite", ", where");

    /// <summary>Honorifics before a name in a coordination ("Mr Xi Jinping and Mr Vladimir Putin").</summary>
    public static PhraseIndex<string> Honorifics { get; } = Build("mr", "mrs", "ms", "dr", "mullah", "sheikh");

    /// <summary>Prepositions that attach an organisation to a title ("leader of", "envoy for").</summary>
    public static PhraseIndex<string> TitlePreps { get; } = Build("of", "for", "in", "at", "to");

    /// <summary>A sealed phrase index of <paramref name="words"/> (phrases split at spaces), each its own value.</summary>
    internal static PhraseIndex<string> Build(params string[] words)
    {
        var index = new PhraseIndex<string>();
        foreach (string word in words)
        {
            index.Add(word.Split(' '), word);
        }

        return index.Seal();
    }

    /// <summary>
    /// True when "neither" or "nor" (past an article) stands right before the mention opening at token
    /// <paramref name="first"/>: "belongs to neither the CSTO nor the Eurasian Economic Union", "Neither Tehran nor Beijing
    /// has recognised …" deny the relation of each name so marked.
    /// </summary>
    public static bool NeitherNorBefore(SentenceView view, int first)
    {
        int k = first - 1;
        // "nor the Russian-led Collective Security Treaty Organization": past a name glued to a participle by a hyphen.
        if (k - 2 >= view.First && VerbShapes.IsLowerWord(view, k) && view.Is(k - 1, "-") && view.MentionIndexAt(k - 2) is >= 0 and var glued)
        {
            k = view.MentionFirst(glued) - 1;
        }

        k -= view.Is(k, "the") ? 1 : 0;
        return view.Is(k, "neither") || view.Is(k, "nor");
    }

    /// <summary>True when "no" determines the noun phrase whose first token is <paramref name="first"/> ("No Chinese company holds …").</summary>
    public static bool NoBefore(SentenceView view, int first) => view.Is(first - 1, "no");
}
