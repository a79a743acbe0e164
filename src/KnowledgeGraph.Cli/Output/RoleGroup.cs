namespace KnowledgeGraph.Cli.Output;

/// <summary>One role: its title, the entity id it is held in, and the places that say so.</summary>
internal sealed record RoleGroup(string Title, string Of, IReadOnlyList<string> Evidence)
{
    /// <summary>How many places say so.</summary>
    public int Count => Evidence.Count;
}
