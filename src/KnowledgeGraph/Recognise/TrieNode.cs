namespace KnowledgeGraph.Recognise;

/// <summary>A node of the form trie, keyed by the hash of the token sequence that leads to it.</summary>
internal sealed class TrieNode
{
    /// <summary>True when some longer form continues through this node.</summary>
    public bool HasLonger { get; set; }

    /// <summary>Forms that end exactly here; null when none does.</summary>
    public List<FormEntry>? Terminals { get; set; }
}
