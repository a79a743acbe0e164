using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Finders of the party a nominal trigger's claim belongs to when no possessor or light verb names it: an agent after
/// "by", the agent of a passive verb of claiming, the subject after an opening phrase, the verb governing a name.
/// </summary>
internal static class NounAgents
{
    private const int MaxToOpeningComma = 4;
    private const int MaxToLeadingVerb = 5;

    /// <summary>
    /// The verb of the lexicon's LEADS predicate that a unit's noun phrase is the object of, at most
    /// <see cref="MaxToLeadingVerb"/> tokens back from <paramref name="from"/> past no name and no punctuation but a hyphen
    /// ("led a 40-member Taliban delegation", "to lead a Taliban delegation"); -1 when there is none.
    /// </summary>
    internal static int LeadingVerbBefore(SentenceView view, int from)
    {
        for (int k = from; k >= view.First && from - k < MaxToLeadingVerb; k--)
        {
            if (view.MentionIndexAt(k) >= 0 || view.IsPunctuation(k) && !view.Is(k, "-"))
            {
                return -1;
            }

            if (VerbShapes.IsLeadingVerb(view, k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject after the comma that closes a sentence's opening phrase, the phrase going on from <paramref name="from"/>
    /// ("During a visit to Senegal, Xi Jinping …"; "…, Chinese President Xi Jinping …": a demonym's title holder after
    /// it; "…, Chinese officials …": a demonym before actors, claim_cues <c>actors</c>, is its state): a person, state or
    /// body right after the comma; -1 when there is none.
    /// </summary>
    internal static int OpeningSubject(SentenceView view, int from, ClaimCues cues)
    {
        int comma = from;
        while (comma < view.End && comma - from <= MaxToOpeningComma && !view.Is(comma, ",") && view.MentionIndexAt(comma) < 0 && !view.IsPunctuation(comma))
        {
            comma++;
        }

        if (!view.Is(comma, ",") || view.MentionIndexAt(comma + 1) is not (>= 0 and var m) || view.MentionFirst(m) != comma + 1)
        {
            return -1;
        }

        // "…, Chinese President Xi Jinping signed": past the demonym and up to three capitalised title words.
        if (view.Mention(m).Kind == MentionKind.Demonym)
        {
            int k = view.AfterMention(m);
            for (int n = 0; n < 3 && k < view.End && view.MentionIndexAt(k) < 0 && view.Token(k).Is(TokenShape.Capitalised); n++)
            {
                k++;
            }

            if (view.MentionIndexAt(k) is >= 0 and var holder && view.Mention(holder).Entity.Type == EntityType.Person)
            {
                m = holder;
            }
            else if (k == view.AfterMention(m) && cues.Actors.StartsAt(view, k))
            {
                return view.Mention(m).Entity.Type == EntityType.Country ? m : -1;
            }
        }

        return view.Mention(m).Entity.Type is EntityType.Person or EntityType.Country or EntityType.Organisation or EntityType.Group
            && view.Mention(m).Kind != MentionKind.Demonym ? m : -1;
    }

    /// <summary>The name at <paramref name="at"/> (after "the"), when it is no possessor or demonym standing before another noun; -1 otherwise.</summary>
    internal static int Agent(SentenceView view, int at)
    {
        at += view.Is(at, "the") && view.MentionIndexAt(at) < 0 ? 1 : 0;
        int m = view.MentionIndexAt(at);
        // "a visit to the region by Premier Li Peng", "by Chinese Foreign Minister Wang Yi": the person a title names.
        if (m < 0 || (view.MentionFirst(m) == at && view.Mention(m).Entity.Type != Model.EntityType.Person && !view.IsPossessive(m)))
        {
            int person = TitledPerson(view, m < 0 ? at : view.AfterMention(m));
            if (person >= 0)
            {
                return person;
            }
        }

        return m >= 0 && view.MentionFirst(m) == at && !view.IsPossessive(m) && view.Mention(m).Kind != Model.MentionKind.Demonym ? m : -1;
    }

    private const int MaxTitleWords = 3;

    /// <summary>The person named after one to three capitalised title words from <paramref name="j"/> on; -1 when there is none.</summary>
    private static int TitledPerson(SentenceView view, int j)
    {
        int first = j;
        for (; j < view.End && j - first < MaxTitleWords && view.MentionIndexAt(j) < 0; j++)
        {
            if (view.Token(j).Kind != Model.TokenKind.Word || !char.IsUpper(view.Word(j)[0]))
            {
                return -1;
            }
        }

        int person = view.MentionIndexAt(j);
        return j > first && person >= 0 && view.MentionFirst(person) == j && view.Mention(person).Entity.Type == Model.EntityType.Person ? person : -1;
    }

    private const int MaxObjectWalk = 10;

    /// <summary>
    /// The verb whose object or oblique ends at <paramref name="end"/>: the nearest word before it tagged a verb, past
    /// names, titles, determiners, nouns and prepositions ("met Kassym-Jomart Tokayev", "discussed the matter with Deputy
    /// Prime Minister Abdul Ghani Baradar"); -1 when punctuation or a clause's stop comes first.
    /// </summary>
    internal static int GoverningVerb(SentenceView view, int end)
    {
        for (int j = end; j >= view.First && end - j <= MaxObjectWalk; j--)
        {
            if (view.MentionIndexAt(j) is >= 0 and var named)
            {
                j = view.MentionFirst(named);
                continue;
            }

            if (view.IsPunctuation(j) || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return -1;
            }

            if (VerbShapes.IsLowerWord(view, j) && view.Syntax?.Upos(j) is Upos.Verb)
            {
                return j;
            }
        }

        return -1;
    }

    private const int MaxBeforeClaimed = 8;

    /// <summary>
    /// The agent of a passive verb of claiming after the noun's object ("… have also been claimed by the group", "… was
    /// claimed by the TTP"): from <paramref name="i"/>, a relative clause at most (that, which; no other clause break),
    /// then a form of "be" with adverbs, "claimed" and "by" a name; -1 when none.
    /// </summary>
    internal static int ClaimedBy(SentenceView view, int i)
    {
        bool relative = view.Is(i, "that") || view.Is(i, "which");
        for (int k = i; k < view.End - 2 && k <= i + MaxBeforeClaimed; k++)
        {
            if (view.Is(k, "claimed") && view.Is(k + 1, "by") && IsPassiveBefore(view, k - 1))
            {
                return Agent(view, k + 2);
            }

            bool passive = GrammarWords.BeForms.StartsAt(view, k) || view.Is(k, "been") || GrammarWords.HaveForms.StartsAt(view, k) || NounWords.IsAdverb(view, k);
            if (!relative && !passive || view.Token(k).Kind == Model.TokenKind.Punctuation && !view.Is(k, "-"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A form of "be" (or "been") ends at <paramref name="i"/>, past adverbs: "was", "have also been", "was later".</summary>
    private static bool IsPassiveBefore(SentenceView view, int i)
    {
        for (int n = 0; n < 2 && i >= view.First && NounWords.IsAdverb(view, i); n++)
        {
            i--;
        }

        return i >= view.First && (GrammarWords.BeForms.StartsAt(view, i) || view.Is(i, "been"));
    }
}
