namespace KnowledgeGraph.Eval.Coreference;

/// <summary>
/// One annotated word of tests/eval/coreference.yaml: its text, its character offset in the line, and the entities it
/// refers to (ids or canonical names; several for "the two countries"; none when it refers to no named entity).
/// </summary>
internal sealed record GoldReference(string Text, int At, IReadOnlyList<string> Entities)
{
    /// <summary>True when <paramref name="id"/> or <paramref name="name"/> is one of <see cref="Entities"/>.</summary>
    public bool Names(string id, string name) =>
        Entities.Any(e => string.Equals(e, id, StringComparison.Ordinal) || string.Equals(e, name, StringComparison.OrdinalIgnoreCase));
}
