using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// The predicate a trigger's claim takes once its two entities are known, where their types change what the words
/// state: killing a state's soldiers attacks the state; ground taken by name is attacked, not detained, and not run;
/// a party's words rejected as something are criticised; a person who seizes control of a state leads it, as one who
/// launches a project heads it; a state that heads a body of states is its member; a project welcomed is supported.
/// </summary>
internal static class PredicateShift
{
    /// <summary>
    /// The predicate to state for <paramref name="predicate"/> read at <paramref name="start"/> between these entities;
    /// null when the words state nothing between them.
    /// </summary>
    public static PredicateDefinition? For(PredicateDefinition predicate, PredicateLexicon lexicon, SentenceView view, int start, Entity subject, Entity obj, Mention objectMention)
    {
        // "General Zhang Youxia, vice chairman of China's Central Military Commission", "the committee's deputy head": a
        // deputy holds a role in the body the head leads.
        if (predicate.Name == "LEADS" && OfficeQualifier.IsDeputy(view, lexicon.Cues, start) && lexicon.Find("HOLDS_ROLE_IN") is { } role)
        {
            return role;
        }

        // "The TTP killed 12 Pakistani soldiers": killing a state's soldiers or nationals is an attack on the state, which
        // KILLS (of persons and groups) does not take.
        if (predicate.Name == "KILLS" && obj.Type == EntityType.Country && !predicate.AllowsObject(obj) && lexicon.Find("ATTACKS") is { } attacks)
        {
            return attacks;
        }

        // "Japan then captured the island", "The US captured the Northern Mariana Islands": ground taken by name is attacked,
        // not detained.
        if (predicate.Name == "DETAINS" && obj.Type is EntityType.Country or EntityType.Place && objectMention.Kind != MentionKind.Demonym
            && lexicon.Cues.TakingVerbs.StartsAt(view, start) && lexicon.Find("ATTACKS") is { } taken)
        {
            return taken;
        }

        // "The Taliban took over Kabul": a port or a company is taken over to be run; ground taken over is no project (a
        // group's hold on it is read as presence, claim_cues `presence_verbs`).
        if (predicate.Name == "BUILDS_OR_OPERATES" && obj.Type is EntityType.Country or EntityType.Place && lexicon.Cues.TakingVerbs.StartsAt(view, start))
        {
            return null;
        }

        // "Xi launched the corridor during a state visit to Islamabad": a person who launches or founds a project or a body
        // (claim_cues `founding_verbs`) heads it, as one who "founded" it does; a state or a company builds or runs it.
        if (predicate.Name == "BUILDS_OR_OPERATES" && subject.Type == EntityType.Person && obj.Type is EntityType.Project or EntityType.Organisation
            && lexicon.Cues.FoundingVerbs.StartsAt(view, start) && lexicon.Find("LEADS") is { } founder)
        {
            return founder;
        }

        // "Xi had welcomed the project": a project welcomed is supported; only a visitor is hosted.
        if (predicate.Name == "HOSTS" && obj.Type == EntityType.Project && lexicon.Cues.Welcoming.StartsAt(view, start) && lexicon.Find("SUPPORTS") is { } supports)
        {
            return supports;
        }

        // "Kabul rejected Pakistan's demands as interference": rejecting a party's words as something is an expressed stance.
        if (predicate.Name == "OPPOSES" && lexicon.Cues.Rebuttals.StartsAt(view, start) && RejectedAs(view, start, obj)
            && lexicon.Find("CRITICIZES") is { } criticizes)
        {
            return criticizes;
        }

        // "New Delhi has rejected Trump's claim that …", "rejected Pakistani accusations": rejecting a party's accusation
        // (claim_cues `accusation_nouns`) is an expressed stance against the party.
        if (predicate.Name == "OPPOSES" && lexicon.Cues.Rebuttals.StartsAt(view, start) && RejectedAccusation(view, lexicon.Cues, start, obj)
            && lexicon.Find("CRITICIZES") is { } criticised)
        {
            return criticised;
        }

        // "Pervez Musharraf seized control of Pakistan": a person who takes control of a state leads it (a coup), as one who
        // takes power does.
        if (predicate.Name == "ATTACKS" && subject.Type == EntityType.Person && obj.Type == EntityType.Country
            && view.Is(start + 1, "control") && view.Is(start + 2, "of") && lexicon.Find("LEADS") is { } leads)
        {
            return leads;
        }

        // "The SCO, founded in 2001 by China, Russia, …", "the Beijing-founded security bloc": a state that founds a body of
        // states is one of its members.
        if (predicate.Name is "LEADS" or "BUILDS_OR_OPERATES" && subject.Type == EntityType.Country && obj.Subtype == EntitySubtypes.Intergovernmental
            && lexicon.Cues.FoundingVerbs.StartsAt(view, start) && lexicon.Find("MEMBER_OF") is { } member)
        {
            return member;
        }

        // "Russia leads the Collective Security Treaty Organization", "Russia, which leads the Eurasian Economic Union": a
        // state that heads a body of states is one of its members, as the state before "-led" is ("the Russian-led CSTO").
        if (predicate.Name == "LEADS" && subject.Type == EntityType.Country && obj.Subtype == EntitySubtypes.Intergovernmental
            && lexicon.Find("MEMBER_OF") is { } headed)
        {
            return headed;
        }

        // "Volker Türk, the UN human rights chief", "the EU's foreign policy chief": a head's title after a body and a
        // lower-case field ("human rights", "policy") heads a part of the body, in which the person holds a role.
        if (predicate.Name == "LEADS" && subject.Type == EntityType.Person && lexicon.Titles.IsTitleWord(view.Word(start)) && FieldBefore(view, lexicon.Cues, start, objectMention)
            && lexicon.Find("HOLDS_ROLE_IN") is { } holds)
        {
            return holds;
        }

        return predicate;
    }

    private const int MaxRejected = 6;

    /// <summary>
    /// True when "as" follows the verb of rejecting at <paramref name="verb"/> within a few words, past a mention of
    /// <paramref name="obj"/> and no punctuation ("rejected Pakistan's demands as").
    /// </summary>
    private static bool RejectedAs(SentenceView view, int verb, Entity obj)
    {
        bool named = false;
        for (int i = verb + 1; i < view.End && i - verb <= MaxRejected && !view.IsPunctuation(i); i++)
        {
            if (view.Is(i, "as"))
            {
                return named;
            }

            named |= view.MentionIndexAt(i) is >= 0 and var m && view.Mention(m).Entity.Id == obj.Id;
        }

        return false;
    }

    /// <summary>
    /// True when a possessive or demonym mention of <paramref name="obj"/> a few words after the verb at <paramref name="verb"/>
    /// stands right before an accusation noun ("Trump's claim", "Pakistani accusations").
    /// </summary>
    private static bool RejectedAccusation(SentenceView view, ClaimCues cues, int verb, Entity obj)
    {
        for (int i = verb + 1; i < view.End && i - verb <= MaxRejected && !view.IsPunctuation(i); i++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m && view.Mention(m).Entity.Id == obj.Id)
            {
                return (view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym) && cues.AccusationNouns.LongestAt(view, view.AfterMention(m)) == 1;
            }
        }

        return false;
    }

    private const int MaxFieldWords = 3;

    /// <summary>
    /// True when lower-case words stand between <paramref name="body"/> (or its possessive) and the title at
    /// <paramref name="title"/>, one of them a portfolio ("security") or neither a filler ("top") nor a title modifier
    /// ("acting", "supreme").
    /// </summary>
    private static bool FieldBefore(SentenceView view, ClaimCues cues, int title, Mention body)
    {
        int j = title - 1;
        bool field = false;
        for (int n = 0; n < MaxFieldWords && j >= view.First && view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j)
            && !view.Is(j, "'s") && !view.Is(j, "'"); n++, j--)
        {
            // "Kyrgyzstan's security chief": a portfolio (claim_cues portfolios) is a field, though it fills other phrases.
            field |= cues.Portfolios.LongestAt(view, j) == 1 || !cues.Fillers.StartsAt(view, j) && !cues.TitleModifiers.StartsAt(view, j);
        }

        j -= j >= view.First && (view.Is(j, "'s") || view.Is(j, "'")) ? 1 : 0;
        return field && j >= view.First && view.Token(j).End == body.End;
    }
}
