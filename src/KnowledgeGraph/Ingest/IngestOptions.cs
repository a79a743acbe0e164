using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Limits and choices of the Ingest stage. A plain class with defaults; <see cref="Validate"/> runs once, when a
/// <see cref="CorpusReader"/> is built, before any file is read.
/// </summary>
internal sealed class IngestOptions
{
    /// <summary>Every extension the stage can read (lower case, with the dot).</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".html", ".htm", ".jsonl"];

    /// <summary>
    /// Longest line accepted, in UTF-8 bytes. Default 1 MiB. A file with a longer line is skipped whole with
    /// KG1007, so no article is silently cut and no huge string is ever built.
    /// </summary>
    public int MaxLineBytes { get; init; } = 1 << 20;

    /// <summary>Largest file accepted, in bytes. Default 256 MiB; a larger file is skipped with KG1006.</summary>
    public long MaxFileBytes { get; init; } = 256L << 20;

    /// <summary>Extensions read (lower case, with the dot); a subset of <see cref="SupportedExtensions"/>. Default: all of them.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = SupportedExtensions;

    /// <summary>Cue words that split blog dumps into articles and label their lines. Default: <see cref="IngestCues.Default"/>.</summary>
    public IngestCues Cues { get; init; } = IngestCues.Default;

    /// <summary>
    /// Mark repeats (<see cref="Document.IsRepeat"/>, <see cref="Paragraph.IsRepeat"/>) as they are read. Default true.
    /// The tracker holds an 8-byte id per distinct article and paragraph of the run, so its memory grows with the
    /// corpus; a build, which recognises repeated articles itself (in the store's run ledger) and extracts every
    /// article whole, turns it off.
    /// </summary>
    public bool MarkRepeats { get; init; } = true;

    /// <summary>Defaults, with the cue words read from <c>ingest-cues.yaml</c> in <paramref name="gazetteerDirectory"/> when present.</summary>
    public static IngestOptions FromGazetteerDirectory(string gazetteerDirectory) =>
        new() { Cues = IngestCuesLoader.LoadOrDefault(gazetteerDirectory) };

    /// <summary>Throws <see cref="KgException"/> (KG9002) naming the first bad option.</summary>
    public void Validate()
    {
        if (MaxLineBytes < 64)
        {
            throw new KgException(ErrorCodes.OptionInvalid, $"MaxLineBytes must be at least 64 (was {MaxLineBytes}).");
        }

        if (MaxFileBytes < MaxLineBytes)
        {
            throw new KgException(ErrorCodes.OptionInvalid, $"MaxFileBytes ({MaxFileBytes}) must be at least MaxLineBytes ({MaxLineBytes}).");
        }

        if (Extensions.Count == 0)
        {
            throw new KgException(ErrorCodes.OptionInvalid, "Extensions must name at least one of " + string.Join(", ", SupportedExtensions) + ".");
        }

        foreach (string extension in Extensions)
        {
            if (!SupportedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                throw new KgException(ErrorCodes.OptionInvalid, $"Extension '{extension}' is not supported; use " + string.Join(", ", SupportedExtensions) + ".");
            }
        }

        ArgumentNullException.ThrowIfNull(Cues);
    }

    /// <summary>True when files with this extension (any case, with the dot) are read.</summary>
    public bool Reads(string extension) => Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
}
