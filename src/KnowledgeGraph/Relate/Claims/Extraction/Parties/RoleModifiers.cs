using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// The lower-case words that qualify a role noun ("largest", "major", "second-largest", "foreign") and the adverb that may
/// follow it ("economically"), skipped to reach the role, its holder or its owner.
/// </summary>
internal static class RoleModifiers
{
    private const int MaxModifiers = 3;

    /// <summary>The token before the lower-case modifiers that end at <paramref name="i"/> ("largest", "major", "foreign").</summary>
    public static int SkipModifiers(SentenceView view, int i)
    {
        for (int n = 0; n < MaxModifiers && IsModifier(view, i); n++)
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// The token after the lower-case modifiers that start at <paramref name="i"/>, stopping at a role phrase of
    /// <paramref name="roles"/> ("major trading partner": the role's first word is no modifier).
    /// </summary>
    public static int SkipModifiersForward(SentenceView view, PartnerRoles roles, int i)
    {
        for (int n = 0; n < MaxModifiers && IsModifier(view, i) && roles.RoleAt(view, i) is null; n++)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// True for a lower-case word that may qualify a role noun: no name, article, preposition, clause word, copula or
    /// conjunction; or a hyphen glued inside such a modifier (<see cref="GluedHyphen"/>).
    /// </summary>
    public static bool IsModifier(SentenceView view, int i) =>
        i >= view.First && i < view.End && view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word
        && char.IsLower(view.Word(i)[0]) && !GrammarWords.Articles.StartsAt(view, i) && !GrammarWords.Prepositions.StartsAt(view, i)
        && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.BeForms.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i)
        || GluedHyphen(view, i);

    /// <summary>
    /// A hyphen glued between two lower-case words inside a modifier ("second-largest trading partner"); the words each
    /// side count as modifiers of their own.
    /// </summary>
    private static bool GluedHyphen(SentenceView view, int i) =>
        i > view.First && i + 1 < view.End && view.Is(i, "-") && view.Token(i).Start == view.Token(i - 1).End && view.Token(i + 1).Start == view.Token(i).End
        && VerbShapes.IsLowerWord(view, i - 1) && VerbShapes.IsLowerWord(view, i + 1) && view.MentionIndexAt(i - 1) < 0 && view.MentionIndexAt(i + 1) < 0;

    /// <summary>A lower-case word of more than four letters in -ly ("economically"), not a name.</summary>
    public static bool IsAdverb(SentenceView view, int i) =>
        i < view.End && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && view.Word(i).Length > 4
        && VerbShapes.EndsInLy(view, i);
}
