namespace KnowledgeGraph.Build;

/// <summary>What a build did and what the store holds afterwards.</summary>
internal sealed class BuildSummary
{
    /// <summary>Articles read, repeats (the same article read again, in another file) included.</summary>
    public int Read { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int Removed { get; set; }
    /// <summary>Identical copies of an article read in this run: they only add their locations.</summary>
    public int Repeats { get; set; }
    /// <summary>Unchanged articles re-extracted because the gazetteer changed (or --rebuild); counted in <see cref="Unchanged"/>.</summary>
    public int Reresolved { get; set; }
    /// <summary>Re-extracted articles whose results changed (and were rewritten).</summary>
    public int ReresolvedChanged { get; set; }
    /// <summary>Words in the articles extracted in this run.</summary>
    public long Words { get; set; }
    /// <summary>Rows inserted into or deleted from the store in this run (facts and aggregates).</summary>
    public long RowsWritten { get; set; }
    public int Batches { get; set; }
    /// <summary>Input files not parsed because their bytes are unchanged since the last build (their articles count as unchanged).</summary>
    public int UnchangedFiles { get; set; }
    /// <summary>Articles found to extract (new, changed, stale), extracted, and written.</summary>
    public int ToExtract { get; set; }
    public int Extracted { get; set; }
    public int Written { get; set; }
    /// <summary>
    /// Articles left out because extracting them hit an internal error (KG9998): none of them is written, a stored
    /// copy stays as it was, and their files are read again by the next build.
    /// </summary>
    public int Failed { get; set; }
    /// <summary>Entities, edges and claims that appeared in or left the store.</summary>
    public AggregateChanges Aggregates { get; set; } = AggregateChanges.None;
    /// <summary>What settling an interrupted build's work added and removed before this build wrote, or null when none was left.</summary>
    public AggregateChanges? Interrupted { get; set; }
    /// <summary>Files earlier builds read that are gone now, whose articles stay because --prune was not given.</summary>
    public IReadOnlyList<string> GoneButKept { get; set; } = [];
    /// <summary>Time reading and classifying, extracting (with the facts), writing batches, and the closing settle.</summary>
    public TimeSpan ReadTime { get; set; }
    public TimeSpan ExtractTime { get; set; }
    public TimeSpan WriteTime { get; set; }
    public TimeSpan SettleTime { get; set; }
    /// <summary>What the store holds after the build.</summary>
    public StoreCounts Store { get; set; } = new(0, 0, 0, 0, 0, 0, new Dictionary<string, long>());
    public long Revision => Store.Revision;
}
