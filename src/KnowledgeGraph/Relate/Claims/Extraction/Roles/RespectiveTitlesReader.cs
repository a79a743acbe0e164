using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A title in the plural over a list of bodies, then the list of their holders in apposition, in the same order: "the
/// foreign ministers of China, Afghanistan and Pakistan, Wang Yi, Amir Khan Muttaqi and Ishaq Dar" → each person holds
/// the title in the body at the same place of its list (the title's predicate: LEADS for a head, HOLDS_ROLE_IN for
/// another office). Both lists must be as long, of two to <see cref="MaxItems"/> names joined by commas and "and".
/// </summary>
internal static class RespectiveTitlesReader
{
    private const int MaxItems = 5;
    private const int MaxTitleWords = 3;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 0; m + 3 < view.MentionCount; m++)
        {
            int of = view.MentionFirst(m) - 1;
            if (!view.Is(of, "of") || (m > 0 && view.MentionLast(m - 1) >= of - 1) || PluralTitles.EndingAt(view, lexicon, of, MaxTitleWords) is not var (title, start, words))
            {
                continue;
            }

            int bodies = List(view, m, person: false);
            if (bodies < 2 || m + bodies >= view.MentionCount)
            {
                continue;
            }

            int comma = view.AfterMention(m + bodies - 1);
            if (!view.Is(comma, ",") || view.MentionFirst(m + bodies) != comma + 1 || List(view, m + bodies, person: true) != bodies)
            {
                continue;
            }

            for (int k = 0; k < bodies; k++)
            {
                Entity body = view.Mention(m + k).Entity;
                Entity person = view.Mention(m + bodies + k).Entity;
                if (title.Predicate.AllowsSubject(person) && title.Predicate.AllowsObject(body))
                {
                    output.Add((new ClaimCandidate(m + bodies + k, m + k, 0.85f, start, start, string.Join(' ', words)), title, start));
                }
            }

            m += 2 * bodies - 1;
        }
    }

    /// <summary>
    /// How many names of one kind (persons, or countries and organisations named as such) are listed from mention
    /// <paramref name="m"/>, joined by commas and a final "and" (", and"); 0 when the list does not end at that "and".
    /// </summary>
    private static int List(SentenceView view, int m, bool person)
    {
        int count = 0;
        for (int k = m; k < view.MentionCount && count < MaxItems; k++)
        {
            if (!Fits(view.Mention(k), person) || view.IsPossessive(k) || (k > m && view.MentionFirst(k) != Joined(view, view.AfterMention(k - 1))))
            {
                break;
            }

            count++;
            bool and = view.Is(view.AfterMention(k), "and") || view.Is(view.AfterMention(k), ",") && view.Is(view.AfterMention(k) + 1, "and");
            if (and)
            {
                return k + 1 < view.MentionCount && view.MentionFirst(k + 1) == Joined(view, view.AfterMention(k)) && Fits(view.Mention(k + 1), person)
                    && !view.IsPossessive(k + 1) ? count + 1 : 0;
            }
        }

        return 0;
    }

    private static bool Fits(Mention mention, bool person) =>
        person ? mention.Entity.Type == EntityType.Person : mention.Entity.Type is EntityType.Country or EntityType.Organisation && mention.Kind != MentionKind.Demonym;

    /// <summary>The token after a list's joint at <paramref name="at"/>: ",", "and" or ", and".</summary>
    private static int Joined(SentenceView view, int at)
    {
        if (view.Is(at, ","))
        {
            at++;
        }

        return view.Is(at, "and") ? at + 1 : at;
    }
}
