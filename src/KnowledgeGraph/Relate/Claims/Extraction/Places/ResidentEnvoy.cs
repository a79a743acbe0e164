using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// An envoy resident where he is posted: a person the sentence titles ambassador or consul (claim_cues
/// <c>resident_envoys</c>) who meets or is received in a place of another country is at his post there, not visiting it
/// ("In Dushanbe, Foreign Minister Sirojiddin Muhriddin received Chinese Ambassador Zhang Weiguo" states no visit to
/// Dushanbe). A person a curated role posts "to" a named country is left to that role (<see cref="MeetingPlaceReader"/>).
/// </summary>
internal static class ResidentEnvoy
{
    /// <summary>
    /// True when one of <paramref name="claims"/> from <paramref name="first"/> on, not negated and of a title's predicate
    /// (<paramref name="titled"/>: LEADS, HOLDS_ROLE_IN), gives <paramref name="person"/> a title that is, or ends in, a
    /// resident envoy's ("Ambassador", "new ambassador"), and no curated role of the person names the country of a post.
    /// </summary>
    public static bool Titled(Entity person, IReadOnlyList<Claim> claims, int first, IReadOnlySet<string> titled, ClaimCues cues)
    {
        foreach (PersonRole role in person.Roles)
        {
            if (role.Title.Contains(" to ", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (claim.Subject.Id == person.Id && !claim.Negated && titled.Contains(claim.Predicate) && claim.Qualifier is { } title
                && EndsInEnvoy(title, cues.ResidentEnvoys))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="title"/> is one of <paramref name="envoys"/> or ends in one after a space.</summary>
    private static bool EndsInEnvoy(string title, IReadOnlyList<string> envoys)
    {
        foreach (string envoy in envoys)
        {
            if (title.EndsWith(envoy, StringComparison.OrdinalIgnoreCase)
                && (title.Length == envoy.Length || title[title.Length - envoy.Length - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
