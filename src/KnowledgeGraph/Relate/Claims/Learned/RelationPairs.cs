using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// The pairs of mentions the relation model reads: for every two different entities of a sentence, their two nearest
/// mentions that do not overlap (fewest tokens between), as (first, second) in sentence order. Training labels and run
/// time read the same pairs.
/// </summary>
internal static class RelationPairs
{
    /// <summary>Fills <paramref name="nearest"/> (keyed by the two entity ids in ordinal order) from <paramref name="view"/>.</summary>
    public static void Nearest(SentenceView view, Dictionary<(string, string), (int A, int B, int Gap)> nearest)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(nearest);
        nearest.Clear();
        for (int a = 0; a < view.MentionCount; a++)
        {
            string left = view.Mention(a).Entity.Id;
            for (int b = a + 1; b < view.MentionCount; b++)
            {
                string right = view.Mention(b).Entity.Id;
                int gap = view.MentionFirst(b) - view.MentionLast(a);
                if (left == right || gap <= 0)
                {
                    continue;
                }

                var key = Key(left, right);
                if (!nearest.TryGetValue(key, out var known) || gap < known.Gap)
                {
                    nearest[key] = (a, b, gap);
                }
            }
        }
    }

    /// <summary>True when <paramref name="claim"/> relates <paramref name="one"/> and <paramref name="other"/>, either way round.</summary>
    public static bool Joins(Claim claim, Entity one, Entity other) =>
        (claim.Subject.Id == one.Id && claim.Object.Id == other.Id) || (claim.Subject.Id == other.Id && claim.Object.Id == one.Id);

    /// <summary>The key of two entity ids, in ordinal order.</summary>
    public static (string, string) Key(string one, string other) => string.CompareOrdinal(one, other) <= 0 ? (one, other) : (other, one);
}
