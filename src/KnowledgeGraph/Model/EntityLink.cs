namespace KnowledgeGraph.Model;

/// <summary>A curated link from one entity to another (part_of, leads, member_of, capital_of, based_in, …).</summary>
internal sealed record EntityLink(string Rel, string To);
