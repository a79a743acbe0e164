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
/// without its parties ("the war in Ukraine") says nothing about who fought whom and yields nothing.
/// </summary>
internal sealed class EventPartyReader
{
    private readonly Func<string, Entity?> entities;
    private readonly Dictionary<string, PredicateDefinition> bySubtype = new(StringComparer.Ordinal);

    public EventPartyReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.entities = entities;
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
                if (agentLink.Rel != "agent" || entities(agentLink.To) is not { } agent || !Written(view, m, agent) || !predicate.AllowsSubject(agent))
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
