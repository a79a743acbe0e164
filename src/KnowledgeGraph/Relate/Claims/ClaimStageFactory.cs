using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relate.Claims;

/// <summary>
/// Makes the claims stage for <see cref="PipelineFactory"/>: loads and validates
/// {GazetteerDirectory}/predicates.yaml (throwing KG3101/KG3102 with file:line:column before any text is read).
/// Returns null when <see cref="PipelineOptions.Claims"/> is off.
/// </summary>
internal static class ClaimStageFactory
{
    public static ClaimExtractor? Create(PipelineOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Claims)
        {
            return null;
        }

        string path = Path.Combine(options.GazetteerDirectory, PredicateLexiconLoader.FileName);
        return new ClaimExtractor(PredicateLexiconLoader.Load(path, diagnostics));
    }
}
