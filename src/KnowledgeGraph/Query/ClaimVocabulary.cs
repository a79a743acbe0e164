using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Query;

/// <summary>
/// The predicates and classes a claim query may name: the predicate lexicon's (one source of truth:
/// gazetteers/predicates.yaml) and any predicate the store holds, and the five classes of <see cref="PredicateClasses"/>.
/// A name outside them is an error listing the valid ones, never an empty answer.
/// </summary>
internal sealed class ClaimVocabulary
{
    /// <summary>A vocabulary of <paramref name="predicates"/> (upper case) and the five classes.</summary>
    public ClaimVocabulary(IEnumerable<string> predicates)
    {
        Predicates = predicates.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every predicate name, sorted.</summary>
    public IReadOnlyList<string> Predicates { get; }

    /// <summary>The predicate classes.</summary>
    public IReadOnlyList<string> Classes => PredicateClasses.All;

    /// <summary>The lexicon's predicates (when there is one) and those of the claims in <paramref name="snapshot"/>.</summary>
    public static ClaimVocabulary Of(GraphSnapshot snapshot, PredicateLexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        IEnumerable<string> known = snapshot.Claims.Select(c => c.Predicate);
        return new ClaimVocabulary(lexicon is null ? known : known.Concat(lexicon.Predicates.Select(p => p.Name)));
    }

    /// <summary>The canonical spelling of <paramref name="predicate"/> (any case).</summary>
    /// <exception cref="KgException">KG8008 listing the valid predicates (the closest first).</exception>
    public string Predicate(string predicate) => Find(predicate, Predicates, ErrorCodes.PredicateUnknown, "predicate", "--predicate");

    /// <summary>The canonical spelling of <paramref name="cls"/> (any case).</summary>
    /// <exception cref="KgException">KG8009 listing the five classes.</exception>
    public string Class(string cls) => Find(cls, Classes, ErrorCodes.PredicateClassUnknown, "predicate class", "--class");

    private static string Find(string name, IReadOnlyList<string> valid, string code, string what, string option)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? match = valid.FirstOrDefault(v => string.Equals(v, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        string key = name.Trim().ToUpperInvariant();
        var close = valid.Where(v => EditDistance.Between(key, v.ToUpperInvariant()) <= Math.Max(2, key.Length / 4) || v.StartsWith(key, StringComparison.OrdinalIgnoreCase)).ToList();
        string hint = close.Count == 0 ? "" : $"did you mean {string.Join(" or ", close)}? ";
        throw new KgException(code, $"unknown {what} '{name}' for {option}; {hint}valid: {string.Join(", ", valid)}");
    }
}
