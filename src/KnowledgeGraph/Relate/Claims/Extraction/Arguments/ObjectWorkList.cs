namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A comma inside a list of things a verb of material cooperation takes, before the name the list ends in or the place
/// after it: "invested in power plants, roads and mines across Pakistan", "offered to fund new customs terminals, cargo
/// scanners and cold-storage sheds at Torkham and Chaman", "financing power plants, highways and the deep-water port of
/// Gwadar". The conjuncts are common nouns: lower-case words and hyphens only, no name, preposition or clause word.
/// </summary>
internal static class ObjectWorkList
{
    /// <summary>Words (hyphens apart) one conjunct of the list may have: "cold-storage sheds", "new customs terminals".</summary>
    private const int MaxConjunctWords = 4;

    /// <summary>Conjuncts after the comma before the one "and" opens.</summary>
    private const int MaxConjuncts = 5;

    /// <summary>
    /// Words the walker may read beyond its usual reach once it has stepped into such a list: the conjuncts, the "and"
    /// and the preposition before the name.
    /// </summary>
    public const int ExtraReach = 8;

    /// <summary>
    /// True when the comma at <paramref name="comma"/> joins conjuncts of a list of common nouns: a lower-case word that
    /// is no name right before it, then conjuncts of lower-case words separated by commas up to "and" (or ", and") and a
    /// lower-case word after it. "built roads, officials said" (no "and") and "built roads, and Pakistan paid" (a name
    /// after "and") are no lists.
    /// </summary>
    public static bool Joins(SentenceView view, int comma)
    {
        if (!view.Is(comma, ",") || !IsListWord(view, comma - 1))
        {
            return false;
        }

        int i = comma + 1;
        for (int conjunct = 0; conjunct <= MaxConjuncts; conjunct++)
        {
            if (view.Is(i, "and"))
            {
                // ", and" closes the list only after a conjunct of the list's own.
                return conjunct > 0 && IsListWord(view, i + 1);
            }

            int words = 0;
            while (IsListWord(view, i) && !view.Is(i, "and"))
            {
                words += view.Is(i, "-") ? 0 : 1;
                i++;
            }

            if (words == 0 || words > MaxConjunctWords)
            {
                return false;
            }

            if (view.Is(i, "and"))
            {
                return IsListWord(view, i + 1);
            }

            if (!view.Is(i, ","))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// True when the "and" at <paramref name="and"/> joins two things a verb moves before the preposition that names its
    /// party: "bought armed drones and armoured vehicles from China's state-owned Norinco", "buys most of its helicopters and
    /// small arms from Russia". A common noun stands on each side of it, then lower-case words and one of
    /// <paramref name="preps"/> follow within a conjunct's reach; "and" before a name or another verb's object is left.
    /// </summary>
    public static bool JoinsGoods(SentenceView view, int and, IReadOnlyList<string> preps)
    {
        if (!view.Is(and, "and") || !IsListWord(view, and - 1) || !IsListWord(view, and + 1))
        {
            return false;
        }

        int i = and + 1;
        int words = 0;
        while (IsListWord(view, i) && words <= MaxConjunctWords)
        {
            words += view.Is(i, "-") ? 0 : 1;
            i++;
        }

        return words <= MaxConjunctWords && PassableWords.IsPrep(view, i, preps);
    }

    /// <summary>A word a conjunct of common nouns is made of: lower-case, no name, no preposition or clause word; or a hyphen inside a compound.</summary>
    private static bool IsListWord(SentenceView view, int i) =>
        view.MentionIndexAt(i) < 0
        && (view.Is(i, "-") && VerbShapes.IsLowerWord(view, i - 1) && VerbShapes.IsLowerWord(view, i + 1)
            || VerbShapes.IsLowerWord(view, i) && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i));
}
