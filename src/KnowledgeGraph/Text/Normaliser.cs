using System.Buffers;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>
/// Text stage 1: sets <see cref="Paragraph.Normalised"/> on every paragraph to <see cref="Paragraph.Text"/> folded
/// one character for one character by <see cref="CharFold"/>, so the two strings share every offset.
/// Needs: paragraphs. Adds: <see cref="Paragraph.Normalised"/>. Stateless and thread-safe.
/// </summary>
internal sealed class Normaliser : IDocumentStage
{
    /// <summary>Every character <see cref="CharFold.Fold"/> changes.</summary>
    private static readonly SearchValues<char> Foldable = BuildFoldable();

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

    private static int FirstFoldable(string text) => text.AsSpan().IndexOfAny(Foldable);

    private static SearchValues<char> BuildFoldable()
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (CharFold.Fold((char)c) != c)
            {
                chars.Add((char)c);
            }
        }

        return SearchValues.Create(chars.ToArray());
    }
}
