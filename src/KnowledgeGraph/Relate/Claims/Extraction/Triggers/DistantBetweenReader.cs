using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A "between" noun trigger whose "between X and Y" comes a few words after the noun ("geopolitical competition, this
/// time between China and India", "what competition might take place between China and India"): the two coordinated
/// parties, as the adjacent "competition between X and Y" gives them. The words in the gap must not name anyone, open
/// another clause or join another noun ("clashes and the growing proximity between"), and at most one comma stands there. One instance per document; not thread-safe.
/// </summary>
internal sealed class DistantBetweenReader
{
    private const int MaxGap = 4;
    private readonly ObjectFinder objectFinder;
    private readonly Dictionary<string, Trigger> nouns = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordTable<Trigger> lookup;
    private readonly List<Argument> objects = [];

    public DistantBetweenReader(PredicateLexicon lexicon, ObjectFinder objectFinder)
    {
        this.objectFinder = objectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string noun in predicate.Nouns)
            {
                string[] words = PhraseWords.Split(noun);
                if (words.Length == 2 && words[1] == "between")
                {
                    nouns.TryAdd(words[0], new Trigger(words, TriggerKind.Noun, predicate, "between"));
                }
            }
        }

        lookup = new WordTable<Trigger>(nouns);
    }

    /// <summary>Appends (candidate, trigger, noun token) for each such noun of the view with two parties after it.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // Anchored on "between" (a cheap comparison per token), the noun looked for in the few words before it.
        for (int b = view.First + 2; b < view.End - 2; b++)
        {
            if (view.Token(b).Length != 7 || !view.Is(b, "between"))
            {
                continue;
            }

            int i = NounBefore(view, b, out Trigger? trigger);
            if (i < 0)
            {
                continue;
            }

            objectFinder.Find(view, b + 1, [], direct: true, objects);
            if (objects.Count >= 2)
            {
                float weight = 0.85f * Math.Min(objects[0].Weight, objects[1].Weight);
                output.Add((new ClaimCandidate(objects[0].Mention, objects[1].Mention, weight, i, i, null), trigger!, i));
            }
        }
    }

    /// <summary>
    /// The trigger noun two to five words before "between" (right before it the lexicon trigger reads it), or -1 when a
    /// name, a clause opener, a conjunction, a mark other than one comma stands in the gap first.
    /// </summary>
    private int NounBefore(SentenceView view, int between, out Trigger? trigger)
    {
        trigger = null;
        int commas = 0;
        for (int j = between - 1; j >= view.First && between - j <= MaxGap + 1; j--)
        {
            if (j < between - 1 && view.Token(j).Kind == Model.TokenKind.Word && (trigger = lookup.Find(view, j)) is not null)
            {
                return view.MentionIndexAt(j) < 0 ? j : -1;
            }

            commas += view.Is(j, ",") ? 1 : 0;
            if (view.MentionIndexAt(j) >= 0 || commas > 1 || (view.IsPunctuation(j) && !view.Is(j, ","))
                || GrammarWords.ClauseStops.StartsAt(view, j) || GrammarWords.Conjunctions.StartsAt(view, j))
            {
                return -1;
            }
        }

        return -1;
    }
}
