using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A company's, outlet's or group's nationality written before its name: "Chinese manufacturer Xiaomi", "Chinese
/// companies such as Alibaba, Huawei and Xiaomi", "the Pakistani militant group, Jaish-e-Mohammed", "the radical
/// Lebanese Shiite party, Hizbullah" (a religious or ethnic group's name may stand among the words) → the body BASED_IN
/// the country; a state's own body (a <c>state_owned</c> cue among
/// the words, or a curated government body: "U.S. agencies such as the NSA") → PART_OF it. The nouns that make the phrase
/// a body are the <c>body_nouns</c> cue list; only lower-case words stand between the country and the noun, so "Chinese
/// loans disbursed through the SCO" says nothing. A body only discovered from its capitals counts only right after a
/// singular noun or in apposition to it ("the Kyrgyz lender Keremet Bank", "its Chinese operator, Zhong Ji Mining"), or
/// listed with a company in apposition to a plural noun ("two Chinese companies, Fortune Lithium and Xinjiang Huaxin
/// Resources").
/// A country's or capital's possessive right before a curated party, company (a state company too), bank, outlet, think
/// tank, university or NGO ("India's BJP", "China's Huawei", "Russia's Transneft", "China's Exim Bank", each body of a list
/// joined by "and": "Russia's TASS and RIA Novosti"), or before a body only discovered from its capitals whose name does not end in a
/// state organ's word ("Qatar's Al-Mirqab Capital", "Abu Dhabi's International Resources Holding"), places it there too.
/// </summary>
internal static class NationalityReader
{
    private const string Subtype = EntitySubtypes.GovernmentBody;

    private const string Bank = "bank";

    /// <summary>
    /// Gazetteer subtypes of bodies a country's possessive places in it (a state's own bodies are PART_OF, read elsewhere):
    /// a state company too, whose owner the possessive alone does not write ("Russia's Rosatom").
    /// </summary>
    private static readonly string[] OwnBodies = ["political_party", "company", "state_company", Bank, "media", "think_tank", "university", "ngo"];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BASED_IN") is not { } basedIn || lexicon.Find("PART_OF") is not { } partOf)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (IsNationality(view, m) && BodyNoun.End(view, lexicon.Cues, view.AfterMention(m)) is > 0 and var end)
            {
                bool state = StateWords(view, lexicon.Cues, view.AfterMention(m), end);
                int at = end;
                bool apposition = false;
                bool plural = view.Word(end - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase);
                if (view.Is(at, "such") && view.Is(at + 1, "as"))
                {
                    at += 2;
                }
                else if (view.Is(at, "like") || view.Is(at, "including"))
                {
                    at++;
                }
                else if (view.Is(at, ","))
                {
                    // "the Pakistani militant group, Jaish-e-Mohammed": the name in apposition after a singular noun; after a
                    // plural one, the names it lists ("two Chinese companies, Fortune Lithium and Xinjiang Huaxin Resources").
                    at++;
                    apposition = true;
                }

                // A list after "such as", or names after a plural noun ("manufacturers Yota and Sitronics"), share the nationality.
                bool list = plural || !apposition && at != end;
                at += view.Is(at, "the") ? 1 : 0;
                // "the Kyrgyz lender Keremet Bank", "its Chinese operator, Zhong Ji Mining": a name only discovered from its
                // capitals may stand right after a singular noun, or in apposition to it, which says what it is; a listing
                // apposition after a plural noun names companies only ("Chinese companies, the Taliban said" names none).
                bool named = (at == end || apposition) && !list;
                bool listed = apposition && plural;
                for (int body = view.MentionIndexAt(at); body > m && view.MentionFirst(body) == at
                    && (listed ? IsDiscoveredBody(view, body) || OwnBody(view, body, lexicon.Cues) : IsBody(view, body) || named && IsDiscoveredBody(view, body));)
                {
                    Add(view, body, m, state, end - 1, basedIn, partOf, output);
                    int next = view.AfterMention(body);
                    if (!list || view.IsPossessive(body))
                    {
                        break;
                    }

                    next += view.Is(next, ",") ? 1 : 0;
                    next += view.Is(next, "and") || view.Is(next, "or") ? 1 : 0;
                    next += view.Is(next, "the") ? 1 : 0;
                    int following = view.MentionIndexAt(next);
                    body = following == body + 1 && view.MentionFirst(following) == next ? following : -1;
                    at = next;
                }
            }

            // "India's BJP", "China's Huawei", "Qatar's Al-Mirqab Capital", "Abu Dhabi's International Resources Holding": a
            // country's or city's possessive right before a party, company or outlet of its own.
            if (IsHome(view.Mention(m).Entity) && view.IsPossessive(m) && view.MentionFirst(m + 1) == view.AfterMention(m)
                && OwnBody(view, m + 1, lexicon.Cues) && !Likened(view, view.MentionFirst(m) - 1))
            {
                int at = view.MentionLast(m) + 1;
                // "Russia's TASS and RIA Novosti": the possessive owns each body the list joins to the first.
                for (int body = m + 1; body >= 0; body = NextListed(view, body, lexicon.Cues))
                {
                    output.Add((new ClaimCandidate(body, m, 0.85f, at, at, null), new Trigger(["'s"], TriggerKind.Title, basedIn, null), at));
                }
            }
        }
    }

    private static void Add(SentenceView view, int body, int country, bool state, int at, PredicateDefinition basedIn, PredicateDefinition partOf, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        bool own = state || view.Mention(body).Entity.Subtype == Subtype;
        output.Add((new ClaimCandidate(body, country, 0.85f, at, at, null), new Trigger([view.Word(at).ToString()], TriggerKind.Title, own ? partOf : basedIn, null), at));
    }

    /// <summary>
    /// "the University of London's School …" (the possessive is a longer name's) or "seen as Russia's Amazon" (a likeness,
    /// not a company of the country): "of" after a name's capitalised word, "as" or "like" right before the possessor; "of"
    /// after a lower-case noun opens no name ("a subsidiary of China's Shanghai Electric").
    /// </summary>
    private static bool Likened(SentenceView view, int before) =>
        view.Is(before, "of") && (before <= view.First || !view.Token(before - 1).Is(TokenShape.AllLower)) || view.Is(before, "as") || view.Is(before, "like");

    /// <summary>
    /// The body joined by "and" right after <paramref name="body"/>, itself a body a possessive may
    /// own and no possessor of its own; -1 when the list ends ("Russia's TASS and RIA Novosti, Turkey's Anadolu Agency").
    /// </summary>
    private static int NextListed(SentenceView view, int body, ClaimCues cues)
    {
        if (view.IsPossessive(body))
        {
            return -1;
        }

        // "Qatar's Al-Mirqab Capital, and Huaneng Shandong Ruyi (Pakistan) Energy, which …": after a comma the conjunct
        // opens a list of its own; "and the Associated Press" names a body the possessive does not reach.
        int next = view.AfterMention(body);
        int following = view.Is(next, "and") && !view.Is(next + 1, "the") ? view.MentionIndexAt(next + 1) : -1;
        return following == body + 1 && view.MentionFirst(following) == next + 1 && OwnBody(view, following, cues) && !view.IsPossessive(following)
            ? following
            : -1;
    }

    /// <summary>A country written as a demonym, or as a name or acronym modifying the words after it ("U.S. agencies"), not a possessive.</summary>
    private static bool IsNationality(SentenceView view, int m)
    {
        Mention mention = view.Mention(m);
        return mention.Entity.Type == EntityType.Country && mention.Kind is MentionKind.Demonym or MentionKind.Name or MentionKind.Acronym && !view.IsPossessive(m);
    }

    /// <summary>
    /// A named organisation the gazetteer holds (not a demonym, a bare partial name or a span only discovered from its
    /// capitals, whose name and id are too uncertain to carry a claim of nationality) that may have a nationality.
    /// </summary>
    private static bool IsBody(SentenceView view, int m)
    {
        Mention mention = view.Mention(m);
        return mention.Entity.Type == EntityType.Organisation && mention.Kind is not (MentionKind.Demonym or MentionKind.Partial or MentionKind.Discovered);
    }

    /// <summary>A country, or a capital or city, whose possessive may place a body of its own.</summary>
    private static bool IsHome(Entity entity) =>
        entity.Type == EntityType.Country || entity.Type == EntityType.Place && entity.Subtype is EntitySubtypes.Capital or EntitySubtypes.City;

    /// <summary>
    /// A curated party, company, bank named by its name (a description, "Afghanistan's central bank", is the state's own
    /// organ), outlet, think tank, university or NGO, or an organisation only discovered from its capitals whose name neither
    /// opens nor ends with a state organ's word (claim_cues <c>state_organs</c>: "Pakistan's Supreme Court", "Kyrgyzstan's
    /// Cabinet of Ministers" are a state's own bodies, read elsewhere).
    /// </summary>
    private static bool OwnBody(SentenceView view, int m, ClaimCues cues) =>
        IsBody(view, m) && Array.IndexOf(OwnBodies, view.Mention(m).Entity.Subtype) >= 0
            && !(view.Mention(m).Entity.Subtype == Bank && view.Token(view.MentionFirst(m)).Is(TokenShape.AllLower))
        || IsDiscoveredBody(view, m) && view.Mention(m).Entity.Subtype is null or EntitySubtypes.Company
            && !cues.StateOrgans.StartsAt(view, view.MentionLast(m)) && !cues.StateOrgans.StartsAt(view, view.MentionFirst(m));

    /// <summary>An organisation's name only discovered from its capitals.</summary>
    private static bool IsDiscoveredBody(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Organisation && view.Mention(m).Kind == MentionKind.Discovered;

    /// <summary>True when a <c>state_owned</c> cue stands among the words [from, end).</summary>
    internal static bool StateWords(SentenceView view, ClaimCues cues, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (cues.StateOwned.LongestAt(view, i) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
