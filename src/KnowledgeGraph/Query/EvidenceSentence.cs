namespace KnowledgeGraph.Query;

/// <summary>A sentence that supports an edge or a claim: its id, where it was read (file, 1-based line) and its text.</summary>
internal sealed record EvidenceSentence(string SentenceId, string File, int Line, string Text);
