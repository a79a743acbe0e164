using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Text;

/// <summary>
/// Text stage 1: sets <see cref="Paragraph.Normalised"/> on every paragraph to <see cref="Paragraph.Text"/> folded
/// one character for one character by <see cref="CharFold"/>, so the two strings share every offset.
/// Needs: paragraphs. Adds: <see cref="Paragraph.Normalised"/>. Stateless and thread-safe.
/// </summary>
internal sealed class Normaliser : IDocumentStage
{
    /// <inheritdoc />
    public string Name => "normaliser";

    /// <inheritdoc />
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            paragraph.Normalised = Normalise(paragraph.Text);
        }
    }

    /// <summary>
    /// Folds <paramref name="text"/> with <see cref="CharFold.Fold"/>. The result always has the same length;
    /// when nothing needs folding (all ASCII, say) the same string instance is returned.
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = FirstFoldable(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                span[i] = CharFold.Fold(span[i]);
            }
        });
    }

    private static int FirstFoldable(string text)
    {
        ReadOnlySpan<char> span = text.AsSpan();
        int i = span.IndexOfAnyExceptInRange('\0', '\u009F');
        while (i >= 0)
        {
            if (CharFold.Fold(span[i]) != span[i])
            {
                return i;
            }

            int next = span[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u009F');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return -1;
    }
}
