namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// The YAML shape of tests/eval/claims.yaml: an entity table (the surface forms gold mentions are placed from) and
/// annotated seed sentences. Mutable because the YAML deserialiser fills it; <see cref="ClaimEvalLoader"/> turns it
/// into checked, immutable <see cref="ClaimEvalSet"/> values.
/// </summary>
internal sealed class ClaimEvalFile
{
    public List<ClaimEvalFileEntity> Entities { get; set; } = [];
    public List<ClaimEvalFileSentence> Sentences { get; set; } = [];
}
