using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A state or organisation "under" a person ("Uzbekistan under Islam Karimov", "China under President Xi Jinping") →
/// the person LEADS it. The person must follow "under" at once or after a title; anything else under a state
/// ("Russia under sanctions", "Afghanistan under the Taliban") is no claim of leadership.
/// </summary>
internal static class RuledUnderReader
{
    private const int MaxTitleWords = 3;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("LEADS") is not { } leads)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            int under = view.MentionLast(m) + 1;
            if (!view.Is(under, "under") || view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym)
            {
                continue;
            }

            int person = m + 1;
            int gap = view.MentionFirst(person) - under - 1;
            if (view.Mention(person).Entity.Type != EntityType.Person || gap > MaxTitleWords || !Capitalised(view, under + 1, gap)
                || !leads.AllowsObject(view.Mention(m).Entity) || OfficesElsewhere(view.Mention(person).Entity, view.Mention(m).Entity))
            {
                continue;
            }

            output.Add((new ClaimCandidate(person, m, 0.9f, under, under, null), new Trigger(["under"], TriggerKind.Title, leads, null), under));
        }
    }

    /// <summary>
    /// True when the gazetteer gives the person offices and none is of <paramref name="state"/>: "cooperation with Islamabad
    /// under President Donald Trump" dates Washington's cooperation, it does not make him Pakistan's leader.
    /// </summary>
    private static bool OfficesElsewhere(Entity person, Entity state)
    {
        if (person.Roles.Count == 0)
        {
            return false;
        }

        foreach (PersonRole role in person.Roles)
        {
            if (role.Of == state.Id)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the <paramref name="count"/> words from <paramref name="i"/> are capitalised (a title: "President").</summary>
    private static bool Capitalised(SentenceView view, int i, int count)
    {
        for (int k = i; k < i + count; k++)
        {
            if (view.Token(k).Kind != TokenKind.Word || !view.Token(k).Is(TokenShape.Capitalised))
            {
                return false;
            }
        }

        return true;
    }
}
