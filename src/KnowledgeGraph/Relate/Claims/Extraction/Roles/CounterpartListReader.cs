using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Counterparts of several states named in one list ("Wang Yi hosted his Afghan and Pakistani counterparts, Amir Khan
/// Muttaqi and Ishaq Dar"): the demonyms before the noun (claim_cues <c>counterparts</c>) and the persons after it (past a
/// comma), joined by "and" or commas, pair in order, each person holding the office of their state: LEADS when a curated
/// role of that state the person still holds is a head's title, else HOLDS_ROLE_IN. Only lists of two to
/// <see cref="MaxParties"/> on both sides, of the same length; one counterpart is the title rules' reading.
/// </summary>
internal static class CounterpartListReader
{
    private const int MaxParties = 4;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("HOLDS_ROLE_IN") is not { } role || lexicon.Find("LEADS") is not { } leads)
        {
            return;
        }

        // A list pairs two or more demonyms with as many persons: a sentence naming fewer is not scanned word by word.
        if (!Lists(view))
        {
            return;
        }

        Span<int> states = stackalloc int[MaxParties];
        Span<int> persons = stackalloc int[MaxParties];
        for (int i = view.First + 1; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || lexicon.Cues.Counterparts.LongestAt(view, i) != 1)
            {
                continue;
            }

            int count = StatesBefore(view, i - 1, states);
            if (count < 2 || PersonsAfter(view, view.Is(i + 1, ",") ? i + 2 : i + 1, persons) != count)
            {
                continue;
            }

            for (int k = 0; k < count; k++)
            {
                Entity state = view.Mention(states[k]).Entity;
                PredicateDefinition predicate = HeadsState(view.Mention(persons[k]).Entity, state, lexicon) ? leads : role;
                output.Add((new ClaimCandidate(persons[k], states[k], 0.9f, i, i, view.Word(i).ToString()), new Trigger([view.Word(i).ToString()], TriggerKind.Title, predicate, null), i));
            }
        }
    }

    /// <summary>True when the view has two countries' demonyms and two persons named in full (what a list of counterparts needs).</summary>
    private static bool Lists(SentenceView view)
    {
        int demonyms = 0;
        int persons = 0;
        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            demonyms += mention.Kind == MentionKind.Demonym && mention.Entity.Type == EntityType.Country ? 1 : 0;
            persons += mention.Entity.Type == EntityType.Person && mention.Kind != MentionKind.Partial ? 1 : 0;
        }

        return demonyms >= 2 && persons >= 2;
    }

    /// <summary>
    /// The countries' demonyms of a list ending at <paramref name="last"/> ("Afghan and Pakistani", "Kazakh, Kyrgyz and
    /// Uzbek"), in reading order; their number, or 0 when more than <paramref name="found"/> holds or another word breaks it.
    /// </summary>
    private static int StatesBefore(SentenceView view, int last, Span<int> found)
    {
        int count = 0;
        int k = last;
        while (view.MentionIndexAt(k) is >= 0 and var m && view.MentionLast(m) == k && view.Mention(m).Kind == MentionKind.Demonym
            && view.Mention(m).Entity.Type == EntityType.Country)
        {
            if (count == found.Length)
            {
                return 0;
            }

            found[count++] = m;
            k = view.MentionFirst(m) - 1;
            if (!view.Is(k, "and") && !view.Is(k, ","))
            {
                break;
            }

            k -= view.Is(k, "and") && view.Is(k - 1, ",") ? 2 : 1;
        }

        found[..count].Reverse();
        return count;
    }

    /// <summary>The persons of a list that starts at <paramref name="first"/> ("Amir Khan Muttaqi and Ishaq Dar"); their number.</summary>
    private static int PersonsAfter(SentenceView view, int first, Span<int> found)
    {
        int count = 0;
        int k = first;
        while (view.MentionIndexAt(k) is >= 0 and var m && view.MentionFirst(m) == k && view.Mention(m).Entity.Type == EntityType.Person
            && view.Mention(m).Kind != MentionKind.Partial && !view.IsPossessive(m))
        {
            if (count == found.Length)
            {
                return 0;
            }

            found[count++] = m;
            k = view.AfterMention(m);
            if (!view.Is(k, "and") && !view.Is(k, ","))
            {
                break;
            }

            k += view.Is(k, ",") && view.Is(k + 1, "and") ? 2 : 1;
        }

        return count;
    }

    /// <summary>True when a curated role of <paramref name="state"/> the person still holds is a head's title (President).</summary>
    private static bool HeadsState(Entity person, Entity state, PredicateLexicon lexicon)
    {
        foreach (PersonRole held in person.Roles)
        {
            if (held.Of == state.Id && held.To is null && lexicon.IsHeadTitle(held.Title))
            {
                return true;
            }
        }

        return false;
    }
}
