using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A state's own body named with the state's possessive ("Iran's elite Revolutionary Guards", "Pakistan's ISI") → the
/// body PART_OF the state. The body is a curated government body or state company (gazetteer subtype), so a company or
/// group a state merely hosts ("Russia's Wagner Group") is left alone; at most two words stand between them. Likewise a
/// place the gazetteer puts in the state, named right after its possessive ("Tajikistan's Gorno-Badakhshan region",
/// "China's Xinjiang"; not "Beijing's actions in Xinjiang").
/// </summary>
internal static class StateBodyReader
{
    private static readonly string[] Subtypes = ["government_body", "state_company"];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("PART_OF") is not { } predicate)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            Entity body = view.Mention(m + 1).Entity;
            Entity state = view.Mention(m).Entity;
            if (state.Type != EntityType.Country || !view.IsPossessive(m) || view.MentionFirst(m + 1) - view.AfterMention(m) > 2
                || !(body.Type == EntityType.Organisation ? Array.IndexOf(Subtypes, body.Subtype) >= 0 : body.Type == EntityType.Place && view.MentionFirst(m + 1) == view.AfterMention(m) && IsIn(body, state)))
            {
                continue;
            }

            int at = view.MentionLast(m) + 1;
            output.Add((new ClaimCandidate(m + 1, m, 0.9f, at, at, null), new Trigger(["'s"], TriggerKind.Title, predicate, null), at));
        }
    }

    /// <summary>True when the place's curated links put it in the state.</summary>
    private static bool IsIn(Entity place, Entity state)
    {
        foreach (EntityLink link in place.Links)
        {
            if (link.Rel == "part_of" && link.To == state.Id)
            {
                return true;
            }
        }

        return false;
    }
}
