namespace KnowledgeGraph.Syntax.Training;

/// <summary>Which part of training a treebank file feeds.</summary>
internal enum TreebankSplit
{
    /// <summary>Training data.</summary>
    Train,
    /// <summary>Development data: scored every epoch and used to select the epoch kept.</summary>
    Dev,
    /// <summary>Held out (test splits, documents of no known split): never read.</summary>
    HeldOut,
}
