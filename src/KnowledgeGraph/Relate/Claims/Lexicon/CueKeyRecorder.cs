using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// An empty set of cue lists that records every key looked up in it: compiling <see cref="ClaimCues"/> from it yields the
/// keys the <c>claim_cues</c> section may hold, so each list is named once, where it is compiled.
/// </summary>
internal sealed class CueKeyRecorder : IReadOnlyDictionary<string, IReadOnlyList<string>>
{
    private readonly List<string> requested = [];

    /// <summary>The keys looked up so far, in the order of their first lookup.</summary>
    public IReadOnlyList<string> Requested => requested;

    /// <inheritdoc/>
    public IReadOnlyList<string> this[string key] => throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public IEnumerable<string> Keys => [];

    /// <inheritdoc/>
    public IEnumerable<IReadOnlyList<string>> Values => [];

    /// <inheritdoc/>
    public int Count => 0;

    /// <inheritdoc/>
    public bool ContainsKey(string key)
    {
        Record(key);
        return false;
    }

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value)
    {
        Record(key);
        value = null;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, IReadOnlyList<string>>>().GetEnumerator();

    /// <inheritdoc/>
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private void Record(string key)
    {
        if (!requested.Contains(key, StringComparer.Ordinal))
        {
            requested.Add(key);
        }
    }
}
