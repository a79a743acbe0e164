using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Adjacency stated by a border noun without a preposition: a state's possessive before named neighbours ("Afghanistan's
/// Central Asian and South Asian neighbours", "China's neighbour Kazakhstan") and two names joined by a dash before the
/// noun ("the Kazakh–Chinese border", "the Afghanistan-Pakistan frontier") → BORDERS. The nouns are the first words of
/// the BORDERS predicate's nominal triggers (border, frontier, neighbour …). A border noun before a state that shares
/// it with others ("the 3,000-km-long border China shares with the Central Asian states") borders each of them. A place
/// joined by "and" to an adjective of adjacency (claim_cues <c>adjacency</c>) and a name borders that name ("Badakhshan and
/// neighbouring Takhar"). A state placed among another's neighbours borders it (<see cref="PartitiveNeighbourFinder"/>), and
/// "the two neighbours" border each other (<see cref="NeighbourPairReader"/>).
/// </summary>
internal sealed class BorderReader
{
    private readonly PredicateDefinition? borders;
    private readonly PhraseIndex<string> adjacency;
    private readonly WordSet nouns;
    private readonly PartitiveNeighbourFinder? partitive;
    private readonly NeighbourPairReader? pairs;

    public BorderReader(PredicateLexicon lexicon)
    {
        borders = lexicon.Find("BORDERS");
        partitive = borders is null ? null : new PartitiveNeighbourFinder(lexicon, borders);
        pairs = borders is null ? null : new NeighbourPairReader(borders);
        adjacency = lexicon.Cues.Adjacency;
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string noun in borders?.Nouns ?? [])
        {
            words.Add(PhraseWords.Split(noun)[0]);
        }

        nouns = new WordSet([.. words]);
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (borders is null)
        {
            return;
        }

        pairs!.Read(view, output);
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (!IsState(view, m))
            {
                continue;
            }

            if (view.IsPossessive(m))
            {
                Neighbours(view, m, output);
            }
            else if (IsDash(view, view.MentionLast(m) + 1) && view.MentionFirst(m + 1) == view.MentionLast(m) + 2 && IsState(view, m + 1)
                && IsNoun(view, view.MentionLast(m + 1) + 1))
            {
                Add(m, m + 1, view.MentionLast(m + 1) + 1, output);
            }
            else if (view.Is(view.MentionLast(m) + 1, "and") && adjacency.LongestAt(view, view.MentionLast(m) + 2) == 1
                && view.MentionFirst(m + 1) == view.MentionLast(m) + 3 && IsState(view, m + 1) && !view.IsPossessive(m + 1))
            {
                // "Badakhshan and neighbouring Takhar": the adjective says the second borders the first.
                Add(m, m + 1, view.MentionLast(m) + 2, output);
            }
            else if (IsNoun(view, view.MentionFirst(m) - 1) && SharesWith(view, view.AfterMention(m)) is > 0 and var with)
            {
                // "the border China shares with the Central Asian states": each state after "with" is a neighbour.
                for (int k = view.Is(with + 1, "the") ? with + 2 : with + 1; view.MentionIndexAt(k) is >= 0 and var n && view.MentionFirst(n) == k && IsState(view, n);)
                {
                    Add(m, n, view.MentionFirst(m) - 1, output);
                    k = view.AfterMention(n);
                    k += view.Is(k, ",") && view.Is(k + 1, "and") ? 2 : view.Is(k, ",") || view.Is(k, "and") ? 1 : 0;
                    k += view.Is(k, "the") ? 1 : 0;
                    if (k == view.AfterMention(n))
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The "with" after a verb of sharing at <paramref name="i"/> ("shares with", "has shared with"); -1 when there is none.</summary>
    private static int SharesWith(SentenceView view, int i)
    {
        if (GrammarWords.HaveForms.StartsAt(view, i))
        {
            i++;
        }

        return (view.Is(i, "shares") || view.Is(i, "shared") || view.Is(i, "share")) && view.Is(i + 1, "with") ? i + 1 : -1;
    }

    /// <summary>
    /// "Afghanistan's Central Asian and South Asian neighbours": named states coordinated between the possessive and the
    /// noun; "China's neighbours Kazakhstan and Kyrgyzstan": named states right after it.
    /// </summary>
    private void Neighbours(SentenceView view, int owner, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        int i = view.AfterMention(owner);
        int from = owner + 1;
        int m = from;
        while (view.MentionIndexAt(i) == m && IsState(view, m))
        {
            i = view.MentionLast(m) + 1;
            m++;
            if (view.Is(i, ",") || view.Is(i, "and") || view.Is(i, "or"))
            {
                i += view.Is(i + 1, "and") ? 2 : 1;
            }
        }

        if (!IsNoun(view, i))
        {
            Partitive(view, owner, m == from, output);
            return;
        }

        if (m == from)
        {
            // "China's neighbours Kazakhstan and Kyrgyzstan": the named states follow the noun.
            int after = i + 1;
            while (view.MentionIndexAt(after) == m && IsState(view, m))
            {
                after = view.MentionLast(m) + 1;
                m++;
                if (view.Is(after, ",") || view.Is(after, "and"))
                {
                    after += view.Is(after + 1, "and") ? 2 : 1;
                }
            }
        }

        for (int n = from; n < m; n++)
        {
            Add(owner, n, i, output);
        }

        Partitive(view, owner, m == from, output);
    }

    /// <summary>"among Afghanistan's northern neighbours": when no neighbour is named by the noun, the state placed in the set is one.</summary>
    private void Partitive(SentenceView view, int owner, bool noneNamed, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (noneNamed && partitive!.Find(view, owner) is ( >= 0 and var member, var noun))
        {
            Add(member, owner, noun, output);
        }
    }

    private void Add(int a, int b, int noun, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output) =>
        output.Add((new ClaimCandidate(a, b, 0.9f, noun, noun, null), new Trigger(["border"], TriggerKind.Title, borders!, null), noun));

    private bool IsNoun(SentenceView view, int i) =>
        i >= view.First && i < view.End && view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word && nouns.At(view, i);

    /// <summary>A country or region named by its name or demonym; a pronoun or description is not a neighbour.</summary>
    private static bool IsState(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place && view.Mention(m).Kind != MentionKind.Partial;

    private static bool IsDash(SentenceView view, int i) => view.Is(i, "-") || view.Is(i, "–") || view.Is(i, "—");
}
