using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The name an object relative clause without its pronoun (a contact relative) is about: a noun of the name's kind that
/// describes it, by apposition or after a copula, followed directly by the clause's subject ("the Turkestan Islamic Party,
/// a Uyghur militant group Beijing blames for attacks", "Tehrik-e-Taliban Pakistan, the militant group Islamabad accuses
/// of launching attacks"). The noun must be one the described name's type takes (<c>body_nouns</c> for organisations and
/// groups, <c>place_heads</c> for places, <c>site_heads</c> or <c>place_heads</c> for projects, <c>place_namers</c> for
/// countries): a noun of an act or a claim set off after a clause ("…, a step Islamabad has publicly backed") is said of
/// the clause, not of the name that ends it. Stateless.
/// </summary>
internal static class ContactRelative
{
    private const int MaxHeadWords = 2;

    /// <summary>
    /// The name the noun ending at <paramref name="head"/>, right before a relative clause's subject, describes; -1 when the
    /// word is no such noun or describes no name.
    /// </summary>
    public static int Antecedent(SentenceView view, ClaimCues cues, int head)
    {
        if (head <= view.First || view.MentionIndexAt(head) >= 0 || !VerbShapes.IsLowerWord(view, head))
        {
            return -1;
        }

        int m = SubjectFinder.DescribedBy(view, head);
        return m >= 0 && IsKindNoun(view, cues, view.Mention(m).Entity.Type, head) ? m : -1;
    }

    /// <summary>
    /// True when the noun ending at <paramref name="head"/> may stand for a name of <paramref name="type"/>; a project may
    /// also be described as a place ("the port of Gwadar, the deep-water harbour China has developed"), a place not as a
    /// site ("Mes Aynak in Logar province, a deposit the company won": the deposit is not the province).
    /// </summary>
    private static bool IsKindNoun(SentenceView view, ClaimCues cues, EntityType type, int head) => type switch
    {
        EntityType.Organisation or EntityType.Group => cues.BodyNouns.StartEndingAt(view, head, MaxHeadWords) >= 0,
        EntityType.Place => cues.PlaceHeads.StartEndingAt(view, head, MaxHeadWords) >= 0,
        EntityType.Project => cues.SiteHeads.StartEndingAt(view, head, MaxHeadWords) >= 0
            || cues.PlaceHeads.StartEndingAt(view, head, MaxHeadWords) >= 0,
        EntityType.Country => cues.PlaceNamers.StartEndingAt(view, head, MaxHeadWords) >= 0,
        _ => false,
    };
}
