using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Pipeline;

/// <summary>Options of the extraction pipeline; validated once, before any text is read.</summary>
internal sealed class PipelineOptions
{
    /// <summary>Folder holding gazetteers/*.yaml (entities, cues, predicates). Default: "gazetteers".</summary>
    public string GazetteerDirectory { get; set; } = "gazetteers";

    /// <summary>Extract claims (needs gazetteers/predicates.yaml). Default: true.</summary>
    public bool Claims { get; set; } = true;

    /// <summary>
    /// Let the learned relation model (the "claims" section of the language model file, when it has one) read the pairs
    /// of mentions the claim rules left unrelated. Default: true.
    /// </summary>
    public bool LearnedClaims { get; set; } = true;

    /// <summary>Find names the gazetteer lacks. Default: true.</summary>
    public bool Discover { get; set; } = true;

    /// <summary>
    /// Names the gazetteer lacks are kept only at or above this confidence (0..1); lower guesses never become
    /// entities, mentions or claim arguments. Default: 0.5, the threshold `kg eval` counts at.
    /// </summary>
    public float MinimumDiscoveredConfidence { get; set; } = 0.5f;

    /// <summary>How much syntax to compute up front: off, nothing (tag and parse each sentence when a stage asks; the default), tag everything, or parse everything.</summary>
    public SyntaxMode Syntax { get; set; } = SyntaxMode.OnDemand;

    /// <summary>
    /// The language model file. Default (null): models/kg-en.model beside the gazetteer folder, so the repository's
    /// layout finds it from the repository root as gazetteers/ is found; when the gazetteers live elsewhere (kg.yaml's
    /// `gazetteers: data/gaz`) and no model is beside them, models/kg-en.model in the working directory.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary><see cref="ModelPath"/>, or the default beside <see cref="GazetteerDirectory"/>, or the working directory's.</summary>
    public string ResolvedModelPath
    {
        get
        {
            if (ModelPath is not null)
            {
                return ModelPath;
            }

            string beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(GazetteerDirectory)) ?? ".", SyntaxModel.DefaultPath);
            return File.Exists(beside) || !File.Exists(SyntaxModel.DefaultPath) ? beside : SyntaxModel.DefaultPath;
        }
    }
}
