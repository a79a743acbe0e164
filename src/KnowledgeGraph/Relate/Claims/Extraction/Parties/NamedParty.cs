using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>A party written by its name in full: a country, organisation or group, not by a demonym or as a possessor.</summary>
internal static class NamedParty
{
    /// <summary>True when mention <paramref name="m"/> names a country, organisation or group, not by a demonym or a possessive.</summary>
    public static bool Is(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group
        && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessive(m);
}
