namespace KnowledgeGraph.View;

/// <summary>One evidence sentence of an edge: its number in <see cref="ViewModel.Sentences"/> and, for claims, the trigger words.</summary>
internal sealed record ViewEvidence(int Sentence, string? Trigger);
