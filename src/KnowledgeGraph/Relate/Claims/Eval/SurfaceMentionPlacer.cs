using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// Places mentions by finding given surface strings in a paragraph whose tokens and sentences are set: exact,
/// case-sensitive, on word boundaries, longest surface first, never overlapping. Stands in for the recogniser and
/// resolver in evaluation ("gold mentions") and tests.
/// </summary>
internal static class SurfaceMentionPlacer
{
    public static void Place(Paragraph paragraph, IEnumerable<SurfaceForm> forms)
    {
        string text = paragraph.Text;
        var taken = new bool[text.Length];
        var placed = new List<Mention>();
        foreach (SurfaceForm form in forms.OrderByDescending(f => f.Text.Length))
        {
            int at = 0;
            while ((at = text.IndexOf(form.Text, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + form.Text.Length;
                if (IsBoundary(text, at - 1) && IsBoundary(text, end) && !Array.Exists(taken[at..end], t => t))
                {
                    Array.Fill(taken, true, at, end - at);
                    placed.Add(Make(paragraph, at, end, form));
                }

                at = end;
            }
        }

        placed.Sort((a, b) => a.Start.CompareTo(b.Start));
        paragraph.Mentions.AddRange(placed);
    }

    private static bool IsBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    private static Mention Make(Paragraph paragraph, int start, int end, SurfaceForm form)
    {
        Token[] tokens = paragraph.Tokens;
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].End > start && tokens[i].Start < end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        int sentence = 0;
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            if (paragraph.Sentences[s].Start <= start && start < paragraph.Sentences[s].End)
            {
                sentence = s;
                break;
            }
        }

        return new Mention
        {
            Start = start,
            End = end,
            TokenStart = first,
            TokenEnd = last + 1,
            Sentence = sentence,
            Entity = form.Entity,
            Kind = form.Kind,
        };
    }
}
