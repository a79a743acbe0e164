using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A curated event named together with its parties ("Russia's invasion of Ukraine", "the Soviet invasion of
/// Afghanistan"): an Event mention whose subtype a predicate lists in <see cref="PredicateDefinition.Events"/> states
/// that predicate between the event's `agent` and `target` links, when the sentence writes each party inside the
/// event's name (name, alias or demonym) or as the mention right before it ("Russia's war in Ukraine"). An event named
/// without its parties ("the war in Ukraine") says nothing about who fought whom and yields nothing. The agent may also
/// be the subject of words of claiming it (<c>responsibility_claims</c>: "ISKP claimed responsibility for the attack on
/// the Russian embassy in Kabul").
/// </summary>
internal sealed class EventPartyReader
{
    private readonly Func<string, Entity?> entities;
    private readonly ClaimCues cues;
    private readonly Dictionary<string, PredicateDefinition> bySubtype = new(StringComparer.Ordinal);

    public EventPartyReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.entities = entities;
        cues = lexicon.Cues;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string subtype in predicate.Events)
            {
                bySubtype.TryAdd(subtype, predicate);
            }
        }
    }

    /// <summary>Appends (event mention, predicate, agent, target) for each event of the view named with both its parties.</summary>
    public void Read(SentenceView view, List<(int Mention, PredicateDefinition Predicate, Entity Agent, Entity Target)> output)
    {
        if (bySubtype.Count == 0)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            Entity entity = view.Mention(m).Entity;
            if (entity.Type != EntityType.Event || entity.Subtype is null || entity.Links.Count < 2
                || !bySubtype.TryGetValue(entity.Subtype, out PredicateDefinition? predicate))
            {
                continue;
            }

            foreach (EntityLink agentLink in entity.Links)
            {
                if (agentLink.Rel != "agent" || entities(agentLink.To) is not { } agent || !(Written(view, m, agent) || ClaimedBy(view, m, agent))
                    || !predicate.AllowsSubject(agent))
                {
                    continue;
                }

                foreach (EntityLink targetLink in entity.Links)
                {
                    if (targetLink.Rel == "target" && entities(targetLink.To) is { } target && target.Id != agent.Id
                        && Written(view, m, target) && predicate.AllowsObject(target))
                    {
                        output.Add((m, predicate, agent, target));
                    }
                }
            }
        }
    }

    private const int MaxBridges = 3;

    /// <summary>
    /// True when words of claiming stand right before the event (past "the") and the party is their subject, past at most
    /// <see cref="MaxBridges"/> bridges ("the group also claimed responsibility for …").
    /// </summary>
    private bool ClaimedBy(SentenceView view, int m, Entity party)
    {
        int end = view.MentionFirst(m);
        if (view.Is(end - 1, "the"))
        {
            end--;
        }

        for (int start = Math.Max(view.First, end - 3); start < end; start++)
        {
            if (cues.ResponsibilityClaims.LongestAt(view, start) != end - start)
            {
                continue;
            }

            int j = start - 1;
            for (int n = 0; n < MaxBridges && j >= view.First && view.MentionIndexAt(j) < 0 && cues.Bridges.StartsAt(view, j); n++)
            {
                j--;
            }

            return SubjectFinder.EndingAt(view, j) is >= 0 and var subject && view.Mention(subject).Entity.Id == party.Id;
        }

        return false;
    }

    /// <summary>True when the party stands in the event's words or is the mention right before it.</summary>
    private static bool Written(SentenceView view, int m, Entity party)
    {
        Mention mention = view.Mention(m);
        if (NamedLinkReader.Names(view.Text.AsSpan(mention.Start, mention.End - mention.Start), party, demonyms: true))
        {
            return true;
        }

        return m > 0 && view.Mention(m - 1).Entity.Id == party.Id && view.AfterMention(m - 1) == view.MentionFirst(m);
    }
}
