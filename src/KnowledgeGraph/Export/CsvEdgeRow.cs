namespace KnowledgeGraph.Export;

/// <summary>
/// A row of edges.csv (co-mentions). Source, Target, Type ("Undirected") and Weight are Gephi's column names;
/// EvidenceSentenceIds are separated by spaces.
/// </summary>
internal sealed record CsvEdgeRow(
    string Source, string Target, string Type, double Weight, int Sentences, int Paragraphs, int Articles,
    string? First, string? Last, double Score, bool DemonymOnly, string EvidenceSentenceIds);
