namespace KnowledgeGraph.Syntax;

/// <summary>How much syntax the pipeline computes up front.</summary>
internal enum SyntaxMode
{
    /// <summary>No syntax stage: <see cref="Model.Paragraph.Syntax"/> stays null.</summary>
    Off,
    /// <summary>Tag every sentence (UPOS, XPOS); parse a sentence only when a later stage asks for it. The default.</summary>
    Tag,
    /// <summary>Tag and parse every sentence.</summary>
    Parse,
}
