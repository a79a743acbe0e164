using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// A route named by its ends is one project: two or more place names joined by hyphens, up to three tokens of lower-case
/// modifiers and a lower-case route head (cues <c>route_heads</c>): "the Khaf-Herat railway", "the Datka-Kemin
/// high-voltage line", "the Beineu-Bozoi-Shymkent gas pipeline". Each end is a gazetteer place (only ever a place, never a
/// state's metonym) or a capitalised word no mention covers; an end that names a state or a people ("the
/// Uzbekistan-Afghanistan-Pakistan railway", "the Tajik-Afghan border") leaves the words to their own mentions.
/// </summary>
internal static class RouteNames
{
    /// <summary>Lower-case modifier tokens between the ends and the head: "high-voltage" is three.</summary>
    private const int MaxModifierTokens = 3;

    /// <summary>
    /// Replaces the place mentions of each route named by its ends in <paramref name="paragraph"/> with one discovered
    /// project mention over the ends, the modifiers and the head (and a route or project head right after it: "railway
    /// line"). Runs before the discoverer reads capitalised runs, so the words it takes are no longer free.
    /// </summary>
    public static void Add(Paragraph paragraph, CueSet cues)
    {
        if (cues.RouteHeads.Count == 0 || !HasGluedHyphen(paragraph) || !HasRouteHead(paragraph, cues))
        {
            return;
        }

        int[] mentionAt = MentionStarts(paragraph);
        bool added = false;
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            for (int i = sent.TokenStart; i < sent.TokenEnd; i++)
            {
                if (i > sent.TokenStart && HyphenatedSyllables.GluedHyphen(paragraph, i - 1) || RouteEnd(paragraph, cues, mentionAt, i, sent.TokenEnd) is not (> 0 and var end))
                {
                    continue;
                }

                int ends = 1;
                while (HyphenatedSyllables.GluedHyphen(paragraph, end) && RouteEnd(paragraph, cues, mentionAt, end + 1, sent.TokenEnd) is > 0 and var next)
                {
                    end = next;
                    ends++;
                }

                int head = ends >= 2 ? HeadAfter(paragraph, cues, end, sent.TokenEnd) : -1;
                if (head < 0)
                {
                    i = end - 1;
                    continue;
                }

                paragraph.Mentions.RemoveAll(m => m.TokenStart >= i && m.TokenEnd <= head + 1);
                string name = paragraph.Normalised[paragraph.Tokens[i].Start..paragraph.Tokens[head].End];
                paragraph.Mentions.Add(Discovered(paragraph, i, head + 1, s, DiscoveredNames.Create(name, EntityType.Project, CueConfidence), MentionKind.Discovered, CueConfidence));
                added = true;
                mentionAt = MentionStarts(paragraph);
                i = head;
            }
        }

        if (added)
        {
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// The token after one end of a route at <paramref name="i"/>: the end of a gazetteer mention that is only ever a place
    /// by its name, or <paramref name="i"/> + 1 for a capitalised word no mention covers that is no stop word; -1 otherwise.
    /// </summary>
    private static int RouteEnd(Paragraph paragraph, CueSet cues, int[] mentionAt, int i, int limit)
    {
        if (i >= limit)
        {
            return -1;
        }

        if (mentionAt[i] >= 0)
        {
            Mention mention = paragraph.Mentions[mentionAt[i]];
            return mention.TokenEnd <= limit && mention.Kind == MentionKind.Name && OnlyPlaceNames(mention) ? mention.TokenEnd : -1;
        }

        Token token = paragraph.Tokens[i];
        return token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && !Inside(paragraph, i)
            && !CueSet.Contains(cues.StopWords, Word(paragraph, i)) ? i + 1 : -1;
    }

    /// <summary>
    /// The route head (cues <c>route_heads</c>) at <paramref name="i"/> or after up to three tokens of lower-case modifiers
    /// ("gas", "high-voltage"; no word of cues <c>project_head_ends</c> such as "and" or "in"), extended over a route or
    /// project head right after it ("railway line"); -1 when none stands there.
    /// </summary>
    private static int HeadAfter(Paragraph paragraph, CueSet cues, int i, int limit)
    {
        for (int k = i; k < limit && k - i <= MaxModifierTokens; k++)
        {
            Token token = paragraph.Tokens[k];
            ReadOnlySpan<char> word = Word(paragraph, k);
            if (token.Kind == TokenKind.Word && token.Is(TokenShape.AllLower) && CueSet.Contains(cues.RouteHeads, word))
            {
                while (k + 1 < limit && paragraph.Tokens[k + 1].Kind == TokenKind.Word && paragraph.Tokens[k + 1].Is(TokenShape.AllLower)
                    && (CueSet.Contains(cues.RouteHeads, Word(paragraph, k + 1)) || CueSet.Contains(cues.ProjectHeads, Word(paragraph, k + 1))))
                {
                    k++;
                }

                return k;
            }

            bool modifier = token.Kind == TokenKind.Word && token.Is(TokenShape.AllLower) && !CueSet.Contains(cues.ProjectHeadEnds, word)
                || HyphenatedSyllables.GluedHyphen(paragraph, k) && k > i;
            if (!modifier)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when every candidate of <paramref name="mention"/> is a place read by its name (a loop: this runs per token).</summary>
    private static bool OnlyPlaceNames(Mention mention)
    {
        IReadOnlyList<MentionCandidate> candidates = mention.Candidates;
        for (int k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Entity.Type != EntityType.Place || candidates[k].Kind != MentionKind.Name)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a mention covers token <paramref name="i"/> without starting there.</summary>
    private static bool Inside(Paragraph paragraph, int i)
    {
        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.TokenStart <= i && i < mention.TokenEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each token, the index of the mention that starts there, or -1.</summary>
    private static int[] MentionStarts(Paragraph paragraph)
    {
        var starts = new int[paragraph.Tokens.Length];
        Array.Fill(starts, -1);
        for (int k = 0; k < paragraph.Mentions.Count; k++)
        {
            starts[paragraph.Mentions[k].TokenStart] = k;
        }

        return starts;
    }

    /// <summary>Cheap gate: a lower-case route head (cues <c>route_heads</c>) somewhere in the paragraph.</summary>
    private static bool HasRouteHead(Paragraph paragraph, CueSet cues)
    {
        for (int k = 0; k < paragraph.Tokens.Length; k++)
        {
            if (paragraph.Tokens[k].Kind == TokenKind.Word && paragraph.Tokens[k].Is(TokenShape.AllLower) && CueSet.Contains(cues.RouteHeads, Word(paragraph, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cheap gate: a hyphen glued to the words either side somewhere in the paragraph.</summary>
    private static bool HasGluedHyphen(Paragraph paragraph)
    {
        for (int k = 1; k + 1 < paragraph.Tokens.Length; k++)
        {
            if (HyphenatedSyllables.GluedHyphen(paragraph, k))
            {
                return true;
            }
        }

        return false;
    }
}
