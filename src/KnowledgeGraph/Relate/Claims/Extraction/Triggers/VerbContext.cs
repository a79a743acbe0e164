using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The words around a verb trigger that decide how it is read: whether it is a verb at all, a past form, followed by
/// another verb, a label, an infinitive, a place, a preposition of its predicate or a noun of accusing, and whether its
/// coordinated subjects stand on one side. Stateless.
/// </summary>
internal static class VerbContext
{
    /// <summary>Most lower-case words of a label after "a" or "an" ("a terrorist organisation"); also read by <see cref="PassiveAgent"/>.</summary>
    internal const int MaxLabelWords = 4;

    /// <summary>
    /// "The Pakistani press reported": after an article and a demonym the word is a noun when the tagger says so ("the
    /// Chinese support Pakistan" stays a verb); a form in -ed or -ing is a verb without asking it.
    /// </summary>
    public static bool NounAfterDemonym(SentenceView view, int start) =>
        view.MentionIndexAt(start - 1) is >= 0 and var before && view.Mention(before).Kind == MentionKind.Demonym
        && GrammarWords.Articles.StartsAt(view, view.MentionFirst(before) - 1)
        && !view.Word(start).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !view.Word(start).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && view.Syntax?.Upos(start) == Upos.Noun;

    /// <summary>True when a lower-case verb trigger starts at <paramref name="i"/>, right after another verb.</summary>
    public static bool VerbFollows(SentenceView view, int i)
    {
        if (i >= view.End || view.MentionIndexAt(i) >= 0 || !view.Token(i).Is(TokenShape.AllLower) || view.TriggersAt(i) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb && view.WordsMatch(i, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A regular past form ("hosted") or one the lexicon lists ("met", "held talks").</summary>
    public static bool IsPastForm(SentenceView view, Trigger trigger, PredicateDefinition predicate, int start)
    {
        if (view.Word(start).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (int i = 0; i < predicate.Forms.Count; i++)
        {
            if (IsJoined(predicate.Forms[i], trigger.Words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="form"/> is <paramref name="words"/> joined by single spaces, ignoring case (without joining them).</summary>
    private static bool IsJoined(string form, string[] words)
    {
        ReadOnlySpan<char> rest = form;
        for (int k = 0; k < words.Length; k++)
        {
            if (k > 0)
            {
                if (rest.IsEmpty || rest[0] != ' ')
                {
                    return false;
                }

                rest = rest[1..];
            }

            if (!rest.StartsWith(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            rest = rest[words[k].Length..];
        }

        return rest.IsEmpty;
    }

    public static bool Contains(IReadOnlyList<string> words, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (word.Equals(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "to" and a lower-case word that is no article follow the mention ("firms to invest").</summary>
    public static bool InfinitiveAfter(SentenceView view, int m)
    {
        int to = view.AfterMention(m);
        for (int n = 0; n < 2 && to < view.End && view.MentionIndexAt(to) < 0 && !view.Is(to, "to") && view.Token(to).Is(TokenShape.AllLower); n++)
        {
            to++;
        }

        return view.Is(to, "to") && to + 1 < view.End && view.MentionIndexAt(to + 1) < 0 && view.Token(to + 1).Is(TokenShape.AllLower)
            && !GrammarWords.Articles.StartsAt(view, to + 1);
    }

    /// <summary>
    /// True when an indefinite noun phrase naming nothing follows the verb ending before <paramref name="end"/> and ends the
    /// clause: "a terrorist organisation" up to punctuation, a preposition or the sentence's end.
    /// </summary>
    public static bool LabelOnly(SentenceView view, int end)
    {
        if (!(view.Is(end, "a") || view.Is(end, "an")))
        {
            return false;
        }

        for (int j = end + 1; j < view.End && j <= end + MaxLabelWords; j++)
        {
            if (view.MentionIndexAt(j) >= 0 || !view.Token(j).Is(TokenShape.AllLower) && !view.IsPunctuation(j))
            {
                return false;
            }

            if (view.IsPunctuation(j) || GrammarWords.Prepositions.StartsAt(view, j))
            {
                return j > end + 1;
            }
        }

        return false;
    }

    /// <summary>True when "with" or "against" (or one and "the") stands right before token <paramref name="first"/>.</summary>
    public static bool PrepBefore(SentenceView view, int first)
    {
        int before = view.Is(first - 1, "the") ? first - 2 : first - 1;
        return view.Is(before, "with") || view.Is(before, "against");
    }

    /// <summary>Words after a reciprocal verb that put its subjects on one side ("fought alongside", "fought together").</summary>
    private static readonly string[] Allied = ["alongside", "together", "beside", "side"];

    /// <summary>
    /// "US forces and Filipinos fought together", "Britain and France fought in World War I": subjects fighting side by
    /// side or in a war are allies, not foes.
    /// </summary>
    public static bool SameSide(SentenceView view, int end)
    {
        foreach (string word in Allied)
        {
            if (view.Is(end, word))
            {
                return true;
            }
        }

        int at = view.Is(end, "in") ? (view.Is(end + 1, "the") ? end + 2 : end + 1) : -1;
        if (at < 0)
        {
            return false;
        }

        if (view.MentionIndexAt(at) is >= 0 and var named && view.Mention(named).Entity.Type == EntityType.Event)
        {
            return true;
        }

        // "in World War I", "in the Korean War": a war's name the gazetteer may lack.
        for (int k = at; k < at + 3; k++)
        {
            if (view.Is(k, "war") || view.Is(k, "wars"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prepositions of a stretch of land right after a verb.</summary>
    private static readonly string[] Locatives = ["along", "across", "throughout"];

    public static bool PlaceFollows(SentenceView view, int end)
    {
        foreach (string word in Locatives)
        {
            if (view.Is(end, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "ZTE and Huawei signed contracts (…) with the Taliban": an object preposition later in the sentence means the
    /// coordinated subjects acted together towards someone the rules could not reach, not with each other. Looks up to
    /// the end of the clause (a comma, semicolon or colon outside brackets).
    /// </summary>
    public static bool PrepFollows(SentenceView view, int end, PredicateDefinition predicate)
    {
        int depth = 0;
        for (int i = end; i < view.End; i++)
        {
            depth += view.Is(i, "(") ? 1 : view.Is(i, ")") ? -1 : 0;
            if (depth == 0 && (view.Is(i, ",") || view.Is(i, ";") || view.Is(i, ":")))
            {
                return false;
            }

            for (int p = 0; p < predicate.Preps.Count; p++)
            {
                if (view.Is(i, predicate.Preps[p]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Islamabad and Kabul traded accusations": a noun of accusing (a lexicon <c>accusations</c> trigger) as the verb's
    /// object makes it no symmetric relation of the two subjects (no trade; the accusations are read on their own).
    /// </summary>
    public static bool AccusationFollows(SentenceView view, int end)
    {
        int i = view.Is(end, "the") || view.Is(end, "mutual") ? end + 1 : end;
        if (view.TriggersAt(i) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Accusation && view.WordsMatch(i, words))
            {
                return true;
            }
        }

        return false;
    }
}
