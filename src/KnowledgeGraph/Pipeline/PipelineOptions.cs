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

    /// <summary>How much syntax to compute up front: off, nothing (tag and parse each sentence when a stage asks; the default), tag everything, or parse everything.</summary>
    public SyntaxMode Syntax { get; set; } = SyntaxMode.OnDemand;

    /// <summary>
    /// The language model file. Default (null): models/kg-en.model beside the gazetteer folder, so the repository's
    /// layout finds it from the repository root as gazetteers/ is found.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary><see cref="ModelPath"/>, or the default beside <see cref="GazetteerDirectory"/>.</summary>
    public string ResolvedModelPath =>
        ModelPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(GazetteerDirectory)) ?? ".", SyntaxModel.DefaultPath);
}
