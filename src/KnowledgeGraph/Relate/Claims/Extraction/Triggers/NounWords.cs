using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>Tests of the word shapes that stand before a nominal trigger: ordinals, measures, adverbs, adjectives, compounds.</summary>
internal static class NounWords
{
    /// <summary>True when the token at <paramref name="i"/> is an ordinal written in digits ("its 201st military base").</summary>
    internal static bool IsOrdinal(SentenceView view, int i)
    {
        ReadOnlySpan<char> word = view.Word(i);
        return word.Length > 2 && !word[..^2].ContainsAnyExceptInRange('0', '9')
            && (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
                || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal));
    }

    /// <summary>A measure written with a hyphen ends at <paramref name="i"/>: "92-km", "2,640-kilometre", "three-day" (a number or number word, "-", a word).</summary>
    internal static bool IsMeasure(SentenceView view, int i) =>
        i - 2 >= view.First && view.Token(i).Kind == Model.TokenKind.Word && view.Is(i - 1, "-")
        && (view.Token(i - 2).Kind == Model.TokenKind.Number || GrammarWords.Numbers.StartsAt(view, i - 2));

    /// <summary>True when the word before the preposition at <paramref name="preposition"/> is tagged a verb.</summary>
    internal static bool VerbBefore(SentenceView view, int preposition) =>
        preposition - 1 >= view.First && view.MentionIndexAt(preposition - 1) < 0 && view.Syntax?.Upos(preposition - 1) is Upos.Verb;

    /// <summary>An adverb inside a passive verb group: "also", "later" or a lower-case word in -ly ("have also been", "was quickly").</summary>
    internal static bool IsAdverb(SentenceView view, int i) =>
        view.Is(i, "also") || view.Is(i, "later") || VerbShapes.IsLowerWord(view, i) && VerbShapes.EndsInLy(view, i);

    /// <summary>
    /// A lower-case word the tagger reads as an adjective, no participle ("extensive", "pragmatic"), qualifies the noun
    /// after it as a filler does.
    /// </summary>
    internal static bool TaggedAdjective(SentenceView view, int i) =>
        view.Token(i).Is(Model.TokenShape.AllLower) && !view.Word(i).EndsWith("ed", StringComparison.Ordinal) && OwnerNear(view, i)
        && view.Syntax?.Upos(i) == Upos.Adj;

    private const int MaxOwnerDistance = 3;

    /// <summary>
    /// True when a possessive or demonym mention, or a possessive pronoun, ends within three tokens before
    /// <paramref name="i"/>: only then can the words between name whose the noun is, so only then is the tagger asked.
    /// </summary>
    private static bool OwnerNear(SentenceView view, int i)
    {
        for (int k = i - 1; k >= view.First && i - k <= MaxOwnerDistance; k--)
        {
            if (view.IsPossessivePronounWord(k))
            {
                return true;
            }

            if (view.MentionIndexAt(k) is >= 0 and var m)
            {
                return view.IsPossessive(m) || view.IsPossessivePronoun(m) || view.Mention(m).Kind == Model.MentionKind.Demonym;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the token at <paramref name="i"/> is a one-word goods noun of <paramref name="predicate"/> (TRADES_WITH
    /// <c>goods</c>), which qualifies a noun of its trade as a compound ("Kazakhstan's uranium exports to China").
    /// </summary>
    internal static bool IsGoods(SentenceView view, PredicateDefinition predicate, int i)
    {
        IReadOnlyList<string> goods = predicate.Goods;
        for (int k = 0; k < goods.Count; k++)
        {
            if (view.Is(i, goods[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A lowercase compound written with a hyphen and no spaces ends at <paramref name="i"/> ("nuclear-related"; not
    /// "China-backed", whose first part is a name).
    /// </summary>
    internal static bool IsCompound(SentenceView view, int i) =>
        i - 2 >= view.First && view.Is(i - 1, "-") && view.MentionIndexAt(i - 2) < 0 && VerbShapes.IsLowerWord(view, i) && VerbShapes.IsLowerWord(view, i - 2)
        && view.Token(i - 1).Start == view.Token(i - 2).End && view.Token(i).Start == view.Token(i - 1).End;
}
