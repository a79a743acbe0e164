using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "India's disputed borders with both neighbours", "Beijing's efforts to mediate between the two neighbours": a
/// description of two after one of <c>argument_openers</c> whose noun phrase a name possesses leaves that name out of
/// the two, as "its two neighbours" does. The possessed phrase holds up to <see cref="MaxWords"/> words and nothing else
/// between the possessive and the opener.
/// </summary>
internal static class RelationPossessor
{
    /// <summary>Most words between the possessive and the opener ("disputed borders", "efforts to mediate").</summary>
    public const int MaxWords = 3;

    /// <summary>The possessor's entity for the description at token <paramref name="t"/> (after its opener), or null.</summary>
    public static Entity? Find(Paragraph paragraph, int t, int s, int sentenceStart)
    {
        int k = t - 2;
        for (int words = 0; k > sentenceStart && words < MaxWords && paragraph.Tokens[k].Kind == TokenKind.Word && !IsPossessive(paragraph, k); k--, words++)
        {
        }

        if (k <= sentenceStart || k == t - 2 || !IsPossessive(paragraph, k))
        {
            return null;
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.Sentence == s && mention.TokenEnd == k)
            {
                return mention.Entity;
            }
        }

        return null;
    }

    private static bool IsPossessive(Paragraph paragraph, int k) => paragraph.Span(paragraph.Tokens[k]) is "'s" or "’s";
}
