using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// A definite description of a narrow kind ("the canal", "the company", "the bank": each type its rule refers to names a
/// subtype) read beyond the window: when no entity that fits was named in the sentences the chooser reads, the one entity
/// of that kind the article has named before, if it has named exactly one ("the Qosh Tepa canal" in the first paragraph,
/// "the canal" in the fourth). Only bodies and works are read so far back: broad descriptions ("the country", "the
/// group"), places ("the region" is often no region named, but the one the article is about) and descriptions of a title,
/// a count or a name's own noun are not.
/// </summary>
internal static class KindAntecedent
{
    /// <summary>Confidence of a reference to the article's only entity of its kind: above the chooser's minimum, never sure.</summary>
    public const float Confidence = 0.6f;

    /// <summary>True for a description of one organisation or project whose every `refers_to` type names a subtype.</summary>
    public static bool Applies(CoreferenceRule rule)
    {
        if (rule.Kind != ReferenceKind.Description || rule.Count != 1 || rule.Title || rule.Nearest || rule.InName || rule.RefersTo.Count == 0)
        {
            return false;
        }

        foreach (EntityConstraint constraint in rule.RefersTo)
        {
            if (constraint.Subtype is null || constraint.Type is not (EntityType.Organisation or EntityType.Project))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The reference to the one entity that fits <paramref name="rule"/> among the article's earlier candidates
    /// (<paramref name="older"/>, out of the window, and <paramref name="candidates"/>); null when one that fits is within
    /// the chooser's reach of <paramref name="sentence"/>, or none or several entities fit.
    /// </summary>
    public static Reference? Choose(
        CoreferenceRule rule, List<AntecedentCandidate> older, List<AntecedentCandidate> candidates, int sentence,
        (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        AntecedentCandidate? only = null;
        foreach (AntecedentCandidate c in candidates)
        {
            if (rule.Fit(c.Entity) < 0)
            {
                continue;
            }

            if (sentence - c.Sentence <= AntecedentChooser.MaxDistance || only is { } seen && !SameEntity.Is(seen.Entity, c.Entity))
            {
                return null;
            }

            only = c;
        }

        foreach (AntecedentCandidate c in older)
        {
            if (rule.Fit(c.Entity) < 0)
            {
                continue;
            }

            if (only is { } seen && !SameEntity.Is(seen.Entity, c.Entity))
            {
                return null;
            }

            only ??= c;
        }

        if (only is not { } winner)
        {
            return null;
        }

        return AntecedentChooser.Make(rule, winner, [], Confidence, at);
    }
}
