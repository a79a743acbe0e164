using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The exit codes of every `kg` command (README, "Exit codes"): 0 success; 1 a runtime error (the command was
/// right but the run failed: a locked, busy or damaged store, Neo4j unreachable, a disk error, an evaluation floor
/// missed); 2 a usage or input error (fix the command line, an input path, a gazetteer, kg.yaml, the store path, or
/// the page files of `kg view`).
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The run failed for a reason outside the command line and its inputs.</summary>
    public const int RuntimeError = 1;

    /// <summary>A bad option, argument, input path, gazetteer, config file or store path.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// The exit code of a command that streamed a corpus to its end: a runtime error when an article was left out
    /// after an internal error (KG9998, each already printed), else success.
    /// </summary>
    public static int ForRun(DiagnosticBag diagnostics) =>
        diagnostics.Items.Any(d => d.Code == ErrorCodes.ArticleFailed) ? RuntimeError : Success;

    /// <summary>The exit code for an error with the stable code <paramref name="code"/> (see <see cref="ErrorCodes"/>).</summary>
    public static int For(string code) => code switch
    {
        ErrorCodes.Internal or ErrorCodes.ArticleFailed => RuntimeError,
        ErrorCodes.StoreNotFound or ErrorCodes.StoreForeign or ErrorCodes.StoreNewerSchema => UsageError,
        ErrorCodes.Neo4jConfig => UsageError,
        ErrorCodes.EntityNotFound or ErrorCodes.EntityAmbiguous or ErrorCodes.ExportFormatUnknown
            or ErrorCodes.PredicateUnknown or ErrorCodes.PredicateClassUnknown => UsageError,
        ErrorCodes.ViewLibraryMissing or ErrorCodes.ViewAssetInvalid => UsageError,
        ErrorCodes.ClaimEvalInvalid or ErrorCodes.PairEvalInvalid => UsageError,
        ErrorCodes.ModelNotFound or ErrorCodes.ConlluMalformed or ErrorCodes.ConlluNotFound
            or ErrorCodes.TrainingDataEmpty or ErrorCodes.TrainingOptionInvalid => UsageError,
        _ when code.StartsWith("KG1", StringComparison.Ordinal) => UsageError,
        _ when code.StartsWith("KG3", StringComparison.Ordinal) => UsageError,
        _ when code.StartsWith("KG9", StringComparison.Ordinal) => UsageError,
        _ => RuntimeError,
    };
}
