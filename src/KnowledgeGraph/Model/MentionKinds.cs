namespace KnowledgeGraph.Model;

/// <summary>Helpers over <see cref="MentionKind"/>.</summary>
internal static class MentionKinds
{
    public static string WireName(this MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Acronym => "acronym",
        MentionKind.Demonym => "demonym",
        MentionKind.Metonym => "metonym",
        MentionKind.Partial => "partial",
        MentionKind.Learned => "learned",
        MentionKind.Described => "described",
        _ => "discovered",
    };
}
