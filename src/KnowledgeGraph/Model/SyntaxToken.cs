namespace KnowledgeGraph.Model;

/// <summary>
/// The syntax of one token, parallel to <see cref="Paragraph.Tokens"/> (same index). <see cref="Xpos"/> is an index
/// into the model's tag table (<see cref="SyntaxLayer.Xpos"/> gives the name, "VBN"). <see cref="Head"/> is the
/// paragraph token index of the head, -1 for the sentence's root; <see cref="Head"/> and <see cref="Relation"/>
/// are meaningful only once the token's sentence is parsed (<see cref="Relation"/> is <see cref="DepRel.None"/> before).
/// </summary>
internal readonly record struct SyntaxToken(Upos Upos, byte Xpos, DepRel Relation, int Head)
{
    /// <summary>True when the token is its sentence's root (parsed sentences only).</summary>
    public bool IsRoot => Relation == DepRel.Root;
}
