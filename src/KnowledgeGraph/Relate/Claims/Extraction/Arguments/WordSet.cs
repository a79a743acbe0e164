using System.Collections.Frozen;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A fixed set of single words, asked whether a token is one of them: ignoring case by ordinal rules, as
/// <see cref="SentenceView.Is"/> compares, so <c>set.At(view, i)</c> is true exactly when <c>view.Is(i, word)</c> is for
/// one of the words. One look-up stands for a comparison per word, and a token whose length no word has needs none.
/// Immutable; safe to share between threads.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    /// <summary>Bit n set when a word has n characters (n below 64); longer tokens are always looked up.</summary>
    private readonly ulong lengths;

    public WordSet(params string[] words)
    {
        this.words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in words)
        {
            lengths |= word.Length < 64 ? 1UL << word.Length : 0;
        }
    }

    /// <summary>True when token <paramref name="i"/> is inside the sentence and is one of the words.</summary>
    public bool At(SentenceView view, int i)
    {
        if (i < view.First || i >= view.End)
        {
            return false;
        }

        ReadOnlySpan<char> word = view.Word(i);
        return (word.Length >= 64 || (lengths & (1UL << word.Length)) != 0) && words.Contains(word);
    }
}
