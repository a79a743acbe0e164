namespace KnowledgeGraph.Ingest;

/// <summary>The shape of gazetteers/ingest-cues.yaml as YamlDotNet reads it: one top-level <c>ingest:</c> key.</summary>
internal sealed class IngestCueFile
{
    public IngestCueSection? Ingest { get; set; }
}
