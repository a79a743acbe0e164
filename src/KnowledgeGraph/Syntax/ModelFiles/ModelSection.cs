namespace KnowledgeGraph.Syntax.ModelFiles;

/// <summary>
/// One named section of a <see cref="ModelFile"/>: a component's bytes ("tagger", "parser", "ner") with the
/// component's own format <see cref="Version"/>, so each section's reader can evolve on its own.
/// </summary>
internal sealed record ModelSection(string Name, int Version, ReadOnlyMemory<byte> Data)
{
    /// <summary>A reader over <see cref="Data"/> whose errors name <paramref name="file"/> and this section.</summary>
    public SectionReader Reader(string file) => new(Data.Span, file, Name);
}
