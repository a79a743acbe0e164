using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Reads the words between a group's name and the preposition that places it, for <see cref="LocatedGroupReader"/>:
/// its acronym in brackets and another name of it, a site named before "of" and the group, a verb of having and an
/// amount, a unit noun, the noun of a project's site, a description as based somewhere or as one of a nation's bodies.
/// </summary>
internal static class GroupPlacingPhrase
{
    private const int MaxSiteModifiers = 2;

    /// <summary>
    /// "the Regional Anti-Terrorism Structure (RATS) in Tashkent": the name's own acronym in brackets right after it is
    /// skipped; the index after the closing bracket, else <paramref name="at"/>.
    /// </summary>
    internal static int SkipAcronym(SentenceView view, int m, int at)
    {
        int acronym = view.Is(at, "(") ? view.MentionIndexAt(at + 1) : -1;
        return acronym == m + 1 && view.MentionFirst(acronym) == at + 1 && view.Mention(acronym).Entity.Id == view.Mention(m).Entity.Id
            && view.Is(view.MentionLast(acronym) + 1, ")") ? view.MentionLast(acronym) + 2 : at;
    }

    /// <summary>
    /// "the South China Morning Post, a news organization based in Hong Kong": after a comma and an article, at most four
    /// lower-case words, then "based" or "headquartered"; the index of the "in" after it, else -1.
    /// </summary>
    internal static int DescribedAsBased(SentenceView view, int comma)
    {
        if (!view.Is(comma, ",") || !(view.Is(comma + 1, "a") || view.Is(comma + 1, "an") || view.Is(comma + 1, "the")))
        {
            return -1;
        }

        for (int i = comma + 2; i < view.End && i <= comma + 6; i++)
        {
            if (view.Is(i, "based") || view.Is(i, "headquartered"))
            {
                return view.Is(i + 1, "in") ? i + 1 : -1;
            }

            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "the Daily Nation, one of Kenya's largest newspapers", "Anhui Conch, one of China's largest cement makers": a comma,
    /// "one of", a country's possessive, at most three lower-case words and a body noun (or one of claim_cues
    /// <c>body_nouns</c>); the country, or -1.
    /// </summary>
    internal static int OneOfNation(SentenceView view, ClaimCues cues, int m)
    {
        int at = view.AfterMention(m);
        int nation = view.Is(at, ",") && view.Is(at + 1, "one") && view.Is(at + 2, "of") ? view.MentionIndexAt(at + 3) : -1;
        if (nation < 0 || view.Mention(nation).Entity.Type != EntityType.Country || !view.IsPossessive(nation))
        {
            return -1;
        }

        for (int i = view.AfterMention(nation); i < view.End && i <= view.AfterMention(nation) + 3; i++)
        {
            if (cues.NationalBodies.StartsAt(view, i) || cues.BodyNouns.StartsAt(view, i))
            {
                return nation;
            }

            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "hideouts of Tehrik-e-Taliban Pakistan", "sanctuaries of the TTP": an armed group right after "of" (and "the") and one
    /// of its sites (claim_cues <c>group_sites</c>).
    /// </summary>
    internal static bool IsSiteOf(SentenceView view, ClaimCues cues, int m)
    {
        int of = view.MentionFirst(m) - 1;
        of -= view.Is(of, "the") && view.MentionIndexAt(of) < 0 ? 1 : 0;
        return view.Is(of, "of") && view.MentionIndexAt(of - 1) < 0 && cues.GroupSites.LongestAt(view, of - 1) == 1 && !view.IsPossessive(m)
            && PresenceReader.IsArmedGroup(view.Mention(m).Entity);
    }

    /// <summary>
    /// "the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), in Kabul": another name of the group between ", or" and a
    /// comma, with its acronym in brackets, is skipped; the index after the closing comma, else <paramref name="at"/>.
    /// </summary>
    internal static int PastAlias(SentenceView view, int at)
    {
        if (!view.Is(at, ",") || !view.Is(at + 1, "or") || view.MentionIndexAt(at + 2) is not (>= 0 and var alias) || view.MentionFirst(alias) != at + 2)
        {
            return at;
        }

        int after = SkipAcronym(view, alias, view.AfterMention(alias));
        return view.Is(after, ",") ? after + 1 : at;
    }

    /// <summary>Verbs of having that may stand between a group and its unit noun.</summary>
    private static readonly WordSet HavingWords = new("has", "have", "had", "maintains", "maintain", "maintained", "keeps", "keep", "kept");

    /// <summary>Words of an amount beside claim_cues <c>amounts</c> and numbers ("hundreds of fighters", "dozens of cells").</summary>
    private static readonly WordSet AmountWords = new("of", "many", "dozens");

    /// <summary>
    /// The token after a verb of having right at <paramref name="at"/> and an amount after it ("about 2,000", "an estimated",
    /// "hundreds of"); <paramref name="at"/> otherwise.
    /// </summary>
    internal static int Having(SentenceView view, ClaimCues cues, int at)
    {
        if (!HavingWords.At(view, at))
        {
            return at;
        }

        int k = at + 1;
        for (int n = 0; n < 5 && k < view.End && view.MentionIndexAt(k) < 0; n++)
        {
            int amount = view.Token(k).Kind == TokenKind.Number || AmountWords.At(view, k) || GrammarWords.Numbers.StartsAt(view, k) ? 1 : cues.Amounts.LongestAt(view, k);
            if (amount == 0)
            {
                break;
            }

            k += amount;
        }

        return k;
    }

    /// <summary>
    /// "the Mes Aynak copper deposit in Logar province", "the Dasu hydropower plant in …": after a project's name, at most
    /// two lower-case words ending in the noun of what the site is (claim_cues <c>site_heads</c>); the index after that
    /// noun, else -1.
    /// </summary>
    internal static int AfterSiteNoun(SentenceView view, ClaimCues cues, int at)
    {
        for (int i = at; i <= at + MaxSiteModifiers && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0; i++)
        {
            if (cues.SiteHeads.LongestAt(view, i) is > 0 and var length && view.Is(i + length, "in"))
            {
                return i + length;
            }

            if (GrammarWords.Prepositions.StartsAt(view, i) || GrammarWords.Conjunctions.StartsAt(view, i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A site of claim_cues <c>group_sites</c> or one of the armed members of <c>presence_units</c> ("ISIL terrorists in Syria").</summary>
    internal static bool IsUnit(SentenceView view, ClaimCues cues, int i) => cues.GroupSites.LongestAt(view, i) == 1 || cues.PresenceUnits.LongestAt(view, i) == 1;
}
