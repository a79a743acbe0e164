namespace KnowledgeGraph.Syntax.Conllu;

/// <summary>Reading and editing the MISC column: "_" or attribute=value pairs separated by '|'.</summary>
internal static class ConlluMisc
{
    /// <summary>True when <paramref name="misc"/> holds exactly the item <paramref name="item"/>.</summary>
    public static bool Has(string misc, string item)
    {
        ArgumentNullException.ThrowIfNull(misc);
        foreach (Range part in misc.AsSpan().Split('|'))
        {
            if (misc.AsSpan()[part].SequenceEqual(item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of <paramref name="misc"/> whose attribute is <paramref name="keep"/>, plus <paramref name="extra"/>; "_" when none.</summary>
    public static string Keep(string misc, string keep, string? extra)
    {
        ArgumentNullException.ThrowIfNull(misc);
        var items = new List<string>(2);
        foreach (string item in misc.Split('|'))
        {
            if (item.StartsWith(keep + "=", StringComparison.Ordinal))
            {
                items.Add(item);
            }
        }

        if (extra is not null)
        {
            items.Add(extra);
        }

        return items.Count == 0 ? "_" : string.Join('|', items);
    }
}
