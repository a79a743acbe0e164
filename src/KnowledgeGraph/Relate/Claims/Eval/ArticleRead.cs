namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// The annotated sentences found in their articles, each with what the pipeline found in it, and how many annotated
/// lines Ingest had labelled as neither title nor body (read as body for the evaluation).
/// </summary>
internal sealed record ArticleRead(IReadOnlyDictionary<ClaimEvalSentence, ArticleSentence> Sentences, int Relabelled);
