namespace KnowledgeGraph.Ingest;

/// <summary>What <see cref="FileValidator"/> knows while streaming a file: the current line, its length so far, whether any text was seen.</summary>
internal struct FileScanState
{
    public int Line;
    public int LineBytes;
    public bool SawText;
}
