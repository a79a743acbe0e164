namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// One annotated sentence: where it was copied from (file, 1-based line), its verbatim text, and the claims it asserts
/// written "subject PREDICATE object" with optional flags after bars: "china INVESTS_IN afghanistan | negated | hedged".
/// An empty list means the sentence asserts nothing.
/// </summary>
internal sealed class ClaimEvalFileSentence
{
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string Text { get; set; } = "";
    public string? Date { get; set; }
    /// <summary>dev or test on sets of unseen articles (tune on dev only); absent on the seed sets.</summary>
    public string? Split { get; set; }
    public List<string> Claims { get; set; } = [];
    /// <summary>Surface → entity id overrides of the entity table for this sentence (gold mentions only).</summary>
    public Dictionary<string, string> Mentions { get; set; } = [];
    public string? Note { get; set; }
}
