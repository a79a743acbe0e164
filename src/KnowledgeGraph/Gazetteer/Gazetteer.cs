using KnowledgeGraph.Model;

namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// The validated, curated gazetteer: entities by id, every surface form with its matching rule, the
/// discovery cues, and a fingerprint of the files it came from.
/// </summary>
internal sealed class Gazetteer
{
    public Gazetteer(IReadOnlyDictionary<string, Entity> entities, IReadOnlyList<SurfaceForm> forms, Cues cues, string fingerprint)
    {
        Entities = entities;
        Forms = forms;
        Cues = cues;
        Fingerprint = fingerprint;
    }

    public IReadOnlyDictionary<string, Entity> Entities { get; }
    public IReadOnlyList<SurfaceForm> Forms { get; }
    public Cues Cues { get; }
    /// <summary>Common lower-case English words (gazetteers/common-words.yaml); empty when the file is absent.</summary>
    public IReadOnlySet<string> CommonWords { get; init; } = new HashSet<string>();
    /// <summary>Pronouns and definite descriptions for coreference (gazetteers/coreference.yaml); empty when the file is absent.</summary>
    public CoreferenceCues Coreference { get; init; } = CoreferenceCues.Empty;
    /// <summary>16 hex digits over the names and contents of every YAML file read: changes when any of them does.</summary>
    public string Fingerprint { get; }

    public Entity? Find(string id) => Entities.GetValueOrDefault(id);
}
