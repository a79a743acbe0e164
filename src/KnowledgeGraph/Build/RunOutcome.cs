namespace KnowledgeGraph.Build;

/// <summary>
/// What a build read, for its last transaction (with the run ledger, which holds where each article and paragraph was
/// seen): the files read, the files skipped as unchanged with their stamps, and which other stored locations to keep
/// (<see cref="Keeps"/>: a file not read stays unless --prune and it is gone). A file holding an article that failed
/// (<see cref="Failed"/>) is treated as not read: its stored locations stay, and its stamp is forgotten so that the
/// next build reads it again.
/// </summary>
internal sealed record RunOutcome(IReadOnlySet<string> FilesRead, InputPlan Plan, bool Prune, Func<string, bool> Keeps, IReadOnlySet<string> Failed);
