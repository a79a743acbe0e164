using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A person's title over a unit "at" or "with" an organisation, in apposition or after a copula ("Yun Sun, the
/// director of the China program and co-director of the East Asia program at the Stimson Center"; "Sim Tack is the
/// chief military analyst with Force Analysis") → the person HOLDS_ROLE_IN the organisation: heading a programme inside
/// a body is a role in the body. The words between the title and "at" hold no verb and no other person or
/// organisation; the unit's own name may be a place ("the China program"). A country or place before the title is the
/// holder's brief, and the organisation after it the employer ("Sophie Richardson, the China director for Human Rights
/// Watch").
/// </summary>
internal static class ProgrammeRoleReader
{
    private const int MaxGap = 16;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("HOLDS_ROLE_IN") is not { } role)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (view.Mention(m).Entity.Type != EntityType.Person || view.IsPossessive(m))
            {
                continue;
            }

            int i = view.MentionLast(m) + 1;
            if (!(view.Is(i, ",") || view.Is(i, "is") || view.Is(i, "was")))
            {
                continue;
            }

            i++;
            if (GrammarWords.Articles.StartsAt(view, i))
            {
                i++;
            }

            int brief = view.MentionIndexAt(i);
            bool briefed = brief >= 0 && view.MentionFirst(brief) == i && view.Mention(brief).Kind != MentionKind.Demonym
                && view.Mention(brief).Entity.Type is EntityType.Country or EntityType.Place;
            if (briefed)
            {
                i = view.MentionLast(brief) + 1;
            }

            if (TitleLength(view, lexicon, i) is not (> 0 and var length)
                || (briefed ? Employer(view, i + length) : Body(view, i + length)) is not (>= 0 and var body))
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, body, 0.85f, i, i, null), new Trigger(["at"], TriggerKind.Title, role, null), i));
        }
    }

    /// <summary>The number of words of the lexicon title starting at <paramref name="i"/> (after up to two modifiers: "chief military analyst"), or 0.</summary>
    private static int TitleLength(SentenceView view, PredicateLexicon lexicon, int i)
    {
        for (int start = i; start <= i + 2 && start < view.End; start++)
        {
            if (view.MentionIndexAt(start) >= 0 || view.Token(start).Kind != TokenKind.Word || view.TriggersAt(start) is not { } list)
            {
                continue;
            }

            foreach (var (words, trigger) in list)
            {
                if (trigger.Kind == TriggerKind.Title && view.WordsMatch(start, words))
                {
                    return start - i + words.Length;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// "the China director for Human Rights Watch": after a title whose brief is a country or place, the organisation
    /// right after "for", "at", "with" or "of" (and "the") employs the holder; else -1.
    /// </summary>
    private static int Employer(SentenceView view, int k)
    {
        if (!(view.Is(k, "for") || view.Is(k, "at") || view.Is(k, "with") || view.Is(k, "of")))
        {
            return -1;
        }

        return OrganisationAfter(view, k);
    }

    /// <summary>The organisation whose name opens right after the preposition at <paramref name="k"/> (and "the"), or -1.</summary>
    private static int OrganisationAfter(SentenceView view, int k)
    {
        int first = view.Is(k + 1, "the") ? k + 2 : k + 1;
        int body = view.MentionIndexAt(first);
        return body >= 0 && view.MentionFirst(body) == first && view.Mention(body).Entity.Type == EntityType.Organisation
            && view.Mention(body).Kind != MentionKind.Demonym ? body : -1;
    }

    /// <summary>
    /// The organisation after "at" or "with" (and "the") within the apposition, when the title's words run on through
    /// "of" before it ("director of the China program at"); else -1. "director at X" is the title rules' (a head of X).
    /// </summary>
    private static int Body(SentenceView view, int i)
    {
        bool of = false;
        for (int k = i; k < view.End && k < i + MaxGap; k++)
        {
            if (view.Is(k, "at") || view.Is(k, "with"))
            {
                return of ? OrganisationAfter(view, k) : -1;
            }

            if (view.Is(k, ",") || view.Is(k, ";") || view.Syntax?.Upos(k) is Upos.Verb or Upos.Aux)
            {
                return -1;
            }

            int m = view.MentionIndexAt(k);
            if (m >= 0 && view.Mention(m).Entity.Type is not (EntityType.Country or EntityType.Place))
            {
                return -1;
            }

            of |= view.Is(k, "of");
        }

        return -1;
    }
}
