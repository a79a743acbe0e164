using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A fixed set of single words, asked whether a token is one of them: ignoring case by ordinal rules, as
/// <see cref="SentenceView.Is"/> compares, so <c>set.At(view, i)</c> is true exactly when <c>view.Is(i, word)</c> is for
/// one of the words. One look-up stands for a comparison per word, with the hash the view keeps for the token
/// (<see cref="WordTable{TValue}"/>), and a token whose length no word has needs none. Immutable; safe to share between
/// threads.
/// </summary>
internal sealed class WordSet
{
    private readonly WordTable<string> words;

    public WordSet(params string[] words)
    {
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string word in words)
        {
            entries.TryAdd(word, word);
        }

        this.words = new WordTable<string>(entries);
    }

    /// <summary>True when token <paramref name="i"/> is inside the sentence and is one of the words.</summary>
    public bool At(SentenceView view, int i) => i >= view.First && i < view.End && words.Find(view, i) is not null;
}
