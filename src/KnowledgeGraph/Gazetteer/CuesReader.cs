using KnowledgeGraph.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>Reads the `cues:` mapping of gazetteers/cues.yaml.</summary>
internal static class CuesReader
{
    public static Cues Read(YamlMappingNode map, string file, List<Diagnostic> errors)
    {
        YamlFields.RejectUnknownKeys(map, Cues.Keys.Keys.ToHashSet(), "cues", file, ErrorCodes.GazetteerUnknownField, errors);
        Cues cues = Cues.Empty;
        foreach ((string key, Func<Cues, IReadOnlyList<string>, Cues> set) in Cues.Keys)
        {
            var words = YamlFields.Scalars(map, key, file, ErrorCodes.GazetteerBadValue, errors)
                .Select(w => w.Text.Trim())
                .Where(w => w.Length > 0)
                .ToList();
            cues = set(cues, words);
        }

        return cues;
    }
}
