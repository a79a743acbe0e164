namespace KnowledgeGraph.Store;

/// <summary>How a store is opened.</summary>
internal enum StoreMode
{
    /// <summary>Read only; the file must exist (KG6006 otherwise).</summary>
    Read,
    /// <summary>Like <see cref="Read"/> (the store must exist and be current), but writable: for readers that record watermarks.</summary>
    Update,
    /// <summary>Read and write; creates the file and its folder when missing, migrates an older schema.</summary>
    Write,
}
