namespace KnowledgeGraph.Syntax.Training;

/// <summary>A named set of development sentences ("en_ewt-ud-dev", "gum-dev"), scored every epoch.</summary>
internal sealed record DevSet(string Name, IReadOnlyList<TreebankSentence> Sentences);
