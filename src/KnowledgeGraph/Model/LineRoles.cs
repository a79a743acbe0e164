namespace KnowledgeGraph.Model;

/// <summary>Helpers over <see cref="LineRole"/>.</summary>
internal static class LineRoles
{
    /// <summary>True for the roles whose text is tokenised and searched for entities.</summary>
    public static bool FeedsExtraction(this LineRole role) => role is LineRole.Body or LineRole.Title;

    /// <summary>Lower-case wire name used in JSON output and the store ("title", "body", …).</summary>
    public static string WireName(this LineRole role) => role switch
    {
        LineRole.Body => "body",
        LineRole.Title => "title",
        LineRole.Subtitle => "subtitle",
        LineRole.Intro => "intro",
        LineRole.Caption => "caption",
        LineRole.Byline => "byline",
        LineRole.Endnote => "endnote",
        _ => "boilerplate",
    };
}
