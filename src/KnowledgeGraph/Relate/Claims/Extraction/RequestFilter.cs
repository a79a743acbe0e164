using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Keeps the claims of a verb of requesting whose object is followed by "to" and a verb ("asked China to conduct its
/// own investigation", "asked China and Russia to …"): without the infinitive the verb states no demand ("asked China
/// about its plans", "called for talks").
/// </summary>
internal static class RequestFilter
{
    public static void KeepInfinitives(SentenceView view, List<ClaimCandidate> candidates, int from)
    {
        for (int k = candidates.Count - 1; k >= from; k--)
        {
            if (!InfinitiveFollows(view, candidates[k].Object))
            {
                candidates.RemoveAt(k);
            }
        }
    }

    /// <summary>True when "to" and a lower-case word follow the object, past any objects coordinated with it.</summary>
    private static bool InfinitiveFollows(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        while (j < view.End && (view.MentionIndexAt(j) >= 0 || view.Is(j, ",") || view.Is(j, "and") || view.Is(j, "the")))
        {
            j = view.MentionIndexAt(j) is var next and >= 0 ? view.AfterMention(next) : j + 1;
        }

        return view.Is(j, "to") && j + 1 < view.End && view.MentionIndexAt(j + 1) < 0
            && view.Token(j + 1).Kind == TokenKind.Word && char.IsLower(view.Word(j + 1)[0]);
    }
}
