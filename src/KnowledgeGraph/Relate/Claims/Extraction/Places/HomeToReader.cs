using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A place said to be "home to" a named body, base or project ("Djibouti, home to Camp Lemonnier", "Kenya is home to
/// the UN's Africa headquarters") → the body BASED_IN the place. The phrases are the <c>home_phrases</c> cue list; only a
/// comma or a copula stands between the place and the phrase, and the body follows it at once (after "the"; after its
/// owner's demonym when the body is named by a description of it: "home to the Chinese logistics and military base").
/// </summary>
internal static class HomeToReader
{
    /// <summary>
    /// The first words of the home phrases ("home to"): every claim this reader finds is read from one, so a sentence with none of these words
    /// gives none.
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.HomePhrases.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BASED_IN") is not { } basedIn)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            Mention place = view.Mention(m);
            if (place.Entity.Type is not (EntityType.Country or EntityType.Place) || place.Kind is MentionKind.Demonym || view.IsPossessive(m))
            {
                continue;
            }

            int at = view.MentionLast(m) + 1;
            if (view.Is(at, ",") || view.Is(at, "is") || view.Is(at, "was") || view.Is(at, "remains"))
            {
                at++;
            }

            int length = lexicon.Cues.HomePhrases.LongestAt(view, at);
            int first = at + length;
            first += view.Is(first, "the") ? 1 : 0;
            if (length == 0 || view.MentionIndexAt(first) != m + 1 || view.MentionFirst(m + 1) != first)
            {
                continue;
            }

            // "home to the Chinese logistics and military base": an owner's demonym before a description named by it.
            int named = m + 1;
            if (view.Mention(named).Kind == MentionKind.Demonym && named + 1 < view.MentionCount
                && view.Mention(named + 1).Kind == MentionKind.Described && view.MentionFirst(named + 1) == view.MentionLast(named) + 1)
            {
                named++;
            }

            Mention body = view.Mention(named);
            if (body.Entity.Type is EntityType.Organisation or EntityType.Project or EntityType.Place && body.Kind != MentionKind.Demonym)
            {
                output.Add((new ClaimCandidate(named, m, 0.85f, at, at, null), new Trigger(["home"], TriggerKind.Title, basedIn, null), at));
            }
        }
    }
}
