namespace KnowledgeGraph.Export;

/// <summary>A row of nodes.csv. Id and Label are the column names Gephi's spreadsheet import expects.</summary>
internal sealed record CsvNodeRow(string Id, string Label, string Type, string? Subtype, string Aliases, bool Discovered, double Confidence, int Mentions);
