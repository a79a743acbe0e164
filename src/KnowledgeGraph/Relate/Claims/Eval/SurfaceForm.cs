using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>A surface string that stands for an entity, with the mention kind it yields (evaluation and tests).</summary>
internal sealed record SurfaceForm(string Text, Entity Entity, MentionKind Kind);
