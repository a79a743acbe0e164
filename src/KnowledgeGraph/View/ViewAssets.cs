namespace KnowledgeGraph.View;

/// <summary>Everything the page is made of besides the data: the page's own template, style and script, and the drawing library.</summary>
internal sealed record ViewAssets(string Template, string Style, string Script, IReadOnlyList<ScriptLibrary> Libraries);
