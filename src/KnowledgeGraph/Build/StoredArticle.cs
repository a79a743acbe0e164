namespace KnowledgeGraph.Build;

/// <summary>What the store holds of an article: its content hash, the extraction fingerprint and the hash of its results.</summary>
internal sealed record StoredArticle(string ContentHash, string Fingerprint, string ResultHash);
