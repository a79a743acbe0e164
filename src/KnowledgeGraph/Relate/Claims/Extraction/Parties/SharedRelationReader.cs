using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Dependency;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A symmetric relation two coordinated parties hold together, named by a noun with no party after it: a verb of
/// having (<c>having_verbs</c>) before the noun of a symmetric predicate's nominal trigger ("Kazakhstan and China share a
/// long border", "Beijing and Islamabad have a long-standing strategic partnership", "Russia and China held joint
/// military exercises"), or a copula before its role noun in the plural ("China and Pakistan are allies", "China and
/// India are rivals"; the role may be quoted) → the predicate between the parties, as does a description of two a verb of
/// naming calls by such a role ("He called the two countries \"all-weather strategic cooperative partners\""). The nouns are derived from the lexicon: each symmetric
/// predicate's nominal triggers without their final preposition ("partnership with" → "partnership") and its partner
/// roles in the plural. Relations, relationships and ties hold only when <see cref="RelationNouns"/> finds no hostile
/// word before them ("a complicated relationship" states nothing), and close ones are alliances. When a preposition
/// follows the noun the nominal trigger itself is read ("a partnership with …"), so this reader leaves it. Names joined
/// by hyphens before such a noun as its head hold it too ("China-Pakistan cooperation", "the US-China rivalry", "the
/// Afghanistan-China-Pakistan trilateral dialogue": each pair), and so do they before the noun of a one-way predicate's
/// "between" trigger, each way ("the Iran-Iraq war", "the Spanish-American War"): <see cref="JoinedRelationReader"/> reads
/// those. One instance per reader; not thread-safe.
/// </summary>
internal sealed class SharedRelationReader
{
    private const int MaxModifiers = 6;
    private const int MaxBridges = 3;
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly PhraseIndex<Trigger> held = new();
    private readonly JoinedRelationReader joinedReader;
    private readonly PhraseIndex<Trigger> roles = new();
    private readonly List<Argument> parties = [];

    public SharedRelationReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        joinedReader = new JoinedRelationReader(lexicon);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (!predicate.Symmetric)
            {
                continue;
            }

            foreach (string noun in predicate.Nouns)
            {
                string[] head = RelationNounPhrase.Head(noun);
                heads.Add(string.Join(' ', head));
                held.Add(head, new Trigger(head, TriggerKind.Noun, predicate, null));
            }

            foreach (string role in predicate.Partners)
            {
                string[] words = PartnerRoles.Plural(PhraseWords.Split(role));
                roles.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
            }
        }

        // "China and Kenya have enjoyed warm relations": the relation nouns are held as cooperation too, though "relations
        // with" alone is no trigger (relations are mostly a topic).
        if (lexicon.Find("COOPERATES_WITH") is { } cooperates)
        {
            foreach (string noun in lexicon.Cues.RelationNounWords)
            {
                if (heads.Add(noun))
                {
                    held.Add([noun], new Trigger([noun], TriggerKind.Noun, cooperates, null));
                }
            }
        }

        held.Seal();
        roles.Seal();
    }

    /// <summary>
    /// The first words of the relation nouns and roles this reader reads: every claim it finds is read from one held after
    /// the parties' verb, after their possessive pronoun or after joined names, so a sentence with none of these words
    /// gives none.
    /// </summary>
    public IEnumerable<string> CueWords => [.. held.FirstWords, .. joinedReader.CueWords, .. roles.FirstWords];

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // Driven by the last of two coordinated names ("China and Pakistan are"), not by every token.
        for (int m = 1; m < view.MentionCount; m++)
        {
            int before = view.MentionFirst(m) - 1;
            if (!(view.Is(before, "and") || view.Is(before, ",")) || view.MentionLast(m - 1) + 1 != before - (view.Is(before - 1, ",") ? 1 : 0))
            {
                continue;
            }

            if (HeldAfter(view, m) is not var (i, noun, trigger))
            {
                continue;
            }

            subjectFinder.Find(view, i, parties, out int bridge);
            if (parties.Count < 2)
            {
                continue;
            }

            for (int a = 0; a < parties.Count; a++)
            {
                for (int b = a + 1; b < parties.Count; b++)
                {
                    // The negation window reaches the noun: "have nonetheless avoided open rivalry" holds none.
                    output.Add((new ClaimCandidate(parties[a].Mention, parties[b].Mention, 0.85f, bridge, noun, null), trigger, noun));
                }
            }
        }

        ReadTheirs(view, output);
        ReadPlural(view, output);
        ReadNamed(view, output);
        joinedReader.Read(view, output);
    }

    /// <summary>
    /// The verb after the parties' last name (past bridges), the symmetric noun it holds (past modifiers; a copula's role
    /// noun in the plural) with no party after it, and the noun's reading; null when there is none.
    /// </summary>
    private (int Verb, int Noun, Trigger Trigger)? HeldAfter(SentenceView view, int m)
    {
        int i = view.AfterMention(m);
        // "Chinese and Tajik forces have held joint drills": the states' actors hold it for them.
        if (view.Mention(m).Kind == MentionKind.Demonym && lexicon.Cues.Actors.LongestAt(view, i) is > 0 and var actors)
        {
            i += actors;
        }

        for (int n = 0; n < MaxBridges && i < view.End && !IsVerb(view, i) && lexicon.Cues.Bridges.StartsAt(view, i); n++)
        {
            i++;
        }

        if (i >= view.End || !IsVerb(view, i))
        {
            return null;
        }

        // "Kazakhstan and Uzbekistan are strengthening economic cooperation": a copula before a verb of having in -ing is
        // its auxiliary.
        if (RelationNounPhrase.IsCopula(view, i) && i + 1 < view.End && lexicon.Cues.HavingVerbs.LongestAt(view, i + 1) == 1)
        {
            i++;
        }

        bool copula = RelationNounPhrase.IsCopula(view, i);
        int noun = i + 1;
        PhraseIndex<Trigger> nouns = copula ? roles : held;
        for (int n = 0; n < MaxModifiers && noun < view.End && nouns.LongestAt(view, noun) == 0 && Modifier(view, noun); n++)
        {
            noun++;
        }

        int length = nouns.LongestAt(view, noun);
        // "a free trade agreement": a noun that modifies another the predicates name is not the head; the later one is.
        while (length > 0 && nouns.LongestAt(view, noun + length) is > 0 and var head)
        {
            noun += length;
            length = head;
        }

        // "the two countries share a border of more than 1,700 km": a measure of the noun is no party.
        int after = Sums.MeasureOfEnd(view, lexicon.Cues, noun + length) is > 0 and var measured ? measured : noun + length;
        if (length == 0 || RelationNounPhrase.PartyFollows(view, after) || RelationNounPhrase.Found(view, nouns, noun) is not { } found
            || RelationNouns.ReadingBefore(view, noun, found, i + 1, lexicon) is not { } trigger)
        {
            return null;
        }

        return (i, noun, trigger);
    }

    /// <summary>
    /// "The two countries also held joint naval exercises", "They share a long border": a reference that stands for two
    /// named parties (<see cref="SentenceView.AlsoMeant"/>) as the subject of a verb of having before a symmetric noun
    /// holds it between them. As in <see cref="ReadTheirs"/> the candidate names the reference on both sides; the claim
    /// is read through its other antecedents.
    /// </summary>
    private void ReadPlural(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            if (view.IsPossessivePronoun(m) || view.AlsoMeant(m).Count == 0 || HeldAfter(view, m) is not var (verb, noun, trigger))
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, m, 0.8f, verb, verb, null), trigger, noun));
        }
    }

    /// <summary>
    /// "He called the two countries \"all-weather strategic cooperative partners\"": a description of two named parties
    /// (<see cref="SentenceView.DescribesSeveral"/>) as the object of a verb of naming (claim_cues <c>naming_verbs</c>),
    /// then "as", a quotation mark or modifiers and a symmetric predicate's partner role in the plural with no party after
    /// it, holds the relation between the two. The candidate names the description on both sides; the claim is read
    /// through its other antecedent.
    /// </summary>
    private void ReadNamed(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            int verb = view.MentionFirst(m) - 1;
            if (!view.DescribesSeveral(m) || view.AlsoMeant(m).Count != 1 || verb < view.First || view.MentionIndexAt(verb) >= 0
                || lexicon.Cues.NamingVerbs.LongestAt(view, verb) != 1)
            {
                continue;
            }

            int noun = view.AfterMention(m);
            noun += view.Is(noun, "as") ? 1 : 0;
            for (int n = 0; n < MaxModifiers && noun < view.End && roles.LongestAt(view, noun) == 0 && Modifier(view, noun); n++)
            {
                noun++;
            }

            int length = roles.LongestAt(view, noun);
            if (length == 0 || RelationNounPhrase.PartyFollows(view, noun + length) || RelationNounPhrase.Found(view, roles, noun) is not { } found
                || RelationNouns.ReadingBefore(view, noun, found, view.AfterMention(m), lexicon) is not { } trigger)
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, m, 0.8f, verb, noun, null), trigger, noun));
        }
    }

    private bool IsVerb(SentenceView view, int i) => RelationNounPhrase.IsCopula(view, i) || lexicon.Cues.HavingVerbs.LongestAt(view, i) == 1;

    /// <summary>
    /// "Uzbekistan and Kazakhstan have started to make a show of strengthening their promising partnership": a plural
    /// possessive that stands for two named parties (<see cref="SentenceView.AlsoMeant"/>) before a symmetric noun holds
    /// it between them. The candidate names the pronoun on both sides; the claim is read through its other antecedents.
    /// </summary>
    private void ReadTheirs(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            if (!view.IsPossessivePronoun(m) || view.AlsoMeant(m).Count == 0)
            {
                continue;
            }

            int noun = view.MentionLast(m) + 1;
            for (int n = 0; n < MaxModifiers && noun < view.End && held.LongestAt(view, noun) == 0 && Modifier(view, noun); n++)
            {
                noun++;
            }

            int length = held.LongestAt(view, noun);
            if (length == 0 || RelationNounPhrase.PartyFollows(view, noun + length) || RelationNounPhrase.Found(view, held, noun) is not { } found
                || RelationNouns.ReadingBefore(view, noun, found, view.MentionLast(m) + 1, lexicon) is not { } trigger)
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, m, 0.8f, noun, noun, null), trigger, noun));
        }
    }

    /// <summary>
    /// A word that may stand before the noun: an article, adjective, number, hyphen or a quotation mark (straight or curly,
    /// <see cref="QuoteMarks.IsMark"/>) opening a quoted role ("China and Kazakhstan were \"permanent comprehensive
    /// strategic partners\""), never a name or a clause word.
    /// </summary>
    private static bool Modifier(SentenceView view, int i)
    {
        if (view.MentionIndexAt(i) >= 0)
        {
            return false;
        }

        if (view.Is(i, "-") || QuoteMarks.IsMark(view, i))
        {
            return true;
        }

        return view.Token(i).Kind is TokenKind.Word or TokenKind.Number && !GrammarWords.Prepositions.StartsAt(view, i)
            && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i);
    }
}
