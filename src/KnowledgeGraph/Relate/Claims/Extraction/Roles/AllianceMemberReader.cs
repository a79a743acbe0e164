using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// An alliance or partnership held through an organisation is held by its members: a noun of an ally or partner (claim_cues
/// <c>alliance_nouns</c>) right before a preposition of <c>alliance_channels</c> and the organisation ("Moscow, Kazakhstan's
/// main security partner through the Russian-led Collective Security Treaty Organization", "Russia remains its main security
/// ally through the CSTO", "counts Dushanbe as a treaty ally through the CSTO") → the party so called and the possessor
/// whose ally it is each MEMBER_OF the organisation. The party so called is the name before the comma that opens the
/// apposition, before a copula, or before "as"; lower-case words may stand between the article or possessor and the noun,
/// and lower-case words, hyphens and demonyms between the preposition and the organisation ("the Russian-led"). Stateless.
/// </summary>
internal static class AllianceMemberReader
{
    private const int MaxModifiers = 3;
    private const int MaxOrganisationGap = 4;

    /// <summary>The first words of the alliance nouns; a sentence holding none of them gives nothing.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.AllianceNouns.FirstWords;

    /// <summary>Adds (member, MEMBER_OF, organisation) for both parties of each alliance held through an organisation.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("MEMBER_OF") is not { } memberOf)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int noun = view.First + 1; noun + 1 < view.End; noun++)
        {
            if (cues.AllianceNouns.LongestAt(view, noun) != 1 || view.MentionIndexAt(noun) >= 0
                || cues.AllianceChannels.LongestAt(view, noun + 1) != 1 || Organisation(view, memberOf, noun + 2) is not (>= 0 and var body))
            {
                continue;
            }

            int start = PhraseStart(view, noun, out int possessor);
            if (start < 0)
            {
                continue;
            }

            var trigger = new Trigger([view.Word(noun).ToString()], TriggerKind.Title, memberOf, null);
            foreach (int member in (ReadOnlySpan<int>)[possessor, Described(view, start - 1)])
            {
                if (member >= 0 && memberOf.AllowsSubject(view.Mention(member).Entity) && view.Mention(member).Entity.Id != view.Mention(body).Entity.Id)
                {
                    output.Add((new ClaimCandidate(member, body, 0.85f, noun, noun, null), trigger, noun));
                }
            }
        }
    }

    /// <summary>
    /// The organisation named from <paramref name="at"/> on, past "the", lower-case words, hyphens and demonyms ("the
    /// Russian-led Collective Security Treaty Organization"); -1 when none.
    /// </summary>
    private static int Organisation(SentenceView view, PredicateDefinition memberOf, int at)
    {
        for (int k = at; k < view.End && k <= at + MaxOrganisationGap; k++)
        {
            int m = view.MentionIndexAt(k);
            if (m >= 0 && view.MentionFirst(m) == k && view.Mention(m).Kind == MentionKind.Demonym)
            {
                k = view.MentionLast(m);
                continue;
            }

            if (m >= 0)
            {
                return view.MentionFirst(m) == k && view.Mention(m).Entity.Type == EntityType.Organisation && memberOf.AllowsObject(view.Mention(m).Entity) ? m : -1;
            }

            if (!VerbShapes.IsLowerWord(view, k) && !view.Is(k, "-"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token of the noun phrase ending at <paramref name="noun"/>: an article, a possessive pronoun or a
    /// possessive name, then at most <see cref="MaxModifiers"/> lower-case words; -1 when none opens it.
    /// <paramref name="possessor"/> is the possessive's mention, or -1.
    /// </summary>
    private static int PhraseStart(SentenceView view, int noun, out int possessor)
    {
        possessor = -1;
        int j = noun - 1;
        for (int n = 0; n < MaxModifiers && j > view.First && view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j)
            && !GrammarWords.Articles.StartsAt(view, j) && !view.Is(j, "'s"); n++)
        {
            j--;
        }

        if (view.MentionIndexAt(j) is >= 0 and var pronoun && view.IsPossessivePronoun(pronoun))
        {
            possessor = pronoun;
            return view.MentionFirst(pronoun);
        }

        if (view.Is(j, "a") || view.Is(j, "an") || view.Is(j, "the") || view.IsPossessivePronounWord(j))
        {
            return j;
        }

        // "Kazakhstan's main security partner": the possessive ends right before the first modifier.
        foreach (int k in (ReadOnlySpan<int>)[j, j - 1])
        {
            if (view.MentionIndexAt(k) is >= 0 and var owner && view.IsPossessive(owner) && view.AfterMention(owner) == j + 1)
            {
                possessor = owner;
                return view.MentionFirst(owner);
            }
        }

        return -1;
    }

    /// <summary>
    /// The name the noun phrase is said of, ending before <paramref name="before"/>: the name before the comma opening an
    /// apposition, before a copula, or before "as"; -1 when none.
    /// </summary>
    private static int Described(SentenceView view, int before)
    {
        bool opener = view.Is(before, ",") || view.Is(before, "as") || GrammarWords.Copulas.StartsAt(view, before) || GrammarWords.LinkingVerbs.StartsAt(view, before);
        int m = opener ? SubjectFinder.NamedEndingAt(view, before - 1) : -1;
        return m >= 0 && !view.IsPossessive(m) && view.Mention(m).Kind != MentionKind.Demonym ? m : -1;
    }
}
