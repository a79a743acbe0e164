using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Tests.Support;

/// <summary>A handful of gazetteer-like entities and the pipelines built on them.</summary>
internal static class TestEntities
{
    public static Entity China { get; } = new() { Id = "china", Name = "China", Type = EntityType.Country, Acronyms = ["PRC"] };
    public static Entity Afghanistan { get; } = new() { Id = "afghanistan", Name = "Afghanistan", Type = EntityType.Country };
    public static Entity Pakistan { get; } = new() { Id = "pakistan", Name = "Pakistan", Type = EntityType.Country };
    public static Entity Russia { get; } = new() { Id = "russia", Name = "Russia", Type = EntityType.Country };
    public static Entity Iran { get; } = new() { Id = "iran", Name = "Iran", Type = EntityType.Country };
    public static Entity Taliban { get; } = new() { Id = "taliban", Name = "Taliban", Type = EntityType.Organisation, Subtype = "militant_group" };

    /// <summary>The default dictionary (Iran deliberately missing: adding it is the "gazetteer change").</summary>
    public static IReadOnlyList<(string, Entity, MentionKind)> Base { get; } =
    [
        ("China", China, MentionKind.Name), ("Beijing", China, MentionKind.Metonym), ("Chinese", China, MentionKind.Demonym),
        ("Afghanistan", Afghanistan, MentionKind.Name), ("Pakistan", Pakistan, MentionKind.Name), ("Russia", Russia, MentionKind.Name),
        ("Russian", Russia, MentionKind.Demonym), ("Taliban", Taliban, MentionKind.Name),
    ];

    public static IReadOnlyList<(string, Entity, MentionKind)> WithIran { get; } = [.. Base, ("Iran", Iran, MentionKind.Name)];

    public static ExtractionPipeline Pipeline(IReadOnlyList<(string, Entity, MentionKind)>? entries = null, string fingerprint = "base") =>
        new([new DictionaryStage(entries ?? Base)], fingerprint);
}
