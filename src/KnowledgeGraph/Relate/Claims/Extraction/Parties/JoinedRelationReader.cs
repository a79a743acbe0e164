using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Dependency;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Names joined by hyphens before a relation noun as its head hold the relation: "China-Pakistan cooperation", "the US-China
/// rivalry", "the Afghanistan-China-Pakistan trilateral dialogue" (each pair) → the symmetric predicate whose nominal
/// trigger, without its final preposition, is the noun; before the noun of a one-way predicate's "between" trigger they
/// hold it each way ("the Iran-Iraq war", "the Spanish-American War"). Relations, relationships and ties hold only when
/// <see cref="RelationNouns"/> finds no hostile word before them; a relation that ends after the noun no longer holds.
/// </summary>
internal sealed class JoinedRelationReader
{
    private readonly PredicateLexicon lexicon;
    private readonly PhraseIndex<Trigger> joined = new();

    public JoinedRelationReader(PredicateLexicon lexicon)
    {
        this.lexicon = lexicon;
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
                string[] head = RelationNounPhrase.Head(noun);
                joined.Add(head, new Trigger(head, TriggerKind.Noun, predicate, null));
            }
        }

        joined.Seal();
    }

    /// <summary>The first words of the nouns this reader reads after joined names: a sentence with none of them gives none.</summary>
    public IEnumerable<string> CueWords => joined.FirstWords;

    /// <summary>
    /// "China-Pakistan cooperation", "a new US-China rivalry", "the China-Afghanistan-Pakistan trilateral dialogue": names
    /// joined by hyphens without spaces, then at most <see cref="MaxJoinedModifiers"/> adjectives or nouns, then a symmetric
    /// noun that heads the phrase (no noun after it: "the China-Pakistan trade route" states no trade) → the predicate
    /// between each two of the names.
    /// </summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
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
            if (length == 0 || RelationNounPhrase.Found(view, joined, noun) is not { } found || (char.IsUpper(view.Word(noun)[0]) && found.Predicate.Symmetric))
            {
                continue;
            }

            if (!Modifiers(view, i, noun))
            {
                return null;
            }

            if (!IsNoun(view, noun + length) && !RelationNounPhrase.PartyFollows(view, noun + length))
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
        && !RelationNounPhrase.IsCopula(view, i) && !lexicon.Cues.Bridges.StartsAt(view, i) && view.Syntax is { } syntax && syntax.Upos(i) is Upos.Noun or Upos.Propn;

    /// <summary>True when mentions <paramref name="a"/> and <paramref name="b"/> are joined by a hyphen with no space ("China-Pakistan").</summary>
    private static bool Joined(SentenceView view, int a, int b)
    {
        int hyphen = view.MentionLast(a) + 1;
        return view.MentionFirst(b) == hyphen + 1 && view.Is(hyphen, "-") && view.Mention(a).Entity != view.Mention(b).Entity
            && view.Token(hyphen).Start == view.Token(hyphen - 1).End && view.Token(hyphen + 1).Start == view.Token(hyphen).End;
    }
}
