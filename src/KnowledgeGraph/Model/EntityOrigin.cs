namespace KnowledgeGraph.Model;

/// <summary>Where an entity comes from.</summary>
internal enum EntityOrigin : byte
{
    /// <summary>Written by analysts in gazetteers/*.yaml.</summary>
    Curated,
    /// <summary>Found in text by cues, absent from the gazetteer.</summary>
    Discovered,
}
