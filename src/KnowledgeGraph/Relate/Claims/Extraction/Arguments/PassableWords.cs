using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The words <see cref="ObjectFinder.Find"/>'s walk from a trigger to its object may pass: the predicate's prepositions,
/// and words that neither stop a clause, nor open another phrase, nor are a verb of their own whose argument the name after
/// them would be.
/// </summary>
internal static class PassableWords
{
    /// <summary>True when one of <paramref name="preps"/> stands at <paramref name="i"/>.</summary>
    public static bool IsPrep(SentenceView view, int i, IReadOnlyList<string> preps)
    {
        for (int p = 0; p < preps.Count; p++)
        {
            if (view.Is(i, preps[p]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the walk may pass token <paramref name="i"/>: a hyphen, a dollar sign or an apostrophe, one of
    /// <paramref name="preps"/> (which sets <paramref name="sawPrep"/>), or a word, number or symbol that is no clause stop,
    /// no other preposition and no verb of its own (<see cref="IsOwnVerb"/>).
    /// </summary>
    public static bool Passable(SentenceView view, ClaimCues cues, int i, int from, IReadOnlyList<string> preps, ref bool sawPrep)
    {
        if (view.IsPunctuation(i))
        {
            return view.Is(i, "-") || view.Is(i, "$") || view.Is(i, "'");
        }

        if (IsPrep(view, i, preps))
        {
            sawPrep = true;
            return true;
        }

        if (GrammarWords.ClauseStops.StartsAt(view, i) || GrammarWords.Prepositions.StartsAt(view, i) || IsOwnVerb(view, cues, i, from))
        {
            return false;
        }

        return view.Token(i).Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol;
    }

    /// <summary>
    /// A verb of its own between the trigger and a name: a word in -ing after a plural ("hosted numerous militant groups
    /// targeting India"), or after a word that is no filler, article or preposition and right before a name or "the"
    /// ("released a statement Friday taking Bush to task"): the name is that verb's argument. Read from word shapes
    /// (<see cref="VerbShapes"/>), so no sentence is tagged for it.
    /// </summary>
    private static bool IsOwnVerb(SentenceView view, ClaimCues cues, int i, int from) =>
        VerbShapes.IsGerundAfterPlural(view, i)
        || (i > from && VerbShapes.IsIngWord(view, i) && view.Token(i - 1).Kind == TokenKind.Word && view.MentionIndexAt(i - 1) < 0
            && !cues.Fillers.StartsAt(view, i - 1) && !GrammarWords.Prepositions.StartsAt(view, i - 1)
            && (view.MentionIndexAt(i + 1) >= 0 || view.Is(i + 1, "the")));
}
