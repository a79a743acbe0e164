namespace KnowledgeGraph.View;

/// <summary>Node and co-mention styles from cypher/style.grass, the file Neo4j Browser uses, so both pictures agree.</summary>
internal static class ViewStyles
{
    private static readonly Lazy<IReadOnlyDictionary<string, GrassStyle>> Grass = new(GrassStyleReader.Embedded);

    /// <summary>The style of each of <paramref name="types"/>: node.&lt;Type&gt;, else node.Entity, else node.</summary>
    public static IReadOnlyDictionary<string, ViewTypeStyle> NodeTypes(IEnumerable<string> types)
    {
        var styles = new SortedDictionary<string, ViewTypeStyle>(StringComparer.Ordinal);
        foreach (string type in types.Distinct(StringComparer.Ordinal))
        {
            GrassStyle style = Find($"node.{type}", "node.Entity", "node");
            styles[type] = new ViewTypeStyle(
                style.Get("color") ?? "#A5ABB6", style.Get("border-color") ?? "#9AA1AC", style.Get("text-color-internal") ?? "#2A2C34", style.Size("diameter", 50));
        }

        return styles;
    }

    /// <summary>relationship.CO_MENTIONED: colour and shaft width.</summary>
    public static ViewTypeStyle CoMention()
    {
        GrassStyle style = Find("relationship.CO_MENTIONED", "relationship");
        string color = style.Get("color") ?? "#9AA1AC";
        return new ViewTypeStyle(color, color, style.Get("text-color-external") ?? "#000000", style.Size("shaft-width", 1));
    }

    private static GrassStyle Find(params string[] selectors)
    {
        foreach (string selector in selectors)
        {
            if (Grass.Value.TryGetValue(selector, out GrassStyle? style))
            {
                return style;
            }
        }

        return new GrassStyle(selectors[^1], new Dictionary<string, string>());
    }
}
