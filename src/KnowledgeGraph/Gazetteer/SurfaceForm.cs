using KnowledgeGraph.Model;

namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// One way of writing an entity, with the rule that matches it: <see cref="CaseSensitive"/> forms match exactly;
/// the others match any casing except an all-lower-case span for a form that has capitals ("us" is not "US").
/// <see cref="When"/> restricts the form to articles that mention one of those entity ids.
/// </summary>
internal sealed record SurfaceForm(string Text, Entity Entity, SurfaceFormKind Kind, bool CaseSensitive, IReadOnlyList<string> When, string DefinedAt)
{
    public MentionKind MentionKind => Kind switch
    {
        SurfaceFormKind.Acronym => MentionKind.Acronym,
        SurfaceFormKind.Demonym => MentionKind.Demonym,
        SurfaceFormKind.Metonym => MentionKind.Metonym,
        SurfaceFormKind.Short or SurfaceFormKind.ShortAlone => MentionKind.Partial,
        _ => MentionKind.Name,
    };

    public bool HasRule => When.Count > 0;
}
