namespace KnowledgeGraph.Model;

/// <summary>A token: half-open [<see cref="Start"/>, <see cref="End"/>) character offsets into its paragraph's text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenShape Shape)
{
    public int Length => End - Start;

    public bool Is(TokenShape shape) => (Shape & shape) == shape;
}
