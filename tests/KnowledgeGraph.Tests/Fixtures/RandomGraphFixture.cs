using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Fixtures;

/// <summary>
/// Seeded random graphs to exercise the algorithms beyond the seed fixture: integer weights 1–6 (so many paths tie
/// in cost), a sprinkling of isolated nodes and more than one component.
/// </summary>
internal static class RandomGraphFixture
{
    public static WeightedGraph Create(int seed, int nodes = 40, double edgeProbability = 0.08)
    {
        var random = new Random(seed);
        var builder = new WeightedGraphBuilder();
        for (int i = 0; i < nodes; i++)
        {
            builder.AddNode($"n{i:D2}");
        }

        for (int i = 0; i < nodes; i++)
        {
            for (int j = i + 1; j < nodes; j++)
            {
                if (random.NextDouble() < edgeProbability)
                {
                    builder.AddLink($"n{i:D2}", $"n{j:D2}", random.Next(1, 7));
                }
            }
        }

        return builder.Build();
    }
}
