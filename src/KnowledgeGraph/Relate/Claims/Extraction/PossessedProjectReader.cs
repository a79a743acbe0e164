using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A state's own project or initiative named with its possessive ("China's Belt and Road Initiative", "Beijing's
/// flagship CPEC") → the state BUILDS_OR_OPERATES it; a person's ("Xi's BRI") → the person LEADS it. At most two
/// words stand between the possessive and the project. A project whose builder the sentence already states with
/// another subject ("Kenya's Standard Gauge Railway, a project financed, built and managed by China") is that
/// builder's, not its possessor's.
/// </summary>
internal static class PossessedProjectReader
{
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output, IReadOnlyList<Claim>? stated = null)
    {
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            Entity owner = view.Mention(m).Entity;
            Entity project = view.Mention(m + 1).Entity;
            if (project.Type != EntityType.Project || !view.IsPossessive(m) || view.MentionFirst(m + 1) - view.AfterMention(m) > 2)
            {
                continue;
            }

            string? name = owner.Type switch
            {
                EntityType.Country => "BUILDS_OR_OPERATES",
                EntityType.Person => "LEADS",
                _ => null,
            };
            if (name is not null && lexicon.Find(name) is { } predicate && !BuiltByOther(stated, predicate.Name, owner, project))
            {
                int at = view.MentionLast(m) + 1;
                var candidate = new ClaimCandidate(m, m + 1, 0.9f, at, at, null);
                output.Add((candidate, new Trigger(["'s"], TriggerKind.Title, predicate, null), at));
            }
        }
    }

    private static bool BuiltByOther(IReadOnlyList<Claim>? stated, string predicate, Entity owner, Entity project)
    {
        if (stated is null)
        {
            return false;
        }

        foreach (Claim claim in stated)
        {
            if (claim.Predicate == predicate && claim.Object.Id == project.Id && claim.Subject.Id != owner.Id)
            {
                return true;
            }
        }

        return false;
    }
}
