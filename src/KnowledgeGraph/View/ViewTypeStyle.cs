namespace KnowledgeGraph.View;

/// <summary>How a node type or relationship type is drawn, from cypher/style.grass: fill, border and text colours and diameter (or shaft width).</summary>
internal sealed record ViewTypeStyle(string Color, string Border, string Text, double Size);
