using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// "Xi and the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan signed a treaty": a name coordinated with the actors
/// (claim_cues <c>actors</c>: leaders, heads of state, foreign ministers) of listed parties is the one party each of them
/// deals with; the listed parties act together, not with each other.
/// </summary>
internal static class LeadersOfListHost
{
    private const int MaxActorWords = 3;

    /// <summary>
    /// The person, country or organisation named right before "and the &lt;actors&gt; of" that ends right before token
    /// <paramref name="first"/> (the first listed party); -1 when the list has no such host.
    /// </summary>
    public static int Find(SentenceView view, int first, ClaimCues cues)
    {
        int of = first - 1;
        if (!view.Is(of, "of") || cues.Actors.StartEndingAt(view, of - 1, MaxActorWords) is not (>= 0 and var actor))
        {
            return -1;
        }

        int and = view.Is(actor - 1, "the") ? actor - 2 : actor - 1;
        if (!view.Is(and, "and") || view.MentionIndexAt(and - 1) is not (>= 0 and var host) || view.IsPossessive(host))
        {
            return -1;
        }

        return view.Mention(host).Entity.Type is EntityType.Person or EntityType.Country or EntityType.Organisation ? host : -1;
    }
}
