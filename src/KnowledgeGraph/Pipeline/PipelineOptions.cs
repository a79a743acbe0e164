using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Pipeline;

/// <summary>Options of the extraction pipeline; validated once, before any text is read.</summary>
internal sealed class PipelineOptions
{
    /// <summary>Folder holding gazetteers/*.yaml (entities, cues, predicates). Default: "gazetteers".</summary>
    public string GazetteerDirectory { get; set; } = "gazetteers";

    /// <summary>Extract claims (needs gazetteers/predicates.yaml). Default: true.</summary>
    public bool Claims { get; set; } = true;

    /// <summary>Find names the gazetteer lacks. Default: true.</summary>
    public bool Discover { get; set; } = true;

    /// <summary>How much syntax to compute: off (default until a model ships), tag every sentence and parse on demand, or parse everything.</summary>
    public SyntaxMode Syntax { get; set; } = SyntaxMode.Off;

    /// <summary>The language model file. Default: models/kg-en.model (relative to the working directory, like gazetteers).</summary>
    public string ModelPath { get; set; } = SyntaxModel.DefaultPath;
}
