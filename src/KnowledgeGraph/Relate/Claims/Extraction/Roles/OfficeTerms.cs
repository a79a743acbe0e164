using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// The words of holding or taking office around the person a title after "as" is said of: a noun of tenure after the
/// person's possessive ("his third term as") and office-taking words before the person ("elected … as").
/// </summary>
internal static class OfficeTerms
{
    private const int MaxLengthWords = 4;
    private const int MaxTitleTail = 6;

    /// <summary>
    /// The person whose possessive stands before the noun of tenure (claim_cues <c>tenures</c>) at <paramref name="noun"/>,
    /// past up to four tokens of an ordinal or a length ("Imran Khan's term", "his third term", "her two-year stint"; the
    /// possessive pronoun as coreference resolved it); -1 when none.
    /// </summary>
    public static int TenureHolder(SentenceView view, ClaimCues cues, int noun)
    {
        if (noun <= view.First || view.MentionIndexAt(noun) >= 0 || cues.Tenures.LongestAt(view, noun) != 1)
        {
            return -1;
        }

        int i = noun - 1;
        for (int n = 0; n < MaxLengthWords && i > view.First && view.MentionIndexAt(i) < 0 && IsLengthWord(view, i); n++)
        {
            i--;
        }

        int holder = SubjectFinder.EndingAt(view, i);
        return holder >= 0 && view.Mention(holder).Entity.Type == EntityType.Person && (view.IsPossessive(holder) || view.IsPossessivePronoun(holder)) ? holder : -1;
    }

    /// <summary>A word of an ordinal or a length before a noun of tenure: "third", "second", "two", "-", "year", "brief", "2013".</summary>
    private static bool IsLengthWord(SentenceView view, int i) =>
        view.Token(i).Kind == TokenKind.Number || view.Is(i, "-")
        || (view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower) && !GrammarWords.Articles.StartsAt(view, i) && !GrammarWords.Prepositions.StartsAt(view, i));

    /// <summary>
    /// The first token of the office-taking words (<c>office_taking</c>: "elected", "the appointment of") that end right
    /// before the person <paramref name="holder"/>, over a title or its modifiers written before the name ("elected former
    /// Prime Minister Abdelmadjid Tebboune as"); -1 when none.
    /// </summary>
    public static int OfficeTakingBefore(SentenceView view, ClaimCues cues, int holder)
    {
        int i = view.MentionFirst(holder) - 1;
        for (int n = 0; n < MaxTitleTail && i > view.First && !cues.OfficeTaking.StartsAt(view, i); n++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var body && view.Mention(body).Entity.Type != EntityType.Person)
            {
                // "elected Movement Toward Socialism leader Evo Morales as president": the title's body before it.
                i = view.MentionFirst(body) - 1;
            }
            else if (view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word && (cues.TitleModifiers.StartsAt(view, i)
                || view.Token(i).Is(TokenShape.Capitalised) || view.TriggersAt(i)?.Exists(t => t.Value.Kind == TriggerKind.Title) == true))
            {
                i--;
            }
            else
            {
                break;
            }
        }

        for (int k = Math.Max(view.First, i - 2); k <= i; k++)
        {
            if (view.MentionIndexAt(k) < 0 && cues.OfficeTaking.LongestAt(view, k) == i - k + 1)
            {
                return k;
            }
        }

        return -1;
    }
}
