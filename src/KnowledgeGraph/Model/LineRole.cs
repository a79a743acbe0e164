namespace KnowledgeGraph.Model;

/// <summary>What a source line is inside an article. Only <see cref="Title"/> and <see cref="Body"/> feed extraction.</summary>
internal enum LineRole
{
    Body,
    Title,
    Subtitle,
    Intro,
    Caption,
    Byline,
    Endnote,
    /// <summary>Page furniture outside any article, such as a blog's "Posts Tagged 'China'" header.</summary>
    Boilerplate,
}
