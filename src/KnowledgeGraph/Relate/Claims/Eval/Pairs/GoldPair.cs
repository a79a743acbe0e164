namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>
/// One relation an external annotation states between two spans of a document's text: half-open
/// [<see cref="SourceStart"/>, <see cref="SourceEnd"/>) and [<see cref="TargetStart"/>, <see cref="TargetEnd"/>).
/// <see cref="Type"/> is the annotation's own relation name ("FightingAgainst", "BelongsTo"), not a predicate of ours.
/// </summary>
internal sealed record GoldPair(string Type, int SourceStart, int SourceEnd, string Source, int TargetStart, int TargetEnd, string Target);
