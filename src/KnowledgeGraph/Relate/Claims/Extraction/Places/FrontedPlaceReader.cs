using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A militant group introduced by a fronted place ("In Afghanistan, the Islamic State of Khorasan Province has put out
/// …") → the group BASED_IN the place. Only the sentence's opening "In" and a militant group (gazetteer subtype) as the
/// clause's first words: what a state or company does in a place says nothing of where it is based.
/// </summary>
internal static class FrontedPlaceReader
{
    private const string Subtype = "militant_group";

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.MentionCount < 2 || !view.Is(view.First, "in") || view.MentionIndexAt(view.First + 1) != 0 || lexicon.Find("BASED_IN") is not { } basedIn)
        {
            return;
        }

        Mention place = view.Mention(0);
        int comma = view.MentionLast(0) + 1;
        int at = view.Is(comma + 1, "the") ? comma + 2 : comma + 1;
        if (place.Entity.Type is not (EntityType.Country or EntityType.Place) || place.Kind is MentionKind.Demonym or MentionKind.Partial
            || !view.Is(comma, ",") || view.MentionIndexAt(at) != 1 || view.MentionFirst(1) != at)
        {
            return;
        }

        Entity group = view.Mention(1).Entity;
        if (group.Type == EntityType.Organisation && group.Subtype == Subtype && !view.IsPossessive(1))
        {
            output.Add((new ClaimCandidate(1, 0, 0.85f, view.First, view.First, null), new Trigger(["in"], TriggerKind.Title, basedIn, null), view.First));
        }
    }
}
