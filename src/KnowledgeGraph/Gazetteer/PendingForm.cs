using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>A surface form as read from YAML, before its entity exists; keeps the node for error positions.</summary>
internal sealed record PendingForm(string Text, SurfaceFormKind Kind, bool CaseSensitive, IReadOnlyList<string> When, YamlNode Node);
