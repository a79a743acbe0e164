namespace KnowledgeGraph.Syntax;

/// <summary>How much syntax the pipeline computes up front; whatever is not done up front is done when a stage asks.</summary>
internal enum SyntaxMode
{
    /// <summary>No syntax stage: <see cref="Model.Paragraph.Syntax"/> stays null.</summary>
    Off,
    /// <summary>
    /// Nothing up front: a sentence is tagged when a later stage first reads its tags, parsed when a stage first reads
    /// its tree (<see cref="Model.SyntaxLayer"/>). The default: stages that need no syntax pay nothing for it.
    /// </summary>
    OnDemand,
    /// <summary>Tag every sentence (UPOS, XPOS) up front; parse a sentence only when a later stage asks for it.</summary>
    Tag,
    /// <summary>Tag and parse every sentence up front.</summary>
    Parse,
}
