using System.Buffers;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>
/// Text stage 3: fills <see cref="Paragraph.Sentences"/> from <see cref="Paragraph.Tokens"/> for every paragraph.
/// Needs: tokens. Adds: sentences that cover every token in order, each starting at its first token and ending at
/// its last (white space between sentences belongs to none). A paragraph without tokens has no sentences; one
/// without a sentence end (a title) is one sentence. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// A sentence ends at '.', '?', '!', '…' (or a run of them), and takes along the closing quotes and brackets glued
/// after it and then a glued endnote number (…in Beijing.34 The next…). Whether it really ends is decided by what
/// follows (see <see cref="BoundaryRules"/>): never before a lower-case word or a comma; after a listed leading
/// abbreviation (Mr., Gen., St., No., e.g.) never; after other dotted abbreviations (U.S., Sept., an initial S.,
/// Inc.) only before a sentence starter such as "The" or "It" (<see cref="SentenceStarters"/>).
/// </remarks>
internal sealed class SentenceSplitter : IDocumentStage
{
    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            paragraph.Sentences = Split(paragraph.Text, paragraph.Tokens);
        }
    }

    /// <summary>Splits the tokens of <paramref name="text"/> (as made by <see cref="Tokeniser.Tokenise(string)"/>) into sentences.</summary>
    public static Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        Sentence[] buffer = ArrayPool<Sentence>.Shared.Rent(tokens.Length);
        try
        {
            int count = 0;
            int first = 0;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (!BoundaryRules.IsTerminal(text, tokens[t]))
                {
                    continue;
                }

                int next = BoundaryRules.EndOfTerminal(text, tokens, t);
                if (next >= tokens.Length)
                {
                    break;
                }

                if (BoundaryRules.EndsSentence(text, tokens, t, next))
                {
                    buffer[count++] = Make(tokens, first, next);
                    first = next;
                }

                t = next - 1;
            }

            buffer[count++] = Make(tokens, first, tokens.Length);
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Sentence>.Shared.Return(buffer);
        }
    }

    private static Sentence Make(ReadOnlySpan<Token> tokens, int first, int end) =>
        new(tokens[first].Start, tokens[end - 1].End, first, end);
}
