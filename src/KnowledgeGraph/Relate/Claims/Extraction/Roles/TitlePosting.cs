using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// What a role title names after it before its holder: a posting to a body of states ("China's U.N. ambassador"), a
/// portfolio in lower case ("minister of mines and petroleum,") or the body after "of" with a person in apposition after it
/// ("the head of NATO, Hoop Scheffer").
/// </summary>
internal static class TitlePosting
{
    private const int MaxTitleTail = 6;

    /// <summary>An intergovernmental organisation ("the United Nations", "the SCO"): a state's envoy to it is posted there.</summary>
    public static bool IsBodyOfStates(Entity entity) => entity is { Type: EntityType.Organisation, Subtype: EntitySubtypes.Intergovernmental };

    /// <summary>
    /// The state whose possessive stands right before a body of states that modifies a title ("China's U.N. ambassador, Fu
    /// Cong,": China's, posted to the United Nations); <paramref name="owner"/> itself otherwise.
    /// </summary>
    public static int StateBeforeBody(SentenceView view, int owner)
    {
        if (!IsBodyOfStates(view.Mention(owner).Entity) || view.IsPossessive(owner) || owner == 0)
        {
            return owner;
        }

        int state = SubjectFinder.EndingAt(view, view.MentionFirst(owner) - 1);
        return state >= 0 && state == owner - 1 && view.IsPossessive(state) && view.Mention(state).Entity.Type == EntityType.Country ? state : owner;
    }

    /// <summary>
    /// The comma after a portfolio in lower case that "of" or "for" at <paramref name="end"/> adds to the title ("minister of
    /// mines and petroleum,", "minister for women's affairs,"): at most <see cref="MaxTitleTail"/> lower-case words, no name;
    /// <paramref name="end"/> itself when the title is not written so.
    /// </summary>
    public static int PortfolioEnd(SentenceView view, int end)
    {
        if (!view.Is(end, "of") && !view.Is(end, "for"))
        {
            return end;
        }

        for (int k = end + 1; k < view.End && k <= end + MaxTitleTail; k++)
        {
            if (view.Is(k, ","))
            {
                // "minister of investment, industry and trade,": a comma inside a list of portfolios that "and" closes.
                if (k > end + 1 && ListGoesOn(view, k, end + MaxTitleTail))
                {
                    continue;
                }

                return k > end + 1 ? k : end;
            }

            if (view.MentionIndexAt(k) >= 0 || !(view.Token(k).Kind == TokenKind.Word && view.Token(k).Is(TokenShape.AllLower) || view.Is(k, "'s")))
            {
                return end;
            }
        }

        return end;
    }

    /// <summary>
    /// True when lower-case words after the comma at <paramref name="comma"/> reach an "and" followed by a lower-case word
    /// before the next comma, within token <paramref name="limit"/>.
    /// </summary>
    private static bool ListGoesOn(SentenceView view, int comma, int limit)
    {
        for (int k = comma + 1; k < view.End && k <= limit; k++)
        {
            if (view.MentionIndexAt(k) >= 0 || !(view.Token(k).Kind == TokenKind.Word && view.Token(k).Is(TokenShape.AllLower)))
            {
                return false;
            }

            if (view.Is(k, "and"))
            {
                return k > comma + 1 && k + 1 < view.End && view.MentionIndexAt(k + 1) < 0 && view.Token(k + 1).Is(TokenShape.AllLower);
            }
        }

        return false;
    }
    /// <summary>
    /// "the head of NATO, Hoop Scheffer": the body named right after the title's "of" (past "the") and the person in
    /// apposition after the body and a comma; (-1, -1) when the title is not written so.
    /// </summary>
    public static (int Body, int Person) BodyThenPerson(SentenceView view, int end)
    {
        if (!view.Is(end, "of"))
        {
            return (-1, -1);
        }

        int k = view.Is(end + 1, "the") ? end + 2 : end + 1;
        int body = view.MentionIndexAt(k);
        if (body < 0 || view.MentionFirst(body) != k || view.Mention(body).Entity.Type == EntityType.Person || view.IsPossessive(body))
        {
            return (-1, -1);
        }

        int comma = view.AfterMention(body);
        int person = view.Is(comma, ",") ? ObjectFinder.ApposedPerson(view, comma) : -1;
        return person >= 0 ? (body, person) : (-1, -1);
    }
}
