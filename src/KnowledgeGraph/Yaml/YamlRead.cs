using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Yaml;

/// <summary>What <see cref="YamlItemRecovery"/> read: the stream (null when nothing could be read), the syntax errors, the ids of the items dropped.</summary>
internal sealed record YamlRead(YamlStream? Stream, IReadOnlyList<YamlException> Errors, IReadOnlyList<string> DroppedIds);
