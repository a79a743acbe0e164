using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.View;

/// <summary>What `kg view` draws; validated once by <see cref="Validate"/> before the store is read.</summary>
internal sealed record ViewOptions
{
    /// <summary>An entity (any name, alias or id) whose neighbourhood alone is drawn; null draws the whole graph.</summary>
    public string? Focus { get; init; }

    /// <summary>Hops around <see cref="Focus"/> (1–5). Default 2.</summary>
    public int Hops { get; init; } = 2;

    /// <summary>
    /// At most this many edges, the strongest kept (claims first, then co-mentions by weight); the page says when
    /// edges were left out. Default 3000, enough for the seed graph whole and readable in a browser.
    /// </summary>
    public int MaxEdges { get; init; } = 3000;

    /// <summary>At most this many evidence sentences per co-mention edge (claims keep all of theirs). Default 8.</summary>
    public int MaxEvidence { get; init; } = 8;

    /// <summary>Also draw demonym-only co-mentions ("Chinese … Afghanistan"), left out by default as in every query.</summary>
    public bool IncludeDemonyms { get; init; }

    /// <summary>Throws KG9002 naming the first bad value.</summary>
    public ViewOptions Validate()
    {
        if (Hops is < 1 or > 5)
        {
            throw new KgException(ErrorCodes.OptionInvalid, $"--hops must be between 1 and 5 (got {Hops})");
        }

        if (MaxEdges < 1)
        {
            throw new KgException(ErrorCodes.OptionInvalid, $"--max-edges must be at least 1 (got {MaxEdges})");
        }

        if (MaxEvidence < 1)
        {
            throw new KgException(ErrorCodes.OptionInvalid, $"the evidence limit must be at least 1 (got {MaxEvidence})");
        }

        return this;
    }
}
