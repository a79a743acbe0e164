namespace KnowledgeGraph.Build;

/// <summary>
/// One place two entities co-occur: entity ids <see cref="A"/> &lt; <see cref="B"/> (ordinal), the paragraph, and the
/// sentence id for sentence scope or "" for the weaker paragraph scope. <see cref="DemonymOnly"/> is true when one
/// side is named only by demonyms inside that scope.
/// </summary>
internal readonly record struct CoMentionOccurrence(string A, string B, string ParagraphId, string SentenceId, bool DemonymOnly)
{
    public bool IsSentenceScope => SentenceId.Length > 0;
}
