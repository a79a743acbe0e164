using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// The noun phrase that names a relation two parties hold: the noun of a nominal trigger without its final preposition
/// ("partnership with" → "partnership"), the copulas before a role noun in the plural, the preposition after the noun
/// that introduces another party (where the nominal trigger itself reads the claim), and the longest noun at a token.
/// </summary>
internal static class RelationNounPhrase
{
    private static readonly string[] Copulas = ["are", "were", "remain", "remained", "became", "become", "been"];
    private static readonly string[] Ends = ["with", "between", "of", "to", "among", "against", "on", "over"];

    /// <summary>The words of a nominal trigger without its final preposition: "partnership with" → "partnership".</summary>
    public static string[] Head(string noun)
    {
        string[] words = PhraseWords.Split(noun);
        return Array.IndexOf(Ends, words[^1]) >= 0 && words.Length > 1 ? words[..^1] : words;
    }

    /// <summary>True for a copula that may stand before a role noun in the plural ("are", "remained", "became").</summary>
    public static bool IsCopula(SentenceView view, int i)
    {
        foreach (string copula in Copulas)
        {
            if (view.Is(i, copula))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a preposition that introduces another party comes at <paramref name="at"/>, or after a bracketed aside
    /// ("signed contracts (likely as part of a wider agreement …) with the Taliban"): the nominal trigger reads that.
    /// </summary>
    public static bool PartyFollows(SentenceView view, int at)
    {
        if (view.Is(at, "("))
        {
            while (at < view.End && !view.Is(at, ")"))
            {
                at++;
            }

            at++;
        }

        // "reached an agreement to reopen the border": "to" before a verb opens an infinitive, not a party.
        if (view.Is(at, "to") && VerbShapes.IsLowerWord(view, at + 1) && !GrammarWords.Articles.StartsAt(view, at + 1) && view.MentionIndexAt(at + 1) < 0)
        {
            return false;
        }

        return view.IsAny(at, Ends);
    }

    /// <summary>The trigger of the longest noun phrase at <paramref name="noun"/>.</summary>
    public static Trigger? Found(SentenceView view, PhraseIndex<Trigger> nouns, int noun)
    {
        if (nouns.Candidates(view, noun) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            if (view.WordsMatch(noun, words))
            {
                return trigger;
            }
        }

        return null;
    }
}
