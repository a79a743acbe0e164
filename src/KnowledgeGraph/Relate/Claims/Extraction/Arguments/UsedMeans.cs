using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The object of a verb of using is only the means: "Tokayev used the Astana meeting to press Beijing for factories",
/// "Pakistan has used every council meeting on Afghanistan this year to complain about the TTP". The infinitive of purpose
/// after the object is done by the subject of the verb (claim_cues <c>using_verbs</c>), whatever noun the object is.
/// </summary>
internal static class UsedMeans
{
    /// <summary>Most tokens of the object between the verb of using and the infinitive's "to".</summary>
    private const int MaxObjectTokens = 10;

    /// <summary>
    /// The verb of using whose object ends right before <paramref name="to"/>, the infinitive's "to": within a few tokens
    /// before it, with no punctuation (but a hyphen), conjunction, relative word or other "to" between; -1 when there is
    /// none, when nothing stands between it and "to" (the "used to" of habit), or when it is a passive's "used by" (the
    /// party after "by" does the infinitive).
    /// </summary>
    public static int UsingVerb(SentenceView view, ClaimCues cues, int to)
    {
        if (cues.UsingVerbs.Count == 0)
        {
            return -1;
        }

        for (int j = to - 1; j >= view.First && to - j <= MaxObjectTokens; j--)
        {
            if (view.MentionIndexAt(j) < 0 && cues.UsingVerbs.LongestAt(view, j) == 1)
            {
                return j == to - 1 || view.Is(j + 1, "by") ? -1 : j;
            }

            if (view.IsPunctuation(j) && !view.Is(j, "-") || view.Is(j, "and") || view.Is(j, "or") || view.Is(j, "but") || view.Is(j, "to")
                || view.Is(j, "that") || GrammarWords.Relatives.StartsAt(view, j))
            {
                return -1;
            }
        }

        return -1;
    }
}
