namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>The arc-eager transitions (Nivre 2003), unlabelled: relations are assigned afterwards by the <see cref="ArcLabeller"/>.</summary>
internal enum Move : byte
{
    /// <summary>Push the first buffer token onto the stack.</summary>
    Shift = 0,
    /// <summary>Pop the stack top, which already has a head.</summary>
    Reduce = 1,
    /// <summary>Make the first buffer token the head of the stack top (which has none) and pop it.</summary>
    Left = 2,
    /// <summary>Make the stack top the head of the first buffer token and push that token.</summary>
    Right = 3,
}
