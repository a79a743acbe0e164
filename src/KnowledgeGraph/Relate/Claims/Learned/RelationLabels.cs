using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// The classes of the learned relation model for an ordered pair of mentions (the first and the second in the
/// sentence): class 0 is "no relation"; every predicate of the lexicon adds one class when symmetric and two when not
/// (the first mention as subject, or the second). Derived from <c>gazetteers/predicates.yaml</c> when training and kept
/// by name in the model section, so a predicate the lexicon later drops is never emitted.
/// </summary>
internal sealed class RelationLabels
{
    /// <summary>The "no relation" class.</summary>
    public const int None = 0;

    private readonly List<(string Predicate, bool Forward)> classes = [(string.Empty, true)];
    private readonly Dictionary<(string, bool), int> index = [];

    public RelationLabels(IEnumerable<(string Name, bool Symmetric)> predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        foreach ((string name, bool symmetric) in predicates)
        {
            Names.Add((name, symmetric));
            Add(name, true);
            if (!symmetric)
            {
                Add(name, false);
            }
        }
    }

    /// <summary>The predicates in class order, with their symmetry (what the model section stores).</summary>
    public List<(string Name, bool Symmetric)> Names { get; } = [];

    /// <summary>Number of classes, "no relation" included.</summary>
    public int Count => classes.Count;

    /// <summary>The labels of a lexicon's predicates, in its order.</summary>
    public static RelationLabels Of(PredicateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return new RelationLabels(lexicon.Predicates.Select(p => (p.Name, p.Symmetric)));
    }

    /// <summary>The class of <paramref name="predicate"/> with the first mention as subject (<paramref name="forward"/>) or the second; -1 when unknown.</summary>
    public int Encode(string predicate, bool forward)
    {
        if (index.TryGetValue((predicate, forward), out int label))
        {
            return label;
        }

        return index.TryGetValue((predicate, true), out label) && !index.ContainsKey((predicate, false)) ? label : -1;
    }

    /// <summary>The predicate and direction of class <paramref name="label"/> (empty predicate for <see cref="None"/>).</summary>
    public (string Predicate, bool Forward) Decode(int label) => classes[label];

    private void Add(string name, bool forward)
    {
        index[(name, forward)] = classes.Count;
        classes.Add((name, forward));
    }
}
