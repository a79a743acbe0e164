using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// Which classes of <see cref="RelationLabels"/> the predicate lexicon's type constraints allow for a pair of entity
/// types (first mention, second mention): a class whose subject or object would break them is never predicted, at
/// training's held-out scoring as at run time. "No relation" is always allowed. Thread-safe after construction.
/// </summary>
internal sealed class RelationTypes
{
    private readonly bool[][] allowed;
    private readonly int types;

    public RelationTypes(RelationLabels labels, PredicateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(lexicon);
        types = Enum.GetValues<EntityType>().Max(t => (int)t) + 1;
        allowed = new bool[types * types][];
        for (int first = 0; first < types; first++)
        {
            for (int second = 0; second < types; second++)
            {
                var row = new bool[labels.Count];
                row[RelationLabels.None] = true;
                var one = new Entity { Id = "first", Name = "first", Type = (EntityType)first };
                var other = new Entity { Id = "second", Name = "second", Type = (EntityType)second };
                for (int c = 1; c < labels.Count; c++)
                {
                    (string name, bool forward) = labels.Decode(c);
                    if (lexicon.Find(name) is { } predicate)
                    {
                        (Entity subject, Entity obj) = forward ? (one, other) : (other, one);
                        row[c] = predicate.AllowsSubject(subject) && predicate.AllowsObject(obj);
                    }
                }

                allowed[(first * types) + second] = row;
            }
        }
    }

    /// <summary>The allowed classes when the first mention is of type <paramref name="first"/> and the second of <paramref name="second"/>.</summary>
    public ReadOnlySpan<bool> Allowed(EntityType first, EntityType second) => allowed[((int)first * types) + (int)second];
}
