using KnowledgeGraph.Query;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

/// <summary>The seed fixture loaded as a snapshot, with its resolver.</summary>
internal static class QueryFixture
{
    private static readonly Lazy<GraphSnapshot> SharedSnapshot = new(() => GraphSnapshot.Load(SeedGraphFixture.Reader));

    public static GraphSnapshot Snapshot => SharedSnapshot.Value;

    public static EntityResolver Resolver => new(Snapshot.Entities);
}
