namespace KnowledgeGraph.View;

/// <summary>One installed script of the drawing library, to be inlined: its npm package, pinned version and file text.</summary>
internal sealed record ScriptLibrary(string Package, string Version, string File, string Text);
