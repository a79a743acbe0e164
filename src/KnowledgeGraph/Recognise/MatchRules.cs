using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// The casing rules that decide whether a trie hit is a real match: case-sensitive forms (acronyms, short
/// names, forms marked case_sensitive) must match exactly; other forms match any casing, except that a span
/// written all in lower case never matches a form that has capitals ("us" is not US, "china" is not China).
/// </summary>
internal static class MatchRules
{
    public static List<MentionCandidate> Accept(Paragraph paragraph, int start, int end, int trim, List<FormEntry> entries)
    {
        var candidates = new List<MentionCandidate>(entries.Count);
        bool spanHasUpper = HasUpper(paragraph, start, end, trim);
        foreach (FormEntry entry in entries)
        {
            if (!Equal(paragraph, start, end, trim, entry))
            {
                continue;
            }

            if (!entry.Form.CaseSensitive && entry.HasUpper && !spanHasUpper)
            {
                continue;
            }

            var candidate = new MentionCandidate(entry.Form.Entity, entry.Form.MentionKind, entry.Form.When, entry.Form.Kind == SurfaceFormKind.ShortAlone);
            int same = candidates.FindIndex(c => c.Entity == candidate.Entity && c.Kind == candidate.Kind);
            if (same < 0)
            {
                candidates.Add(candidate);
            }
            else if (candidate.Alone)
            {
                candidates[same] = candidate;
            }
        }

        candidates.Sort((a, b) => Rank(a.Kind).CompareTo(Rank(b.Kind)));
        return candidates;
    }

    /// <summary>Order in which readings are listed: names first, partial names last.</summary>
    public static int Rank(MentionKind kind) => kind switch
    {
        MentionKind.Name => 0,
        MentionKind.Acronym => 1,
        MentionKind.Demonym => 2,
        MentionKind.Metonym => 3,
        _ => 4,
    };

    private static bool Equal(Paragraph paragraph, int start, int end, int trim, FormEntry entry)
    {
        if (entry.TokenTexts.Length != end - start)
        {
            return false;
        }

        StringComparison comparison = entry.Form.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (int k = 0; k < entry.TokenTexts.Length; k++)
        {
            Token token = paragraph.Tokens[start + k];
            int length = token.Length - (start + k == end - 1 ? trim : 0);
            if (!paragraph.Normalised.AsSpan(token.Start, length).Equals(entry.TokenTexts[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUpper(Paragraph paragraph, int start, int end, int trim)
    {
        int from = paragraph.Tokens[start].Start;
        int to = paragraph.Tokens[end - 1].End - trim;
        foreach (char c in paragraph.Normalised.AsSpan(from, to - from))
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
