namespace KnowledgeGraph.View;

/// <summary>One style block of a Neo4j Browser .grass file: a selector ("node.Country", "relationship.CO_MENTIONED") and its properties.</summary>
internal sealed record GrassStyle(string Selector, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>A property's value without a trailing "px", or null.</summary>
    public string? Get(string name) => Properties.TryGetValue(name, out string? value) ? value : null;

    /// <summary>A size property ("65px") as a number, or <paramref name="fallback"/>.</summary>
    public double Size(string name, double fallback) =>
        Get(name) is { } value && double.TryParse(value.Replace("px", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double size)
            ? size
            : fallback;
}
