using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A country counted among a region's states: "one of" or "among", "the", words, a region's demonym and a noun of
/// claim_cues <c>state_nouns</c> after a country that is the clause's subject or stands in apposition ("Uzbekistan was
/// also among the most fiercely independent of the Central Asian states", "Kyrgyzstan, one of the poorest Central Asian
/// countries,") → the country PART_OF the region; so are the countries listed before "and other" and the region's states
/// ("Kazakhstan and other Central Asian states") or after them and "such as", "like" or "including" ("African nations,
/// including Zambia, Angola and Djibouti"), for a region or a continent. Driven by the region's demonym.
/// </summary>
internal static class RegionMemberReader
{
    private const int MaxWords = 8;
    private const int MaxBridges = 2;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("PART_OF") is not { } partOf)
        {
            return;
        }

        for (int region = 0; region < view.MentionCount; region++)
        {
            Mention demonym = view.Mention(region);
            if (demonym.Kind != MentionKind.Demonym || demonym.Entity.Type != EntityType.Place || demonym.Entity.Subtype is not (EntitySubtypes.Region or EntitySubtypes.Continent)
                || !lexicon.Cues.StateNouns.StartsAt(view, view.AfterMention(region)))
            {
                continue;
            }

            int noun = view.AfterMention(region);
            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, partOf);
            if (Counted(view, view.MentionFirst(region) - 1) is >= 0 and var country)
            {
                output.Add((new ClaimCandidate(country, region, 0.8f, view.MentionFirst(region), noun, null), trigger, noun));
                continue;
            }

            // "Kazakhstan and other Central Asian states", "Central Asian countries such as Uzbekistan and Tajikistan": each
            // listed country is one of the region's.
            int other = view.MentionFirst(region) - 1;
            if (view.Is(other, "other") && (view.Is(other - 1, "and") || view.Is(other - 1, "or")) && SubjectFinder.EndingAt(view, other - 2) is >= 0 and var last)
            {
                for (int m = last; m >= 0 && IsListedCountry(view, m); m = view.Is(view.MentionFirst(m) - 1, ",") ? SubjectFinder.EndingAt(view, view.MentionFirst(m) - 2) : -1)
                {
                    output.Add((new ClaimCandidate(m, region, 0.8f, view.MentionFirst(m), noun, null), trigger, noun));
                }
            }
            else if (Example(view, noun + lexicon.Cues.StateNouns.LongestAt(view, noun)) is var at && at >= 0 && view.MentionIndexAt(at) is >= 0 and var firstListed
                && view.MentionFirst(firstListed) == at && IsListedCountry(view, firstListed))
            {
                for (int m = firstListed; m <= MembershipReader.Last(view, firstListed); m++)
                {
                    if (IsListedCountry(view, m))
                    {
                        output.Add((new ClaimCandidate(m, region, 0.8f, view.MentionFirst(region), view.MentionLast(m) + 1, null), trigger, noun));
                    }
                }
            }
        }
    }

    /// <summary>The word after "such as", "like" or "including" (past a comma) at <paramref name="i"/>; -1 when none stands there.</summary>
    private static int Example(SentenceView view, int i)
    {
        i += view.Is(i, ",") ? 1 : 0;
        return view.Is(i, "such") && view.Is(i + 1, "as") ? i + 2 : view.Is(i, "like") || view.Is(i, "including") ? i + 1 : -1;
    }

    private static bool IsListedCountry(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Country && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessive(m);

    /// <summary>The country "one of" or "among" counts, from the words before the demonym ending at <paramref name="i"/>; -1 when none.</summary>
    private static int Counted(SentenceView view, int i)
    {
        int stop = i - MaxWords;
        while (i > view.First && i > stop && !view.Is(i, "among") && !(view.Is(i, "of") && view.Is(i - 1, "one")))
        {
            if (view.MentionIndexAt(i) >= 0 || !VerbShapes.IsLowerWord(view, i))
            {
                return -1;
            }

            i--;
        }

        int before = view.Is(i, "among") ? i - 1 : i - 2;
        for (int n = 0; n < MaxBridges && before > view.First && VerbShapes.IsLowerWord(view, before) && !GrammarWords.Copulas.StartsAt(view, before); n++)
        {
            before--;
        }

        if (!(view.Is(before, ",") || GrammarWords.Copulas.StartsAt(view, before)))
        {
            return -1;
        }

        // "the free-trade zone in Djibouti are among the biggest investments African countries have made": a name after a
        // preposition is not the clause's subject.
        int country = SubjectFinder.EndingAt(view, before - 1);
        return country >= 0 && IsListedCountry(view, country) && !GrammarWords.Prepositions.StartsAt(view, view.MentionFirst(country) - 1) ? country : -1;
    }
}
