using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Reads the mentions of one sentence for <see cref="SentenceView.Load"/>: the paragraph mentions and resolved
/// references inside it past its dateline, then the tokens each covers, one unit per mention.
/// </summary>
internal static class SentenceMentionReader
{
    /// <summary>
    /// Collects the paragraph mentions [<paramref name="from"/>, <paramref name="to"/>) and the resolved references of
    /// sentence <paramref name="index"/> into <paramref name="mentions"/>, in text order (longer first at one start),
    /// past its dateline, whose end moves <paramref name="bodyStart"/>; a reference's nationality and other antecedents
    /// go to <paramref name="nationalities"/> and <paramref name="alsoMeant"/>; a reference that only qualifies the noun
    /// after it (<see cref="Reference.Qualifier"/>) is no argument and goes to <paramref name="qualifiers"/>, by its token.
    /// </summary>
    public static void Collect(
        Paragraph paragraph,
        int index,
        Sentence sent,
        int from,
        int to,
        List<Mention> mentions,
        Dictionary<(int Start, int End), Mention> nationalities,
        Dictionary<(int Start, int End), IReadOnlyList<Mention>> alsoMeant,
        Dictionary<int, Entity> qualifiers,
        ref int bodyStart)
    {
        bool sorted = true;
        for (int i = from; i < to; i++)
        {
            Mention mention = paragraph.Mentions[i];
            // "BEIJING, March 12 — A Taliban delegation arrived …": the dateline names where the report was filed, no party;
            // nor is the agency in it ("TEHRAN, Feb 9 (Reuters) — …").
            if (mention.Sentence == index && mention.Start >= sent.Start && mention.End <= sent.End && Dateline.Opens(paragraph, sent, mention))
            {
                bodyStart = Dateline.Dash(paragraph, sent, mention.TokenEnd) + 1;
            }
            else if (mention.Sentence == index && mention.Start >= sent.Start && mention.End <= sent.End && mention.TokenStart >= bodyStart)
            {
                sorted &= mentions.Count == 0 || mentions[^1].Start < mention.Start;
                mentions.Add(mention);
            }
        }

        // References (pronouns and descriptions coreference resolved) are arguments like mentions; their evidence is
        // their own words. A reference inside a mention is dropped with the other nested spans (MapTokens).
        foreach (Reference reference in paragraph.References)
        {
            if (reference.Sentence == index && reference.Start >= sent.Start && reference.End <= sent.End)
            {
                if (reference.Qualifier)
                {
                    qualifiers[reference.TokenStart] = reference.Entity;
                    continue;
                }

                sorted &= mentions.Count == 0 || mentions[^1].Start < reference.Start;
                var argument = new Mention
                {
                    Start = reference.Start,
                    End = reference.End,
                    TokenStart = reference.TokenStart,
                    TokenEnd = reference.TokenEnd,
                    Sentence = reference.Sentence,
                    Entity = reference.Entity,
                    Kind = MentionKind.Partial,
                    Confidence = reference.Confidence,
                };
                mentions.Add(argument);
                if (reference.Nationality is { } demonym)
                {
                    nationalities[(argument.Start, argument.End)] = demonym;
                }

                if (reference.OtherAntecedents.Count > 0)
                {
                    alsoMeant[(argument.Start, argument.End)] = reference.OtherAntecedents;
                }
            }
        }

        if (!sorted)
        {
            mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }
    }

    /// <summary>
    /// Maps each of <paramref name="mentions"/> onto the tokens it covers in [<paramref name="sentFirst"/>,
    /// <paramref name="sentEnd"/>): <paramref name="mentionAt"/> (per token, from the sentence's first) gets its index,
    /// <paramref name="mentionFirst"/> and <paramref name="mentionLast"/> its first and last token. Nested and overlapping
    /// mentions are dropped; the kept ones become <paramref name="mentions"/> and the old list <paramref name="kept"/>.
    /// </summary>
    public static void MapTokens(
        Token[] tokens,
        int sentFirst,
        int sentEnd,
        ref List<Mention> mentions,
        ref List<Mention> kept,
        int[] mentionAt,
        List<int> mentionFirst,
        List<int> mentionLast)
    {
        kept.Clear();
        foreach (Mention mention in mentions)
        {
            int first = -1;
            int last = -1;
            for (int i = FirstEndingAfter(tokens, sentFirst, sentEnd, mention.Start); i < sentEnd; i++)
            {
                Token token = tokens[i];
                if (token.End > mention.Start && token.Start < mention.End)
                {
                    if (first < 0)
                    {
                        first = i;
                    }

                    last = i;
                }
                else if (token.Start >= mention.End)
                {
                    break;
                }
            }

            // A mention nested in or overlapping an earlier one is dropped: the earlier, longer one wins.
            if (first < 0 || mentionAt[first - sentFirst] >= 0 || mentionAt[last - sentFirst] >= 0)
            {
                continue;
            }

            for (int i = first; i <= last; i++)
            {
                mentionAt[i - sentFirst] = kept.Count;
            }

            kept.Add(mention);
            mentionFirst.Add(first);
            mentionLast.Add(last);
        }

        // The kept mentions become the view's; the old list is reused for the next sentence's.
        (mentions, kept) = (kept, mentions);
    }

    /// <summary>First token of [<paramref name="first"/>, <paramref name="end"/>) whose end lies after <paramref name="offset"/> (binary search).</summary>
    private static int FirstEndingAfter(Token[] tokens, int first, int end, int offset)
    {
        int lo = first;
        int hi = end;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
