using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectHeads;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Clause shapes the subject finder reads left of a verb: an earlier infinitive or relative verb a conjunction joins,
/// an absolute "with" clause, a gerund, a quotation, a copula's subject and a possessed noun's owner.
/// </summary>
internal static class SubjectClauses
{
    internal const int MaxConjoined = 12;

    /// <summary>
    /// The verb after the nearest earlier "to" of the clause before the conjunction at <paramref name="and"/> ("to pump oil
    /// in the Amu Darya basin and to mine"): a lower-case word that is no name, article, preposition, adjective or number
    /// (the tagger may call a verb a noun: "to pump oil"), with no clause boundary (a semicolon, a colon, a relative
    /// pronoun or another "and") between; -1 if none.
    /// </summary>
    internal static int EarlierInfinitive(SentenceView view, int and)
    {
        for (int j = and - 1; j > view.First && and - j <= MaxConjoined; j--)
        {
            if (view.Is(j, ";") || view.Is(j, ":") || view.Is(j, "and") || GrammarWords.Relatives.StartsAt(view, j))
            {
                return -1;
            }

            if (view.Is(j - 1, "to") && view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j) && !GrammarWords.Articles.StartsAt(view, j)
                && !GrammarWords.Prepositions.StartsAt(view, j) && view.Syntax?.Upos(j) is not (Upos.Adj or Upos.Det or Upos.Num or Upos.Pron or Upos.Propn or Upos.Adp))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The verb of a relative clause that "and" at <paramref name="and"/> conjoins another to ("that Beijing calls the East
    /// Turkestan Islamic Movement and blames"): within a few tokens before it, with no punctuation, "and" or relative in
    /// between, a lower-case word right after a name (no possessive) that follows "which", "that" or "whom" (and "the" at
    /// most); -1 when there is none.
    /// </summary>
    internal static int RelativeVerbBefore(SentenceView view, int and)
    {
        for (int j = and - 1; j > view.First + 1 && and - j <= MaxConjoined; j--)
        {
            if (view.IsPunctuation(j) || view.Is(j, "and") || GrammarWords.Relatives.StartsAt(view, j) || view.Is(j, "whom"))
            {
                return -1;
            }

            if (view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j) && view.MentionIndexAt(j - 1) is >= 0 and var subject
                && !view.IsPossessive(subject) && view.MentionFirst(subject) is var first
                && (view.Is(first - 1, "the") ? first - 2 : first - 1) is var relative
                && (view.Is(relative, "which") || view.Is(relative, "that") || view.Is(relative, "whom")))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// "talks broke down, with Islamabad accusing the Taliban of …", "With Beijing pressing both sides to …": "with" at
    /// <paramref name="prep"/> opening the sentence or after a comma, and a participle in -ing at <paramref name="verb"/>,
    /// make an absolute clause whose subject is the name between them, not the object of a preposition.
    /// </summary>
    internal static bool AbsoluteWith(SentenceView view, int prep, int verb) =>
        view.Is(prep, "with") && (prep == view.First || view.Is(prep - 1, ",")) && VerbShapes.IsIngWord(view, verb);

    private const int MaxCopulaPhrase = 8;

    /// <summary>
    /// The name before a copula whose complement ends at <paramref name="before"/>: lower-case words and names after "in"
    /// or "of" ("is the only country in Africa", "was among the first countries"); -1 when none is.
    /// </summary>
    internal static int CopulaSubject(SentenceView view, int before)
    {
        for (int j = before, n = 0; j > view.First && n < MaxCopulaPhrase; j--, n++)
        {
            if (view.Is(j, "is") || view.Is(j, "was") || view.Is(j, "are") || view.Is(j, "were") || view.Is(j, "became") || view.Is(j, "remains")
                || view.Is(j, "remained"))
            {
                // The name must open its clause ("concern about the relationship between Pakistan and Afghanistan is"
                // says nothing of Afghanistan).
                int m = EndingAt(view, j - 1);
                return m >= 0 && j < before && OpensClause(view, m) ? m : -1;
            }

            if (view.MentionIndexAt(j) is >= 0 and var inside)
            {
                j = view.MentionFirst(inside);
                if (!(view.Is(j - 1, "in") || view.Is(j - 1, "of")))
                {
                    return -1;
                }

                continue;
            }

            if (view.Token(j).Kind != TokenKind.Word || !view.Token(j).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "China's Foreign Ministry criticized Japan", "China's Exim Bank signed": a name after a possessor named with its
    /// "'s" is the subject itself when it is a body or person (the possessor's own).
    /// </summary>
    internal static bool OwnBody(SentenceView view, int possessive)
    {
        int owner = view.MentionIndexAt(possessive) is >= 0 and var within ? within : view.MentionIndexAt(possessive - 1);
        int body = view.MentionIndexAt(possessive + 1);
        return owner >= 0 && body >= 0 && view.IsPossessive(owner) && view.Mention(body).Entity.Type is EntityType.Organisation or EntityType.Person or EntityType.Group;
    }

    /// <summary>
    /// The possessor of a lower-case noun ending at <paramref name="noun"/>, with one lower-case word between at most
    /// ("Kenya's strategies", "China's long-term strategy"); -1 when no possessive name owns it.
    /// </summary>
    internal static int PossessedNounOwner(SentenceView view, int noun)
    {
        for (int j = noun; j >= view.First && noun - j <= 1; j--)
        {
            if (!VerbShapes.IsLowerWord(view, j) || view.MentionIndexAt(j) >= 0)
            {
                return -1;
            }

            int owner = EndingAt(view, j - 1);
            if (owner >= 0)
            {
                return view.IsPossessive(owner) || view.IsPossessivePronoun(owner) ? owner : -1;
            }
        }

        return -1;
    }

    /// <summary>A lower-case word in -ing at <paramref name="i"/>, after -ly adverbs ("by actively courting").</summary>
    internal static bool IsGerund(SentenceView view, int i)
    {
        while (i < view.End && IsAdverb(view, i))
        {
            i++;
        }

        return VerbShapes.IsIngWord(view, i);
    }


    /// <summary>"countries like Zambia are willing", "states such as Kazakhstan have": the names exemplify the plural subject.</summary>
    internal static bool IsExample(SentenceView view, int prep)
    {
        int noun = view.Is(prep, "like") ? prep - 1 : view.Is(prep, "as") && view.Is(prep - 1, "such") ? prep - 2 : -1;
        return noun >= view.First && VerbShapes.IsPluralNoun(view, noun)
            && !GrammarWords.Prepositions.StartsAt(view, noun - 1);
    }

    /// <summary>True when the "and" at <paramref name="and"/> stands between a name that is no possessive and another name.</summary>
    internal static bool JoinsNames(SentenceView view, int and) =>
        view.MentionIndexAt(and - 1) is >= 0 and var before && !view.IsPossessive(before) && view.MentionIndexAt(and + 1) >= 0;

    /// <summary>True when a verb trigger of a verbal class (a demand, a rebuke, praise) starts at token <paramref name="verb"/>.</summary>
    internal static bool IsVerbal(SentenceView view, int verb)
    {
        foreach (var (_, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(verb)))
        {
            if (trigger.Kind is TriggerKind.Verb or TriggerKind.Accusation or TriggerKind.Request
                && trigger.Predicate.Class is PredicateClasses.VerbalConflict or PredicateClasses.VerbalCooperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The opening quotation mark of the quotation the mark at <paramref name="close"/> closes; -1 when it opens one.</summary>
    internal static int QuoteOpenedBefore(SentenceView view, int close)
    {
        int open = -1;
        int marks = 0;
        for (int j = view.First; j < close; j++)
        {
            if (view.Is(j, "\""))
            {
                marks++;
                open = j;
            }
        }

        return marks % 2 == 1 ? open : -1;
    }

    /// <summary>
    /// A quotation mark opening a quote inside the clause, glued to the word after it and not to the one before: "said
    /// Beijing "firmly supports Pakistan"" quotes the verb, whose subject stands before the mark.
    /// </summary>
    internal static bool OpeningQuote(SentenceView view, int i) =>
        (view.Is(i, "\"") || view.Is(i, "“")) && i > view.First && i + 1 < view.End
        && view.Token(i).End == view.Token(i + 1).Start && view.Token(i - 1).End < view.Token(i).Start;

    internal static bool IsAdverb(SentenceView view, int i)
    {
        Token token = view.Token(i);
        return token.Kind == TokenKind.Word && token.Is(TokenShape.AllLower) && token.Length > 4 && VerbShapes.EndsInLy(view, i);
    }

    /// <summary>
    /// The person named before a copula, an optional adverb, an article and at most two lower-case words that end at
    /// <paramref name="phrase"/> ("Bolton is just the latest U.S. official"), or -1.
    /// </summary>
    internal static int CopulaPerson(SentenceView view, int phrase)
    {
        int j = phrase - 1;
        for (int steps = 0; steps < 2 && j > view.First && VerbShapes.IsLowerWord(view, j) && !GrammarWords.Articles.StartsAt(view, j); steps++)
        {
            j--;
        }

        if (!GrammarWords.Articles.StartsAt(view, j))
        {
            return -1;
        }

        j -= view.Is(j - 1, "just") || view.Is(j - 1, "only") || view.Is(j - 1, "also") ? 2 : 1;
        if (!(GrammarWords.BeForms.StartsAt(view, j) || view.Is(j, "became") || view.Is(j, "becomes")))
        {
            return -1;
        }

        int m = EndingAt(view, j - 1);
        return m >= 0 && view.Mention(m).Entity.Type == EntityType.Person ? m : -1;
    }
}
