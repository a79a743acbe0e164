namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// A person's roles as the text asserts them, one per (title, of) however many sentences repeat it: "President of
/// China" said in six sentences is one role with six evidence locations.
/// </summary>
internal static class RoleGroups
{
    /// <summary>One role per distinct title and entity, in title order, with every evidence location (file:line, sorted).</summary>
    public static IReadOnlyList<RoleGroup> Of(IEnumerable<(string Title, string Of, string Evidence)> roles) =>
        roles
            .GroupBy(r => (r.Title, r.Of))
            .Select(g => new RoleGroup(g.Key.Title, g.Key.Of, g.Select(r => r.Evidence).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(g => g.Title, StringComparer.Ordinal).ThenBy(g => g.Of, StringComparer.Ordinal)
            .ToList();
}
