using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Gazetteer;

/// <summary>A gazetteer or lexicon that failed validation; <see cref="Errors"/> holds every error found, each with file:line:column.</summary>
internal sealed class GazetteerException : KgException
{
    public GazetteerException(IReadOnlyList<Diagnostic> errors)
        : base(errors[0].Code, Summarise(errors), errors[0].File, errors[0].Line, errors[0].Column)
    {
        Errors = errors;
    }

    public IReadOnlyList<Diagnostic> Errors { get; }

    private static string Summarise(IReadOnlyList<Diagnostic> errors) =>
        errors.Count == 1 ? errors[0].Message : $"{errors[0].Message} (and {errors.Count - 1} more errors; run `kg gazetteer check`)";
}
