namespace KnowledgeGraph.Gazetteer;

/// <summary>Which gazetteer field a surface form came from; decides the mention kind and the matching rule.</summary>
internal enum SurfaceFormKind : byte
{
    Name,
    Alias,
    Acronym,
    Demonym,
    Metonym,
    Short,
    /// <summary>A short form that names the person on its own, in any article (`alone:`: Putin, Xi).</summary>
    ShortAlone,
}
