namespace KnowledgeGraph.Syntax.Training;

/// <summary>A CoNLL-U file and the split it belongs to, with the reason (for the training report).</summary>
internal sealed record TreebankFile(string Path, TreebankSplit Split, string Reason);
