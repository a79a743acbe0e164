using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// Word sequences keyed by their first word (case-insensitive, looked up by span without allocating), each with a
/// value. Candidates under one first word are kept longest first, so the first full match is the longest.
/// This lookup runs once per token: per-length masks of first and last letters reject most words, and the rest go to a
/// <see cref="FoldedWordTable{TValue}"/> that hashes with ASCII case folded, without copying the word.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private const int MaxKeyLength = 64;
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirst = new(StringComparer.Ordinal);
    private readonly ulong[] firstLetters = new ulong[MaxKeyLength + 1];
    /// <summary>Per key length: a bit for the last character of every key of that length (<see cref="LetterBit"/>).</summary>
    private readonly ulong[] lastLetters = new ulong[MaxKeyLength + 1];
    private int longestKey;
    private FoldedWordTable<List<(string[] Words, T Value)>>? table;
    private bool sealedForReading;
    /// <summary>
    /// True when every phrase's first word equals its key ignoring case (always so for ASCII words): then a token the key
    /// matched equals the first word too, and <see cref="Matches"/> compares from the second word on.
    /// </summary>
    private bool firstWordsKeyed;

    public int Count { get; private set; }

    /// <summary>The phrases' first words, lower case: a token equal to none of them ignoring case starts no phrase.</summary>
    public IEnumerable<string> FirstWords => byFirst.Keys;

    /// <summary>Adds a phrase already split by <see cref="PhraseWords.Split"/>.</summary>
    public void Add(string[] words, T value)
    {
        if (sealedForReading)
        {
            throw new InvalidOperationException("The index is read-only once Seal has run.");
        }

        string key = words[0].ToLowerInvariant();
        if (!byFirst.TryGetValue(key, out var list))
        {
            list = [];
            byFirst.Add(key, list);
            longestKey = Math.Min(MaxKeyLength, Math.Max(longestKey, key.Length));
            if (key.Length <= MaxKeyLength)
            {
                firstLetters[key.Length] |= LetterBit(key[0]);
                lastLetters[key.Length] |= LetterBit(key[^1]);
            }
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

        table = new FoldedWordTable<List<(string[] Words, T Value)>>(byFirst);
        firstWordsKeyed = byFirst.All(pair => pair.Value.TrueForAll(entry => string.Equals(entry.Words[0], pair.Key, StringComparison.OrdinalIgnoreCase)));
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
    public List<(string[] Words, T Value)>? Candidates(ReadOnlySpan<char> word)
    {
        // Per-length masks of first and last letters reject most tokens before any hashing.
        if (table is null || word.Length == 0 || word.Length > longestKey || (firstLetters[word.Length] & LetterBit(word[0])) == 0
            || (lastLetters[word.Length] & LetterBit(word[^1])) == 0)
        {
            return null;
        }

        return table.Find(word);
    }

    /// <summary>
    /// <see cref="Candidates(ReadOnlySpan{char})"/> for token <paramref name="i"/> of the sentence, with the word's hash
    /// the view keeps (<see cref="SentenceView.WordHash"/>) rather than one computed again for every index asked.
    /// </summary>
    public List<(string[] Words, T Value)>? Candidates(SentenceView view, int i)
    {
        ReadOnlySpan<char> word = view.Word(i);
        if (table is null || word.Length == 0 || word.Length > longestKey || (firstLetters[word.Length] & LetterBit(word[0])) == 0
            || (lastLetters[word.Length] & LetterBit(word[^1])) == 0)
        {
            return null;
        }

        return table.Find(word, view.WordHash(i));
    }

    /// <summary>One of 64 bits for a first character, the same for both cases of an ASCII letter.</summary>
    private static ulong LetterBit(char c) => 1UL << ((c is >= 'A' and <= 'Z' ? c | 0x20 : c) & 63);

    /// <summary>Length in tokens of the longest phrase matching at token <paramref name="i"/> (within the view), or 0.</summary>
    public int LongestAt(SentenceView view, int i)
    {
        if (i < view.First || i >= view.End)
        {
            return 0;
        }

        var list = Candidates(view, i);
        if (list is null)
        {
            return 0;
        }

        foreach (var (words, _) in list)
        {
            if (Matches(view, i, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when the phrase <paramref name="words"/>, one of <see cref="Candidates(SentenceView, int)"/> for token
    /// <paramref name="i"/>, matches the tokens from <paramref name="i"/> on (<see cref="SentenceView.WordsMatch"/>); the
    /// first word, which the look-up already matched, is not compared again.
    /// </summary>
    public bool Matches(SentenceView view, int i, string[] words) =>
        firstWordsKeyed ? view.WordsMatchAfterFirst(i, words) : view.WordsMatch(i, words);

    /// <summary>
    /// The first token of the shortest phrase of at most <paramref name="maxWords"/> words that ends at token
    /// <paramref name="last"/> and covers no mention ("relies on" before "Chinese investment"); -1 when none does.
    /// </summary>
    public int StartEndingAt(SentenceView view, int last, int maxWords)
    {
        for (int length = 1; length <= maxWords; length++)
        {
            int first = last - length + 1;
            if (first >= view.First && view.MentionIndexAt(first) < 0 && LongestAt(view, first) == length)
            {
                return first;
            }
        }

        return -1;
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
