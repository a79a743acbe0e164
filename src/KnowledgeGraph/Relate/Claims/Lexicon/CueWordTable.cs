using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// Families of cue words (a reader's entry words: one of them must stand in a sentence for the reader to find anything
/// there), each a bit of a 64-bit mask, and a table from every word to the bits of the families it belongs to. A sentence
/// is looked up once, a token at a time (<see cref="Of"/>), and every reader then tests its bit instead of scanning the
/// sentence for its words. Families are added while the readers are built, then <see cref="Seal"/> makes the table; it is
/// read-only afterwards and safe to read from many threads.
/// </summary>
internal sealed class CueWordTable
{
    private const int MaxFamilies = 64;
    private readonly Dictionary<string, StrongBox<ulong>> byWord = new(StringComparer.Ordinal);
    private FoldedWordTable<StrongBox<ulong>>? table;
    private int families;
    /// <summary>The families holding a word that is not plain ASCII: present in every sentence (their words are not hashed).</summary>
    private ulong always;
    /// <summary>A bit per word length below 64 that some word has (longer words are always looked up).</summary>
    private ulong lengths;

    /// <summary>
    /// Adds a family of words and returns its bit; a token equal to one of them ignoring case marks the family present.
    /// A family with a word that is not plain ASCII is present in every sentence.
    /// </summary>
    public ulong Add(IEnumerable<string> words)
    {
        if (table is not null)
        {
            throw new InvalidOperationException("The table is read-only once Seal has run.");
        }

        if (families == MaxFamilies)
        {
            throw new InvalidOperationException($"A cue word table holds at most {MaxFamilies} families.");
        }

        ulong bit = 1UL << families++;
        foreach (string word in words)
        {
            if (word.Length == 0 || !Ascii.IsValid(word))
            {
                always |= bit;
                continue;
            }

            string key = word.ToLowerInvariant();
            if (!byWord.TryGetValue(key, out StrongBox<ulong>? bits))
            {
                bits = new StrongBox<ulong>();
                byWord.Add(key, bits);
                lengths |= key.Length < 64 ? 1UL << key.Length : 0;
            }

            bits.Value |= bit;
        }

        return bit;
    }

    /// <summary>Builds the look-up table; call once after the last <see cref="Add"/>.</summary>
    public CueWordTable Seal()
    {
        table ??= new FoldedWordTable<StrongBox<ulong>>(byWord);
        return this;
    }

    /// <summary>
    /// The families present in the sentence: the bits of the words among its tokens, with every family for a token that
    /// is not plain ASCII (it is compared no further).
    /// </summary>
    public ulong Of(SentenceView view)
    {
        if (table is null)
        {
            throw new InvalidOperationException("Seal the table before reading sentences.");
        }

        ulong present = always;
        for (int i = view.First; i < view.End; i++)
        {
            ReadOnlySpan<char> word = view.Word(i);
            if (word.Length == 0 || word.Length < 64 && (lengths & (1UL << word.Length)) == 0)
            {
                continue;
            }

            if (!Ascii.IsValid(word))
            {
                return ulong.MaxValue;
            }

            if (table.Find(word, view.WordHash(i)) is { } bits)
            {
                present |= bits.Value;
            }
        }

        return present;
    }
}
