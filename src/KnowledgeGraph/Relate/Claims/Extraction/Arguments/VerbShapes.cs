using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Word-shape tests for verb forms the token rules need where a sentence may be untagged: asking the tagger would tag
/// it, and the claims stage cannot afford that for every sentence with a trigger. Lower-case words only.
/// </summary>
internal static class VerbShapes
{
    /// <summary>A past form or participle: a lower-case word in -ed, or a one-word verb trigger of the lexicon ("built", "met").</summary>
    public static bool IsPastOrParticiple(SentenceView view, int i, PhraseIndex<Trigger> triggers)
    {
        if (!IsLowerWord(view, i))
        {
            return false;
        }

        ReadOnlySpan<char> word = view.Word(i);
        if (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }

        if (triggers.Candidates(word) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb && words.Length == 1 && !word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A past form: a lower-case word in -ed, or an irregular past of a verb trigger ("met", "led", "built") when the view
    /// carries the trigger index.
    /// </summary>
    public static bool IsPast(SentenceView view, int i) =>
        view.Triggers is { } triggers ? IsPastOrParticiple(view, i, triggers)
        : IsLowerWord(view, i) && view.Word(i).Length > 3 && view.Word(i).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// A lower-case word the tagger has seen as a past tense, irregular ones too ("spoke", "took", "flew"): looked up by its
    /// form, so the sentence is not tagged.
    /// </summary>
    public static bool IsTaggedPast(SentenceView view, int i) =>
        IsLowerWord(view, i) && view.Syntax is { } syntax && syntax.CanBePast(view.Word(i));

    /// <summary>"militant groups targeting India": a word in -ing right after a plural common noun, a reduced relative clause.</summary>
    public static bool IsGerundAfterPlural(SentenceView view, int i)
    {
        ReadOnlySpan<char> word = view.Word(i);
        return word.Length > 4 && IsLowerWord(view, i) && word.EndsWith("ing", StringComparison.Ordinal) && IsPluralNoun(view, i - 1);
    }

    /// <summary>A lower-case word in -s that is no name ("countries", "groups"); "its", "has", "was" and "is" are not.</summary>
    public static bool IsPluralNoun(SentenceView view, int i)
    {
        if (!IsLowerWord(view, i) || view.MentionIndexAt(i) >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> word = view.Word(i);
        return word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.Equals("has", StringComparison.Ordinal) && !word.Equals("was", StringComparison.Ordinal)
            && !word.Equals("its", StringComparison.Ordinal) && !word.Equals("this", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> ends in -ly as written: most such words are adverbs ("quickly",
    /// "largely"), a few are not ("supply", "ally"); callers add the shape they need (lower case, length, no mention).
    /// </summary>
    public static bool EndsInLy(SentenceView view, int i) => view.Word(i).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>A lower-case word of five letters or more in -ing that no mention covers ("praising", "engaging").</summary>
    public static bool IsIngWord(SentenceView view, int i) =>
        IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && view.Word(i).Length > 4 && view.Word(i).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// True when a lower-case word in [<paramref name="from"/>, <paramref name="to"/>), not the end of a hyphen compound, is
    /// one the tagger calls a verb ("The Kremlin-backed group attacked Ukraine", "a visit to Kazakhstan pleased Putin");
    /// callers ask only once the words' ends are known to matter.
    /// </summary>
    public static bool TaggedVerbBetween(SentenceView view, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (IsLowerWord(view, k) && !view.Is(k - 1, "-") && view.Syntax?.Upos(k) is Upos.Verb or Upos.Aux)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a one-word verb of the lexicon's LEADS predicate stands at <paramref name="k"/> ("led", "heads").</summary>
    public static bool IsLeadingVerb(SentenceView view, int k)
    {
        foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(k)))
        {
            if (trigger.Kind == TriggerKind.Verb && trigger.Predicate.Name == "LEADS" && words.Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case word token.</summary>
    public static bool IsLowerWord(SentenceView view, int i) =>
        i >= view.First && i < view.End && view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower);
}
