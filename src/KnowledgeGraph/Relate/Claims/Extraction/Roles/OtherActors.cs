using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A state named only as a demonym before an actor noun (claim_cues <c>actors</c>) after a head: "President Emmerson
/// Mnangagwa, who took power after a military coup in 2017, has courted Chinese investors" names other actors, not the
/// state the head leads or took power in.
/// </summary>
internal static class OtherActors
{
    /// <summary>True when mention <paramref name="state"/> is such a demonym standing after token <paramref name="after"/>.</summary>
    public static bool Named(SentenceView view, ClaimCues cues, int state, int after) =>
        view.Mention(state).Kind == MentionKind.Demonym && view.MentionFirst(state) > after && cues.Actors.StartsAt(view, view.AfterMention(state));
}
