using System.Runtime.InteropServices;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Building;

/// <summary>
/// What a party is asked, urged, invited or directed to do is not stated of it: a claim whose subject is the object of a
/// verb of demanding or requesting (the DEMANDS_FROM predicate's verbs and requests), of inviting or of directing
/// (claim_cues <c>inviting</c>, <c>directing</c>), read from a verb right after the "to" that follows that object, is no
/// claim ("had invited China and Pakistan to invest in the port", "invited him to visit Islamabad", "directed Interior
/// Minister Mohsin Naqvi to fly to Karachi"); the request itself is the asker's. A relation noun further on is presupposed,
/// not asked ("urged China to increase trade with Afghanistan"), and so is the act when a word of claim_cues
/// <c>presupposing</c> follows its verb ("has asked Beijing to buy more Kazakh gas").
/// </summary>
internal sealed class RequestedActs
{
    private readonly PredicateDefinition? demands;
    private readonly ClaimCues cues;

    /// <summary>Reads the verbs of asking from <paramref name="lexicon"/>: the DEMANDS_FROM predicate and the cues.</summary>
    public RequestedActs(PredicateLexicon lexicon)
    {
        demands = lexicon.Find("DEMANDS_FROM");
        cues = lexicon.Cues;
    }

    /// <summary>
    /// True when mention <paramref name="subject"/> (with the names coordinated with it) is the object of a verb of
    /// asking and the verb trigger [<paramref name="start"/>, <paramref name="end"/>) stands right after the "to" that
    /// follows it, with no word of claim_cues <c>presupposing</c> after the trigger.
    /// </summary>
    public bool Asked(SentenceView view, int subject, int start, int end)
    {
        if (!view.Is(start - 1, "to") || cues.Presupposing.StartsAt(view, end))
        {
            return false;
        }

        int to = view.AfterMention(subject);
        for (int n = 0; n < MaxParties && to < start - 1; n++)
        {
            if (view.MentionIndexAt(to) is >= 0 and var other)
            {
                to = view.AfterMention(other);
            }
            else if (view.Is(to, "and") || view.Is(to, ","))
            {
                to++;
            }
            else
            {
                return false;
            }
        }

        if (to != start - 1)
        {
            return false;
        }

        // Back from the subject over the names coordinated before it and a title written before a name ("directed
        // Interior Minister Mohsin Naqvi to").
        int k = view.MentionFirst(subject) - 1;
        for (int n = 0; n < MaxParties && k >= view.First; n++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var other)
            {
                k = view.MentionFirst(other) - 1;
            }
            else if (view.Is(k, "and") || view.Is(k, ",") || view.TitleAt(k))
            {
                k--;
            }
            else
            {
                break;
            }
        }

        return AsksAt(view, k);
    }

    /// <summary>True when a verb of demanding, requesting, inviting or directing ends at token <paramref name="k"/>.</summary>
    private bool AsksAt(SentenceView view, int k)
    {
        if (k < view.First)
        {
            return false;
        }

        if (cues.Inviting.LongestAt(view, k) == 1 || cues.Directing.LongestAt(view, k) == 1)
        {
            return true;
        }

        for (int first = Math.Max(view.First, k - 1); first <= k; first++)
        {
            foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(first)))
            {
                if (trigger.Predicate == demands && trigger.Kind is TriggerKind.Verb or TriggerKind.Request
                    && first + words.Length - 1 == k && view.Triggers!.Matches(view, first, words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Most names (and their "and" or comma) read on either side of the subject.</summary>
    private const int MaxParties = 6;
}
