namespace KnowledgeGraph.View;

/// <summary>
/// The data one page carries, serialised into it as JSON: nodes, edges, the evidence sentences they cite (by number),
/// the styles per entity type, the predicate classes, the focus (when drawn around one entity) and a note when
/// edges were left out.
/// </summary>
internal sealed record ViewModel(
    string Title, long Revision, string? Note, ViewFocus? Focus, IReadOnlyDictionary<string, ViewTypeStyle> Types,
    ViewTypeStyle CoMention, IReadOnlyList<string> Classes, IReadOnlyList<ViewNode> Nodes, IReadOnlyList<ViewEdge> Edges,
    IReadOnlyList<ViewSentence> Sentences);
