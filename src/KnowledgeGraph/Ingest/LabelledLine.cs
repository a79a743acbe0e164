using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>A source line with the role the labeller gave it.</summary>
internal readonly record struct LabelledLine(SourceLine Line, LineRole Role);
