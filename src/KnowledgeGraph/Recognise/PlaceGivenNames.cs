using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Frees a place name that opens a person's name, so the discoverer takes the name whole: in "said Hamza Qureshi, a
/// researcher at the Islamabad-based Sustainable Development Policy Institute", "Iran's ambassador to India, Iraj Elahi,"
/// and "WFP country director Sofia Brandt said", "Hamza", "Iraj" and "Sofia" are given names, not mentions of the
/// Uzbek town, the Iranian town and Bulgaria's capital. The word is a one-word mention read only as a place's name, a
/// capital standing for its state or a demonym, no name word
/// stands before it, one or two unknown capitalised words that are no common words follow it and end the name, and the
/// text says the whole is a person (<see cref="NameTitleFinder.NamedAsPerson"/>).
/// </summary>
internal static class PlaceGivenNames
{
    private const int MaxSurnames = 2;

    /// <summary>Removes such mentions from <paramref name="paragraph"/> and clears them in <paramref name="covered"/>.</summary>
    public static void Release(Paragraph paragraph, bool[] covered, NameTitleFinder titles, CueSet cues)
    {
        for (int k = paragraph.Mentions.Count - 1; k >= 0; k--)
        {
            Mention mention = paragraph.Mentions[k];
            int at = mention.TokenStart;
            int limit = paragraph.Sentences[mention.Sentence].TokenEnd;
            if (mention.TokenEnd != at + 1 || at > 0 && PlaceSurnames.IsFreeName(paragraph, covered, at - 1) || !IsGivenNameReading(mention))
            {
                continue;
            }

            int end = at + 1;
            while (end < limit && end - at <= MaxSurnames && PlaceSurnames.IsFreeName(paragraph, covered, end) && !PlaceSurnames.AnyCommon(paragraph, end, end + 1, cues))
            {
                end++;
            }

            if (end > at + 1 && PlaceSurnames.EndsName(paragraph, mention.Sentence, end) && titles.PersonLike(paragraph, at, end)
                && titles.NamedAsPerson(paragraph, at, end, limit))
            {
                paragraph.Mentions.RemoveAt(k);
                covered[at] = false;
            }
        }
    }

    /// <summary>Every reading a place's or demonym's, or a capital's standing for its state ("Sofia").</summary>
    private static bool IsGivenNameReading(Mention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(c =>
            c.Kind is MentionKind.Demonym or MentionKind.Metonym || c.Kind == MentionKind.Name && c.Entity.Type == EntityType.Place);
}
