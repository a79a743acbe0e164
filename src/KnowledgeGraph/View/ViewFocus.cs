namespace KnowledgeGraph.View;

/// <summary>The entity a focused page is drawn around and the hops it reaches.</summary>
internal sealed record ViewFocus(string Id, int Hops);
