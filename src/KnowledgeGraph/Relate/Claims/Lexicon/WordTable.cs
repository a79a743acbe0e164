using System.Text;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// A read-only map from single words to values, case-insensitive as <see cref="StringComparer.OrdinalIgnoreCase"/> is,
/// for rules that ask about a sentence's tokens: a token is looked up with the hash the view keeps for it
/// (<see cref="SentenceView.WordHash"/>) in a <see cref="FoldedWordTable{TValue}"/>, so the word is not hashed again
/// for every table that asks, and a per-length mask turns most words away first. A word or key with a character beyond
/// ASCII goes to an ordinary case-insensitive dictionary, where case folding differs from ASCII's. Immutable.
/// </summary>
internal sealed class WordTable<TValue>
    where TValue : class
{
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> exact;
    private readonly FoldedWordTable<TValue> folded;
    /// <summary>Bit n set when a key has n characters (n below 64).</summary>
    private readonly ulong lengths;
    /// <summary>True when every key is ASCII: then an ASCII word matches a key exactly when their folded forms do.</summary>
    private readonly bool asciiKeys;

    /// <summary>Builds the table from <paramref name="entries"/>, already unique ignoring case (a case-insensitive dictionary's).</summary>
    public WordTable(Dictionary<string, TValue> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var copy = new Dictionary<string, TValue>(entries, StringComparer.OrdinalIgnoreCase);
        exact = copy.GetAlternateLookup<ReadOnlySpan<char>>();
        folded = new FoldedWordTable<TValue>(copy);
        asciiKeys = true;
        foreach (string key in copy.Keys)
        {
            lengths |= key.Length < 64 ? 1UL << key.Length : 0;
            asciiKeys &= Ascii.IsValid(key);
        }
    }

    public int Count => exact.Dictionary.Count;

    /// <summary>The value stored under <paramref name="word"/>, or null.</summary>
    public TValue? Find(ReadOnlySpan<char> word) =>
        MayHold(word) && exact.TryGetValue(word, out TValue? value) ? value : null;

    /// <summary>The value stored under token <paramref name="i"/>'s word (the caller keeps <paramref name="i"/> in the text), or null.</summary>
    public TValue? Find(SentenceView view, int i)
    {
        ReadOnlySpan<char> word = view.Word(i);
        if (!MayHold(word))
        {
            return null;
        }

        if (asciiKeys && Ascii.IsValid(word))
        {
            return folded.Find(word, view.WordHash(i));
        }

        return exact.TryGetValue(word, out TValue? value) ? value : null;
    }

    /// <summary>True when some key has the word's length (words equal ignoring case have one length); longer words are looked up.</summary>
    private bool MayHold(ReadOnlySpan<char> word) => word.Length >= 64 || (lengths & (1UL << word.Length)) != 0;
}
