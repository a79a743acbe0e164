using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Dependency;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A symmetric relation two coordinated parties hold together, named by a noun with no party after it: a verb of
/// having (<c>having_verbs</c>) before the noun of a symmetric predicate's nominal trigger ("Kazakhstan and China share a
/// long border", "Beijing and Islamabad have a long-standing strategic partnership", "Russia and China held joint
/// military exercises"), or a copula before its role noun in the plural ("China and Pakistan are allies", "China and
/// India are rivals") → the predicate between the parties. The nouns are derived from the lexicon: each symmetric
/// predicate's nominal triggers without their final preposition ("partnership with" → "partnership") and its partner
/// roles in the plural. Relations, relationships and ties hold only when <see cref="RelationNouns"/> finds no hostile
/// word before them ("a complicated relationship" states nothing), and close ones are alliances. When a preposition
/// follows the noun the nominal trigger itself is read ("a partnership with …"), so this reader leaves it. One instance
/// per reader; not thread-safe.
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
    private readonly PhraseIndex<Trigger> roles = new();
    private readonly List<Argument> parties = [];

    public SharedRelationReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (!predicate.Symmetric)
            {
                continue;
            }

            foreach (string noun in predicate.Nouns)
            {
                string[] words = PhraseWords.Split(noun);
                string[] head = Array.IndexOf(Ends, words[^1]) >= 0 && words.Length > 1 ? words[..^1] : words;
                held.Add(head, new Trigger(head, TriggerKind.Noun, predicate, null));
            }

            foreach (string role in predicate.Partners)
            {
                string[] words = PartnerReader.Plural(PhraseWords.Split(role));
                roles.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
            }
        }

        held.Seal();
        roles.Seal();
    }

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

            int i = view.AfterMention(m);
            for (int n = 0; n < MaxBridges && i < view.End && !IsVerb(view, i) && lexicon.Cues.Bridges.StartsAt(view, i); n++)
            {
                i++;
            }

            if (i >= view.End || !IsVerb(view, i))
            {
                continue;
            }

            bool copula = IsCopula(view, i);
            int noun = i + 1;
            PhraseIndex<Trigger> nouns = copula ? roles : held;
            for (int n = 0; n < MaxModifiers && noun < view.End && nouns.LongestAt(view, noun) == 0 && Modifier(view, noun); n++)
            {
                noun++;
            }

            int length = nouns.LongestAt(view, noun);
            if (length == 0 || PartyFollows(view, noun + length) || Found(view, nouns, noun) is not { } found)
            {
                continue;
            }

            Trigger? trigger = RelationNouns.ReadingBefore(view, noun, found, i + 1, lexicon);
            subjectFinder.Find(view, i, parties, out int bridge);
            if (trigger is null || parties.Count < 2)
            {
                continue;
            }

            for (int a = 0; a < parties.Count; a++)
            {
                for (int b = a + 1; b < parties.Count; b++)
                {
                    output.Add((new ClaimCandidate(parties[a].Mention, parties[b].Mention, 0.85f, bridge, i, null), trigger, noun));
                }
            }
        }

        ReadTheirs(view, output);
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

        return Array.Exists(Ends, e => view.Is(at, e));
    }

    /// <summary>The trigger of the longest noun phrase at <paramref name="noun"/>.</summary>
    private static Trigger? Found(SentenceView view, PhraseIndex<Trigger> nouns, int noun)
    {
        if (nouns.Candidates(view.Word(noun)) is not { } list)
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
