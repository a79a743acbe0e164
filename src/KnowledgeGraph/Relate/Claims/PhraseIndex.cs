namespace KnowledgeGraph.Relate.Claims;

/// <summary>
/// Word sequences keyed by their first word (case-insensitive, looked up by span without allocating), each with a
/// value. Candidates under one first word are kept longest first, so the first full match is the longest.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirst = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private bool sealedForReading;

    public int Count { get; private set; }

    /// <summary>Adds a phrase already split by <see cref="PhraseWords.Split"/>.</summary>
    public void Add(string[] words, T value)
    {
        if (sealedForReading)
        {
            throw new InvalidOperationException("The index is read-only once Seal has run.");
        }

        if (!byFirst.TryGetValue(words[0], out var list))
        {
            list = [];
            byFirst.Add(words[0], list);
        }

        list.Add((words, value));
        Count++;
    }

    /// <summary>Sorts candidates longest first and prepares span lookups; call once after the last <see cref="Add"/>.</summary>
    public PhraseIndex<T> Seal()
    {
        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        sealedForReading = true;
        return this;
    }

    /// <summary>Every value, in no particular order (for validation and listings).</summary>
    public IEnumerable<T> AllValues()
    {
        foreach (var list in byFirst.Values)
        {
            foreach (var (_, value) in list)
            {
                yield return value;
            }
        }
    }

    /// <summary>Candidates whose first word is <paramref name="word"/>, longest first; null when none.</summary>
    public List<(string[] Words, T Value)>? Candidates(ReadOnlySpan<char> word) =>
        sealedForReading && lookup.TryGetValue(word, out var list) ? list : null;

    /// <summary>Length in tokens of the longest phrase matching at token <paramref name="i"/> (within the view), or 0.</summary>
    public int LongestAt(SentenceView view, int i)
    {
        if (i < view.First || i >= view.End)
        {
            return 0;
        }

        var list = Candidates(view.Word(i));
        if (list is null)
        {
            return 0;
        }

        foreach (var (words, _) in list)
        {
            if (view.WordsMatch(i, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>True when a phrase starts at token <paramref name="i"/>.</summary>
    public bool StartsAt(SentenceView view, int i) => LongestAt(view, i) > 0;

    /// <summary>True when some phrase starts at a token of [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool AnyIn(SentenceView view, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (LongestAt(view, i) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
