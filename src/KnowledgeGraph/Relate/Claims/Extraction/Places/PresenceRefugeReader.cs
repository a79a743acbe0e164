using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// The refuge part of <see cref="PresenceReader"/>: a person BASED_IN the place the person takes refuge in.
/// </summary>
internal static class PresenceRefugeReader
{
    /// <summary>
    /// A person said to take refuge in a place (<c>refuge_verbs</c>), also as the name apposed to a description ("the
    /// group's leader, Noor Wali Mehsud, was still sheltering in Afghanistan") → BASED_IN the place. Other verbs of
    /// presence state no person's base ("Xi appeared in Samarkand").
    /// </summary>
    internal static void Read(SentenceView view, ClaimCues cues, PredicateDefinition predicate, int m, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.Mention(m).Entity.Type != EntityType.Person || view.IsPossessive(m))
        {
            return;
        }

        int at = view.AfterMention(m);
        if (view.Is(at, ",") && view.Is(view.MentionFirst(m) - 1, ","))
        {
            at++;
        }

        if (PresenceVerbFinder.Find(view, cues, at, cues.RefugeVerbs) is >= 0 and var verb
            && PresenceReader.Place(view, cues, verb + cues.RefugeVerbs.LongestAt(view, verb), fromAllowed: false) is var place && place > m)
        {
            PresenceReader.Add(view, predicate, m, m, place, verb, output);
        }
    }
}
