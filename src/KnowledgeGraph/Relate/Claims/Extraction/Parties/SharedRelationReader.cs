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
/// India are rivals") → the predicate between the parties. The nouns are derived from the lexicon: each symmetric
/// predicate's nominal triggers without their final preposition ("partnership with" → "partnership") and its partner
/// roles in the plural. Relations, relationships and ties hold only when <see cref="RelationNouns"/> finds no hostile
/// word before them ("a complicated relationship" states nothing), and close ones are alliances. When a preposition
/// follows the noun the nominal trigger itself is read ("a partnership with …"), so this reader leaves it. Names joined
/// by hyphens before such a noun as its head hold it too ("China-Pakistan cooperation", "the US-China rivalry", "the
/// Afghanistan-China-Pakistan trilateral dialogue": each pair), and so do they before the noun of a one-way predicate's
/// "between" trigger, each way ("the Iran-Iraq war", "the Spanish-American War"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class SharedRelationReader
{
    private const int MaxModifiers = 6;
    private const int MaxBridges = 3;
    private static readonly string[] Copulas = ["are", "were", "remain", "remained", "became", "become", "been"];
    private static readonly string[] Ends = ["with", "between", "of", "to", "among", "against", "on", "over"];
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly PhraseIndex<Trigger> held = new();
    private readonly PhraseIndex<Trigger> joined = new();
    private readonly PhraseIndex<Trigger> roles = new();
    private readonly List<Argument> parties = [];

    public SharedRelationReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (!predicate.Symmetric)
            {
                // "the Iran-Iraq war": a one-way relation held "between" two parties holds each way.
                foreach (string noun in predicate.Nouns)
                {
                    string[] words = PhraseWords.Split(noun);
                    if (words.Length > 1 && words[^1] == "between")
                    {
                        joined.Add(words[..^1], new Trigger(words[..^1], TriggerKind.Noun, predicate, null));
                    }
                }

                continue;
            }

            foreach (string noun in predicate.Nouns)
            {
                string[] words = PhraseWords.Split(noun);
                string[] head = Array.IndexOf(Ends, words[^1]) >= 0 && words.Length > 1 ? words[..^1] : words;
                heads.Add(string.Join(' ', head));
                held.Add(head, new Trigger(head, TriggerKind.Noun, predicate, null));
                joined.Add(head, new Trigger(head, TriggerKind.Noun, predicate, null));
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
        joined.Seal();
        roles.Seal();
    }

    /// <summary>
    /// The first words of the relation nouns and roles this reader reads: every claim it finds is read from one held after
    /// the parties' verb, after their possessive pronoun or after joined names, so a sentence with none of these words
    /// gives none.
    /// </summary>
    public IEnumerable<string> CueWords => [.. held.FirstWords, .. joined.FirstWords, .. roles.FirstWords];

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
        ReadJoined(view, output);
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
        if (IsCopula(view, i) && i + 1 < view.End && lexicon.Cues.HavingVerbs.LongestAt(view, i + 1) == 1)
        {
            i++;
        }

        bool copula = IsCopula(view, i);
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

        if (length == 0 || PartyFollows(view, noun + length) || Found(view, nouns, noun) is not { } found
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
    /// "China-Pakistan cooperation", "a new US-China rivalry", "the China-Afghanistan-Pakistan trilateral dialogue": names
    /// joined by hyphens without spaces, then at most <see cref="MaxJoinedModifiers"/> adjectives or nouns, then a symmetric
    /// noun that heads the phrase (no noun after it: "the China-Pakistan trade route" states no trade) → the predicate
    /// between each two of the names.
    /// </summary>
    private void ReadJoined(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 1; m < view.MentionCount; m++)
        {
            if (!Joined(view, m - 1, m) || (m >= 2 && Joined(view, m - 2, m - 1)))
            {
                continue;
            }

            int last = m;
            while (last + 1 < view.MentionCount && Joined(view, last, last + 1))
            {
                last++;
            }

            if (HeadNoun(view, view.AfterMention(last)) is not var (noun, found)
                || RelationNouns.ReadingBefore(view, noun, found, Math.Max(view.First, view.MentionFirst(m - 1) - 2), lexicon) is not { } trigger)
            {
                continue;
            }

            // "The China-Pakistan talks ended without agreement": an event done face to face (in_person predicates) that
            // ends took place; a relation that ends no longer holds.
            bool broken = !trigger.Predicate.InPerson && Broken(view, noun + found.Words.Length);
            for (int a = m - 1; a <= last; a++)
            {
                for (int b = a + 1; b <= last; b++)
                {
                    output.Add((new ClaimCandidate(a, b, 0.85f, view.MentionFirst(m - 1) - 1, noun + 1, null) { Negated = broken ? true : null }, trigger, noun));
                    if (!trigger.Predicate.Symmetric)
                    {
                        output.Add((new ClaimCandidate(b, a, 0.85f, view.MentionFirst(m - 1) - 1, noun + 1, null) { Negated = broken ? true : null }, trigger, noun));
                    }
                }
            }
        }
    }

    private const int MaxJoinedModifiers = 3;

    /// <summary>True when a verb of ending follows the noun, after "has" or "had" at most ("… relationship fell apart").</summary>
    private bool Broken(SentenceView view, int i)
    {
        if (GrammarWords.HaveForms.StartsAt(view, i))
        {
            i++;
        }

        return lexicon.Cues.Breakdowns.StartsAt(view, i);
    }

    /// <summary>
    /// The symmetric noun heading the phrase from <paramref name="i"/> and its trigger, past adjectives and nouns. Words
    /// are looked up first; the sentence is tagged only when a symmetric noun is in reach.
    /// </summary>
    private (int Noun, Trigger Found)? HeadNoun(SentenceView view, int i)
    {
        for (int noun = i; noun <= i + MaxJoinedModifiers && noun < view.End && view.MentionIndexAt(noun) < 0 && view.Token(noun).Kind == TokenKind.Word; noun++)
        {
            int length = joined.LongestAt(view, noun);
            // A capitalised noun inside the sentence is part of a name ("the Forum on China-Africa Cooperation"); a war's
            // name still states its war ("the Spanish-American War").
            if (length == 0 || Found(view, joined, noun) is not { } found || (char.IsUpper(view.Word(noun)[0]) && found.Predicate.Symmetric))
            {
                continue;
            }

            if (!Modifiers(view, i, noun))
            {
                return null;
            }

            if (!IsNoun(view, noun + length) && !PartyFollows(view, noun + length))
            {
                return (noun, found);
            }
        }

        return null;
    }

    /// <summary>True when every word in [<paramref name="from"/>, <paramref name="to"/>) is an adjective or a noun (a lowercase word the tagger calls a proper noun, "trilateral", too).</summary>
    private static bool Modifiers(SentenceView view, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (view.Syntax is not { } syntax || !(syntax.Upos(k) is Upos.Adj or Upos.Noun || (syntax.Upos(k) == Upos.Propn && char.IsLower(view.Word(k)[0]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a noun that is no name stands at <paramref name="i"/>: punctuation, a grammar word, an auxiliary or adverb
    /// of the bridges, a past form in -ed or a word in capitals is none, and only another lowercase word is asked of the
    /// tagger (tagging a sentence costs more than reading it).
    /// </summary>
    private bool IsNoun(SentenceView view, int i) =>
        i < view.End && view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word && char.IsLower(view.Word(i)[0])
        && !(view.Word(i).Length > 4 && view.Word(i).EndsWith("ed", StringComparison.Ordinal))
        && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i)
        && !IsCopula(view, i) && !lexicon.Cues.Bridges.StartsAt(view, i) && view.Syntax is { } syntax && syntax.Upos(i) is Upos.Noun or Upos.Propn;

    /// <summary>True when mentions <paramref name="a"/> and <paramref name="b"/> are joined by a hyphen with no space ("China-Pakistan").</summary>
    private static bool Joined(SentenceView view, int a, int b)
    {
        int hyphen = view.MentionLast(a) + 1;
        return view.MentionFirst(b) == hyphen + 1 && view.Is(hyphen, "-") && view.Mention(a).Entity != view.Mention(b).Entity
            && view.Token(hyphen).Start == view.Token(hyphen - 1).End && view.Token(hyphen + 1).Start == view.Token(hyphen).End;
    }

    private bool IsVerb(SentenceView view, int i) => IsCopula(view, i) || lexicon.Cues.HavingVerbs.LongestAt(view, i) == 1;

    private static bool IsCopula(SentenceView view, int i)
    {
        foreach (string copula in Copulas)
        {
            if (view.Is(i, copula))
            {
                return true;
            }
        }

        return false;
    }

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
            if (length == 0 || PartyFollows(view, noun + length) || Found(view, held, noun) is not { } found
                || RelationNouns.ReadingBefore(view, noun, found, view.MentionLast(m) + 1, lexicon) is not { } trigger)
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, m, 0.8f, noun, noun, null), trigger, noun));
        }
    }

    /// <summary>
    /// True when a preposition that introduces another party comes at <paramref name="at"/>, or after a bracketed aside
    /// ("signed contracts (likely as part of a wider agreement …) with the Taliban"): the nominal trigger reads that.
    /// </summary>
    private static bool PartyFollows(SentenceView view, int at)
    {
        if (view.Is(at, "("))
        {
            while (at < view.End && !view.Is(at, ")"))
            {
                at++;
            }

            at++;
        }

        // "reached an agreement to reopen the border": "to" before a verb opens an infinitive, not a party.
        if (view.Is(at, "to") && VerbShapes.IsLowerWord(view, at + 1) && !GrammarWords.Articles.StartsAt(view, at + 1) && view.MentionIndexAt(at + 1) < 0)
        {
            return false;
        }

        return view.IsAny(at, Ends);
    }

    /// <summary>The trigger of the longest noun phrase at <paramref name="noun"/>.</summary>
    private static Trigger? Found(SentenceView view, PhraseIndex<Trigger> nouns, int noun)
    {
        if (nouns.Candidates(view, noun) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            if (view.WordsMatch(noun, words))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>A word that may stand before the noun: an article, adjective, number or hyphen, never a name or a clause word.</summary>
    private static bool Modifier(SentenceView view, int i)
    {
        if (view.MentionIndexAt(i) >= 0)
        {
            return false;
        }

        if (view.Is(i, "-"))
        {
            return true;
        }

        return view.Token(i).Kind is TokenKind.Word or TokenKind.Number && !GrammarWords.Prepositions.StartsAt(view, i)
            && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i);
    }
}
