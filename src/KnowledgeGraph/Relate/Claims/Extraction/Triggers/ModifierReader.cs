using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Reads a compound modifier glued to a mention by a hyphen: "Pakistan-backed Taliban" (left is subject),
/// "Pakistan-based Jaish-e-Mohammed" (reversed: right is subject). The mention on the right may be one or two words
/// away ("Chinese-funded Karakoram Highway" is direct, "U.S.-backed Afghan government" names no second entity). With no
/// mention after it, a compound in an apposition is said of the name before the comma ("The TTP, a Pakistan-based
/// militant group", "Eurasia Group, a New York-based firm", past the name's bracketed acronym: "the Uyghur Human Rights
/// Project (UHRP), a Washington-based group"), of the organisation in apposition after its noun ("a Termez-based trading
/// company, Surkhan Invest Trade"), and after a copula of the name before it ("The Moscow format is a Russia-initiated
/// group").
/// </summary>
internal static class ModifierReader
{
    public static void Read(SentenceView view, Trigger trigger, int start, List<ClaimCandidate> output)
    {
        int hyphen = start - 1;
        if (!view.Is(hyphen, "-") || view.Token(hyphen).End != view.Token(start).Start)
        {
            return;
        }

        int left = view.MentionIndexAt(hyphen - 1);
        // "the state-owned China Central Television": a description coreference resolved ("the state") is no party of a
        // compound; only a name is.
        if (left < 0 || view.Mention(left).End != view.Token(hyphen).Start
            || view.Mention(left).Kind == MentionKind.Partial && view.Token(hyphen - 1).Is(TokenShape.AllLower))
        {
            return;
        }

        int right = -1;
        for (int j = start + 1; j < view.End && j <= start + 3; j++)
        {
            right = view.MentionIndexAt(j);
            if (right >= 0 || view.Token(j).Kind != TokenKind.Word || GrammarWords.Prepositions.StartsAt(view, j)
                || GrammarWords.ClauseStops.StartsAt(view, j) || GrammarWords.Conjunctions.StartsAt(view, j))
            {
                break;
            }
        }

        // "The Kremlin-backed group attacked Ukraine": the compound qualifies the noun before the verb, not the verb's
        // object (the tagger is asked only of the words between the compound and a later name).
        if (right >= 0 && VerbShapes.TaggedVerbBetween(view, start + 1, view.MentionFirst(right)))
        {
            right = -1;
        }

        float weight = right >= 0 && view.MentionFirst(right) == start + 1 ? 1f : 0.85f;
        if (right < 0 && !SubjectOfVerb(view, start + 1) && Apposed(view, view.MentionFirst(left)) is >= 0 and var apposed)
        {
            right = apposed;
            weight = 0.9f;
        }
        else if (right < 0 && ApposedAfter(view, start + 1) is >= 0 and var named)
        {
            right = named;
            weight = 0.9f;
        }

        if (right < 0 || view.Mention(right).Kind == MentionKind.Demonym)
        {
            return;
        }

        bool reversed = trigger.Kind == TriggerKind.ModifierReversed;
        output.Add(new ClaimCandidate(reversed ? right : left, reversed ? left : right, weight, start, start, null));
    }

    private const int MaxAdjectives = 2;

    /// <summary>
    /// True when a form of "be" or "have" follows the few lower-case words from <paramref name="i"/> on: the phrase the
    /// compound qualifies is then the subject of a clause ("Khorog, the administrative centre of the Gorno-Badakhshan
    /// Autonomous Region, the Chinese-funded posts are the most visible sign"), no apposition to the name before it.
    /// </summary>
    private static bool SubjectOfVerb(SentenceView view, int i)
    {
        // "a Pakistan-based group that is …": a relative pronoun or a preposition ends the phrase first.
        for (int n = 0; n < MaxAdjectives && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0
            && !GrammarWords.BeForms.StartsAt(view, i) && !GrammarWords.HaveForms.StartsAt(view, i)
            && !GrammarWords.Relatives.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Prepositions.StartsAt(view, i); n++)
        {
            i++;
        }

        return GrammarWords.BeForms.StartsAt(view, i) || GrammarWords.HaveForms.StartsAt(view, i);
    }

    /// <summary>
    /// The organisation named in apposition after the compound's noun: one or two lower-case words, a comma, "known as" at
    /// most, then the name, which a comma or the sentence's end closes ("a Termez-based trading company, Surkhan Invest
    /// Trade, to its sanctions list", "The Urumqi-based company, known as CAPEIC, says"); -1 when none stands there, so
    /// "the Beijing-based company, China said" names none.
    /// </summary>
    private static int ApposedAfter(SentenceView view, int i)
    {
        int from = i;
        for (int n = 0; n < MaxAdjectives && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && !GrammarWords.Prepositions.StartsAt(view, i)
            && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i); n++)
        {
            i++;
        }

        if (i == from || !view.Is(i, ","))
        {
            return -1;
        }

        i += view.Is(i + 1, "known") && view.Is(i + 2, "as") ? 3 : 1;
        int named = view.MentionIndexAt(i);
        int after = named >= 0 ? view.AfterMention(named) : -1;
        return named >= 0 && view.MentionFirst(named) == i && view.Mention(named).Entity.Type == EntityType.Organisation
            && view.Mention(named).Kind != MentionKind.Demonym && !view.IsPossessive(named) && (after >= view.End || view.IsPunctuation(after))
            ? named
            : -1;
    }

    /// <summary>
    /// The name before ", a" (or "an", "the") and at most <see cref="MaxAdjectives"/> lower-case words that end right
    /// before token <paramref name="first"/>; -1 when the compound stands in no apposition.
    /// </summary>
    private static int Apposed(SentenceView view, int first)
    {
        int j = first - 1;
        for (int n = 0; n < MaxAdjectives && j > view.First && view.MentionIndexAt(j) < 0 && view.Token(j).Kind == TokenKind.Word
            && view.Token(j).Is(TokenShape.AllLower) && !GrammarWords.Articles.StartsAt(view, j); n++)
        {
            j--;
        }

        // "The TTP, a Pakistan-based militant group"; "The Moscow format is a Russia-initiated group": an apposition or a
        // copula's complement.
        if (!GrammarWords.Articles.StartsAt(view, j) || !(view.Is(j - 1, ",") || GrammarWords.Copulas.StartsAt(view, j - 1)))
        {
            return -1;
        }

        // "the Uyghur Human Rights Project (UHRP), a Washington-based group": the name's acronym in brackets is the name.
        int last = view.Is(j - 2, ")") && view.Is(j - 4, "(") ? j - 3 : j - 2;
        int named = view.MentionIndexAt(last);
        return named >= 0 && view.MentionLast(named) == last && !view.IsPossessive(named) && view.Mention(named).Kind != MentionKind.Demonym ? named : -1;
    }
}
