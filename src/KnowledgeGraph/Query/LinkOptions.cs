using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Query;

/// <summary>Options of <see cref="LinkFinder"/>.</summary>
internal sealed record LinkOptions
{
    /// <summary>Longest path, in edges. Default 3.</summary>
    public int MaxHops { get; init; } = 3;

    /// <summary>Paths to return. Default 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>How edges weigh in the path search (<see cref="LinkWeights"/>). Default <see cref="RankBy.Count"/>.</summary>
    public RankBy Rank { get; init; } = RankBy.Count;

    /// <summary>Also walk co-mentions where one side is named only by a demonym. Default false.</summary>
    public bool IncludeDemonyms { get; init; }

    /// <summary>Throws KG9002 for a non-positive setting.</summary>
    public void Validate()
    {
        if (MaxHops < 1 || Limit < 1)
        {
            throw new KgException(ErrorCodes.OptionInvalid, "--max-hops and --limit must be at least 1");
        }
    }
}
