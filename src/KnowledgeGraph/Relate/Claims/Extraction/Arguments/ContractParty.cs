using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The words of a control noun taken by a control verb and the party named after it: "signed a 25-year contract with the
/// Taliban … to develop the Amu Darya oil fields", "won a contract to build …". Of the two parties to a contract the one
/// that does the infinitive is the company; the state, group or government body it contracts with only grants the work.
/// </summary>
internal static class ContractParty
{
    private const int MaxModifierTokens = 5;

    /// <summary>
    /// The control verb governing the control noun that ends at <paramref name="noun"/> (claim_cues <c>control_nouns</c>,
    /// <c>control_verbs</c>), past an article and a modifier of sums, numbers and hyphen compounds ("a 25-year contract",
    /// "a $210 million contract"); -1 if none.
    /// </summary>
    public static int GoverningVerb(SentenceView view, ClaimCues cues, int noun)
    {
        int k = noun - 1;
        for (int n = 0; n < MaxModifierTokens && k > view.First && view.MentionIndexAt(k) < 0 && IsModifierToken(view, cues, k); n++)
        {
            k--;
        }

        for (int n = 0; n < 2 && k > view.First && view.MentionIndexAt(k) < 0 && (GrammarWords.Articles.StartsAt(view, k) || view.Is(k, "every")); n++)
        {
            k--;
        }

        return k >= view.First && view.MentionIndexAt(k) < 0 && cues.ControlVerbs.StartsAt(view, k) ? k : -1;
    }

    /// <summary>
    /// The control noun before "with" and the (possibly articled) mention <paramref name="m"/>: "a contract with Iran";
    /// -1 when "with" and a control noun do not stand right before it.
    /// </summary>
    public static int NounBeforeWith(SentenceView view, ClaimCues cues, int m)
    {
        int first = view.MentionFirst(m);
        int with = view.Is(first - 1, "the") ? first - 2 : first - 1;
        return view.Is(with, "with") && with - 1 >= view.First && view.MentionIndexAt(with - 1) < 0 && cues.ControlNouns.StartsAt(view, with - 1)
            ? with - 1
            : -1;
    }

    /// <summary>A company: an organisation the gazetteer calls a company, state company or bank, or a discovered one.</summary>
    public static bool IsCompany(Entity entity) =>
        entity.Type == EntityType.Organisation && entity.Subtype is null or "company" or "state_company" or "bank";

    /// <summary>A party that grants work rather than doing it: a state, a group, a government or a government body.</summary>
    public static bool IsGrantor(Entity entity) =>
        entity.Type is EntityType.Country or EntityType.Group
        || entity.Type == EntityType.Organisation && entity.Subtype is "government" or "government_body";

    private static bool IsModifierToken(SentenceView view, ClaimCues cues, int k) =>
        view.Is(k, "-") || view.Is(k - 1, "-") && VerbShapes.IsLowerWord(view, k) || view.Word(k).Contains('-') && VerbShapes.IsLowerWord(view, k)
        || Sums.IsAmountToken(view, cues, k);
}
