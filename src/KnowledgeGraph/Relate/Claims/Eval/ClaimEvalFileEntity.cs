namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>One entity of the evaluation table: id, name, type and the surface forms that stand for it (all case-sensitive).</summary>
internal sealed class ClaimEvalFileEntity
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public List<string> Acronyms { get; set; } = [];
    public List<string> Demonyms { get; set; } = [];
    public List<string> Metonyms { get; set; } = [];
    public List<string> Partials { get; set; } = [];
}
