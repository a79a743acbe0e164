using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A country counted among a region's states: "one of" or "among", "the", words, a region's demonym and a noun of
/// claim_cues <c>state_nouns</c> after a country that is the clause's subject or stands in apposition ("Uzbekistan was
/// also among the most fiercely independent of the Central Asian states", "Kyrgyzstan, one of the poorest Central Asian
/// countries,") → the country PART_OF the region. Driven by the region's demonym.
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

        for (int region = 1; region < view.MentionCount; region++)
        {
            Mention demonym = view.Mention(region);
            if (demonym.Kind != MentionKind.Demonym || demonym.Entity.Type != EntityType.Place || demonym.Entity.Subtype != EntitySubtypes.Region
                || !lexicon.Cues.StateNouns.StartsAt(view, view.AfterMention(region)) || Counted(view, view.MentionFirst(region) - 1) is not (>= 0 and var country))
            {
                continue;
            }

            int noun = view.AfterMention(region);
            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, partOf);
            output.Add((new ClaimCandidate(country, region, 0.8f, view.MentionFirst(region), noun, null), trigger, noun));
        }
    }

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

        int country = SubjectFinder.EndingAt(view, before - 1);
        return country >= 0 && view.Mention(country).Entity.Type == EntityType.Country && view.Mention(country).Kind != MentionKind.Demonym && !view.IsPossessive(country) ? country : -1;
    }
}
