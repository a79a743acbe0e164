using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// Reads, after the rules, the relations the learned model (<see cref="RelationModel"/>) sees between two of a sentence's
/// mentions that no rule related: every pair of different entities not yet related in the sentence, read once at its
/// two nearest mentions as an ordered pair, becomes a claim candidate when its most probable class is a relation whose probability clears that predicate's
/// threshold. The candidate's weight is that probability (the claim's confidence), its trigger a word between the two
/// (<see cref="RelationModel.Predict"/>; else the first word between them), and its negation is looked for between them, as for a verb's.
/// </summary>
internal sealed class LearnedClaimReader
{
    private readonly RelationModel model;
    private readonly RelationTypes types;
    private readonly Dictionary<string, Trigger> triggers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), (int A, int B, int Gap)> nearest = [];

    public LearnedClaimReader(RelationModel model, PredicateLexicon lexicon)
    {
        this.model = model;
        types = new RelationTypes(model.Labels, lexicon);
        foreach ((string name, _) in model.Labels.Names)
        {
            if (lexicon.Find(name) is { } predicate)
            {
                triggers[name] = new Trigger(["(learned)"], TriggerKind.Verb, predicate, null);
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the model's candidates for the pairs of <paramref name="view"/> that the claims
    /// <paramref name="output"/> holds from <paramref name="first"/> on (this sentence's) do not already relate.
    /// </summary>
    public void Read(SentenceView view, List<Claim> output, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> found)
    {
        // Each pair of entities is read once, at its two nearest mentions, as the model was trained.
        RelationPairs.Nearest(view, nearest);
        bool parsed = false;
        foreach ((int a, int b, _) in nearest.Values)
        {
            if (Related(output, first, view.Mention(a).Entity, view.Mention(b).Entity))
            {
                continue;
            }

            // The model reads the dependency path between the two, as it was trained: the sentence is parsed once, for
            // the first pair the rules left unrelated.
            if (!parsed)
            {
                view.Syntax?.EnsureParsed(view.Index);
                parsed = true;
            }

            (int label, float probability, int trigger) = model.Predict(view, a, b, types.Allowed(view.Mention(a).Entity.Type, view.Mention(b).Entity.Type));
            if (label == RelationLabels.None || probability < model.Threshold(label))
            {
                continue;
            }

            (string predicate, bool forward) = model.Labels.Decode(label);
            if (!triggers.TryGetValue(predicate, out Trigger? value))
            {
                continue;
            }

            int from = view.MentionLast(a) + 1;
            int to = view.MentionFirst(b);
            int at = trigger >= 0 ? trigger : FirstWord(view, from, to);
            var candidate = new ClaimCandidate(forward ? a : b, forward ? b : a, probability, from, to, null);
            found.Add((candidate, value, at));
        }
    }

    /// <summary>The first word in [<paramref name="from"/>, <paramref name="to"/>), else <paramref name="to"/> (the second mention).</summary>
    private static int FirstWord(SentenceView view, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!view.IsPunctuation(i))
            {
                return i;
            }
        }

        return to;
    }

    private static bool Related(List<Claim> output, int first, Entity left, Entity right)
    {
        for (int k = first; k < output.Count; k++)
        {
            if (RelationPairs.Joins(output[k], left, right))
            {
                return true;
            }
        }

        return false;
    }
}
