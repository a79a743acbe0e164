using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Training as aid: a verb of PROVIDES_AID_TO that takes its object directly ("train", the predicate's
/// <c>direct_verbs</c>) states aid only when one state-side party trains another's people. A company training staff for
/// its own works ("the company would hire and train Afghan guards", "it planned to train Kazakh staff") and several
/// parties training together ("Putin and Mirziyoyev agreed to train Uzbek teachers") give none.
/// </summary>
internal static class TrainingGiver
{
    /// <summary>The predicate whose direct verbs ("train") give training as aid.</summary>
    public const string Aid = "PROVIDES_AID_TO";

    /// <summary>Whether the single trainer among <paramref name="subjects"/> may give training as aid.</summary>
    public static bool GivesAid(SentenceView view, IReadOnlyList<Argument> subjects) =>
        subjects.Count == 1 && !IsCompany(view.Mention(subjects[0].Mention).Entity);

    /// <summary>A curated company, or an organisation only discovered from its name, which the gazetteer does not hold as a state body.</summary>
    private static bool IsCompany(Entity entity) =>
        entity.Type == EntityType.Organisation
        && (entity.Subtype is EntitySubtypes.Company or EntitySubtypes.StateCompany || entity.Origin == EntityOrigin.Discovered && entity.Subtype is null);
}
