using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A verb right after a verb of meeting or calling and its party (claim_cues <c>meeting_verbs</c>), as its infinitive of
/// purpose or a verb conjoined by "and": "Zhao Xing had met Badri on Monday to discuss the contract", "Wang Yi telephoned
/// Muttaqi after the killings to demand that …", "he met Muttaqi and discussed a railway". The meeting's subject does the
/// verb, and a verb of talks or demands with no party of its own is done with the party met. Stateless.
/// </summary>
internal static class MeetingPurpose
{
    /// <summary>Most tokens of the party and a phrase of time or place between the verb of meeting and the link.</summary>
    private const int MaxPartyTokens = 12;

    /// <summary>The preposition that may stand between a verb of meeting and its party ("met with Muttaqi").</summary>
    private static readonly string[] MeetingPreps = ["with"];

    /// <summary>
    /// "Zhao Xing had met Badri on Monday to discuss the contract", "he met Muttaqi and discussed a railway": a verb of talks
    /// (a symmetric predicate done in person) or of demands, with no party of its own, as the infinitive of purpose or the
    /// conjoined verb starting at <paramref name="start"/> right after a verb of meeting and its party, is done with the
    /// party met (not a place: "met in Islamabad to discuss"). Fills <paramref name="objects"/> with that party; false when
    /// there is none.
    /// </summary>
    public static bool AddParty(SentenceView view, ClaimCues cues, ObjectFinder objectFinder, PredicateDefinition predicate, int start, List<Argument> objects)
    {
        if (!(predicate.Symmetric && predicate.InPerson || predicate.Requests.Count > 0) || MeetingVerb(view, cues, start - 1) is not (>= 0 and var meeting))
        {
            return false;
        }

        objectFinder.Find(view, meeting + 1, MeetingPreps, direct: true, objects);
        int kept = 0;
        for (int k = 0; k < objects.Count; k++)
        {
            if (view.AfterMention(objects[k].Mention) < start && view.Mention(objects[k].Mention).Entity.Type != EntityType.Place)
            {
                objects[kept++] = objects[k] with { Weight = objects[k].Weight * 0.85f };
            }
        }

        objects.RemoveRange(kept, objects.Count - kept);
        return kept > 0;
    }

    /// <summary>
    /// The verb of meeting whose party ends before <paramref name="link"/>, the "to" of an infinitive or the "and" of a
    /// conjoined verb: within a few tokens before it, with a name between, and no punctuation (but a hyphen), conjunction,
    /// relative word or other "to" between; -1 when there is none.
    /// </summary>
    public static int MeetingVerb(SentenceView view, ClaimCues cues, int link)
    {
        if (cues.MeetingVerbs.Count == 0 || !(view.Is(link, "to") || view.Is(link, "and")))
        {
            return -1;
        }

        bool named = false;
        for (int j = link - 1; j >= view.First && link - j <= MaxPartyTokens; j--)
        {
            if (view.MentionIndexAt(j) >= 0)
            {
                named = true;
                continue;
            }

            if (cues.MeetingVerbs.LongestAt(view, j) == 1)
            {
                return named ? j : -1;
            }

            if (view.IsPunctuation(j) && !view.Is(j, "-") && !view.Is(j, "'s") || view.Is(j, "and") || view.Is(j, "or") || view.Is(j, "but")
                || view.Is(j, "to") || GrammarWords.Relatives.StartsAt(view, j))
            {
                return -1;
            }
        }

        return -1;
    }
}
