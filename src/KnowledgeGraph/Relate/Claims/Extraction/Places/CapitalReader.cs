using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A capital the sentence calls one ("Nairobi, the capital,", "Kabul, the capital of Afghanistan", "the capital
/// Ouagadougou", "the Afghan capital, Kabul") is PART_OF the state the gazetteer makes it the capital of
/// (<c>capital_of</c>), though the sentence need not name that state. The word "capital" stands right before the name
/// (after "the" and a demonym or possessive, perhaps with a comma between) or after a comma following it, within
/// <see cref="MaxApposition"/> words. A country named in the phrase must be the curated one, and a capital of two
/// states (Moscow) is read only when the phrase names one of them.
/// </summary>
internal static class CapitalReader
{
    private const int MaxApposition = 4;
    private const string Capital = "capital";

    /// <summary>Appends (mention, PART_OF, state) for each capital the view describes as one.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, Func<string, Entity?> entities, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        if (lexicon.Find("PART_OF") is not { } partOf)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            if (mention.Entity.Type != EntityType.Place || mention.Kind is MentionKind.Demonym or MentionKind.Partial || view.IsPossessive(m)
                || Described(view, m) is not (>= 0 and var word))
            {
                continue;
            }

            int named = NamedState(view, m, word);
            Entity? state = null;
            int states = 0;
            foreach (EntityLink link in mention.Entity.Links)
            {
                if (link.Rel == "capital_of" && entities(link.To) is { } country)
                {
                    states++;
                    if (named < 0 || view.Mention(named).Entity.Id == country.Id)
                    {
                        state = named < 0 && states > 1 ? null : country;
                    }
                }
            }

            if (state is not null && (named >= 0 || states == 1))
            {
                output.Add((m, partOf, state));
            }
        }
    }

    /// <summary>The token of "capital" that describes mention <paramref name="m"/>, before or after it; -1 when none does.</summary>
    internal static int Described(SentenceView view, int m)
    {
        int before = view.MentionFirst(m) - 1;
        before -= view.Is(before, ",") ? 1 : 0;
        if (view.Is(before, Capital))
        {
            return before;
        }

        int comma = view.MentionLast(m) + 1;
        if (!view.Is(comma, ","))
        {
            return -1;
        }

        for (int k = comma + 1; k < view.End && k <= comma + MaxApposition; k++)
        {
            if (view.Is(k, Capital))
            {
                return k;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "'s") && !view.Is(k, "’s"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The country mention in the describing phrase (a demonym or possessive before "capital", a name after "of"); -1 when none.</summary>
    private static int NamedState(SentenceView view, int m, int word)
    {
        int lo = Math.Min(word, view.MentionFirst(m)) - MaxApposition;
        int hi = Math.Max(word, view.MentionLast(m)) + 3;
        for (int k = 0; k < view.MentionCount; k++)
        {
            if (k != m && view.Mention(k).Entity.Type == EntityType.Country && view.MentionFirst(k) >= lo && view.MentionLast(k) <= hi
                && (view.MentionLast(k) < word ? view.MentionLast(k) >= word - 2 : view.Is(word + 1, "of") && view.MentionFirst(k) <= word + 3))
            {
                return k;
            }
        }

        return -1;
    }
}
