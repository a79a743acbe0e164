using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>The graphs the algorithm tests run on: the seed fixture's entity graph and seeded random graphs.</summary>
internal static class GraphFixtures
{
    /// <summary>The entity graph of <see cref="SeedGraphFixture"/>.</summary>
    public static WeightedGraph Seed()
    {
        IGraphReader reader = SeedGraphFixture.Reader;
        return EntityGraphBuilder.Build(reader.Entities(), reader.CoMentions(), reader.Claims());
    }

    /// <summary>"seed" or a random graph's seed number.</summary>
    public static WeightedGraph Named(string name) =>
        name == "seed" ? Seed() : RandomGraphFixture.Create(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture));
}
