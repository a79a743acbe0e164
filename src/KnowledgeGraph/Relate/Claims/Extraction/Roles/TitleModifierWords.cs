using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// The words that stand between a role title and the body named before or after it: portfolio and title words, adjectives
/// the tagger read, and the name of an appointer glued by a hyphen ("Balkh's Taliban-appointed governor").
/// </summary>
internal static class TitleModifierWords
{
    private const int MaxModifiers = 3;

    /// <summary>"director of the national Curriculum Development Center": lower-case adjectives before the body's name.</summary>
    public static int SkipAdjectives(SentenceView view, int k)
    {
        for (int n = 0; n < MaxModifiers && k < view.End && view.MentionIndexAt(k) < 0 && view.Token(k).Kind == TokenKind.Word
            && view.Token(k).Is(TokenShape.AllLower) && view.Syntax?.Upos(k) == Upos.Adj; n++)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// From <paramref name="k"/> back, over at most <see cref="MaxModifiers"/> lower-case words the tagger calls
    /// adjectives, only where the sentence is already tagged (asking would tag it: the stage cannot afford that here).
    /// </summary>
    public static int SkipAdjectivesBefore(SentenceView view, int k)
    {
        if (view.Syntax is not { } syntax || !syntax.IsTagged(view.Index))
        {
            return k;
        }

        for (int n = 0; n < MaxModifiers && k >= view.First && view.MentionIndexAt(k) < 0 && view.Token(k).Kind == TokenKind.Word
            && view.Token(k).Is(TokenShape.AllLower) && syntax.Upos(k) == Upos.Adj; n++)
        {
            k--;
        }

        return k;
    }

    /// <summary>"Amnesty chief spokesman Mike Blakemore": a lower-case title word before another title qualifies it.</summary>
    private static bool IsTitleWord(SentenceView view, int i) =>
        view.Token(i).Is(TokenShape.AllLower) && view.TriggersAt(i)?.Exists(t => t.Value.Kind == TriggerKind.Title && t.Value.Words.Length == 1) == true;

    /// <summary>
    /// From <paramref name="i"/> back, over at most <see cref="MaxModifiers"/> words that belong to the title before it (title
    /// modifiers, portfolio and title words) and past an appointer's name; the token before them.
    /// </summary>
    public static int SkipModifiers(SentenceView view, ClaimCues cues, int i)
    {
        // "Kenyan Transport Minister James Macharia": a capitalised portfolio word no mention covers belongs to the title;
        // "a provincial health official": so does a lower-case one (claim_cues portfolios).
        for (int n = 0; n < MaxModifiers && i >= view.First && view.MentionIndexAt(i) < 0
            && (cues.TitleModifiers.StartsAt(view, i) || i > view.First && view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.Capitalised)
                && view.MentionIndexAt(i - 1) >= 0 || IsTitleWord(view, i) || view.Token(i).Is(TokenShape.AllLower) && cues.Portfolios.LongestAt(view, i) == 1); n++)
        {
            i--;
        }

        return Appointer(view, cues, i) is >= 0 and var appointer ? SkipModifiers(view, cues, view.MentionFirst(appointer) - 1) : i;
    }

    /// <summary>
    /// "Balkh's Taliban-appointed governor": the name glued by a hyphen before a participle of appointing (claim_cues
    /// <c>appointing</c>) that ends at <paramref name="i"/>; it named the holder and is not the office's body when a body
    /// stands before it. -1 when none.
    /// </summary>
    public static int Appointer(SentenceView view, ClaimCues cues, int i)
    {
        if (i - 2 < view.First || cues.Appointing.LongestAt(view, i) != 1 || !view.Is(i - 1, "-")
            || view.Token(i - 2).End != view.Token(i - 1).Start || view.Token(i - 1).End != view.Token(i).Start)
        {
            return -1;
        }

        return view.MentionIndexAt(i - 2) is >= 0 and var m && view.MentionLast(m) == i - 2 ? m : -1;
    }
}
