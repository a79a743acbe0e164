using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A state's or government's possessive right before a person's name, with no title between ("including China's Wang
/// Yi, Russia's Sergei Lavrov and Pakistan's Ishaq Dar", "a meeting with Muttaqi and Pakistan's Ishaq Dar"): the person
/// holds an office of it: LEADS when a curated role of that state the person still holds is a head's title, else
/// HOLDS_ROLE_IN. A party's or militant group's possessive makes the person its member ("the BLA's Bashir Zeb"). A title
/// between the two is the title rules' reading ("Pakistan's Foreign Minister Ishaq Dar").
/// </summary>
internal static class PossessedPersonReader
{
    private static readonly string[] Memberships = [EntitySubtypes.PoliticalParty, EntitySubtypes.MilitantGroup];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (!view.IsPossessive(m) || view.MentionFirst(m + 1) != view.AfterMention(m))
            {
                continue;
            }

            Mention owner = view.Mention(m);
            Mention person = view.Mention(m + 1);
            if (person.Entity.Type != EntityType.Person || view.IsPossessivePronoun(m + 1) || owner.Kind is MentionKind.Demonym or MentionKind.Partial
                || owner.Entity.Id == person.Entity.Id || Relation(owner.Entity, person.Entity, lexicon) is not { } predicate)
            {
                continue;
            }

            int mark = view.AfterMention(m) - 1;
            output.Add((new ClaimCandidate(m + 1, m, 0.8f, mark, mark, null), new Trigger(["'s"], TriggerKind.Title, predicate, null), mark));
        }
    }

    /// <summary>The predicate a possessor's name before a person states, or null when it is no state, government, party or armed group.</summary>
    private static PredicateDefinition? Relation(Entity owner, Entity person, PredicateLexicon lexicon)
    {
        if (owner.Type == EntityType.Organisation && Array.IndexOf(Memberships, owner.Subtype) >= 0)
        {
            return lexicon.Find("MEMBER_OF");
        }

        if (owner.Type == EntityType.Country || owner.Type == EntityType.Organisation && owner.Subtype == EntitySubtypes.Government)
        {
            return lexicon.Find(HeadsState(person, owner, lexicon) ? "LEADS" : "HOLDS_ROLE_IN");
        }

        return null;
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
