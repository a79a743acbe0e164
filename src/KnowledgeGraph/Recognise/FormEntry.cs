using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Recognise;

/// <summary>A gazetteer form at the end of a trie path: its normalised token texts (for the exact check) and whether it has capitals.</summary>
internal sealed record FormEntry(SurfaceForm Form, string[] TokenTexts, bool HasUpper);
