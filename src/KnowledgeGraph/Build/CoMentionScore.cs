namespace KnowledgeGraph.Build;

/// <summary>
/// The association score of a co-mention edge: pointwise mutual information with the Pantel–Lin discount.
/// <code>
/// pmi      = ln( n_ab · N / (n_a · n_b) )
/// discount = n_ab / (n_ab + 1) · min(n_a, n_b) / (min(n_a, n_b) + 1)
/// score    = pmi · discount
/// </code>
/// N is the number of distinct sentences holding at least one mention, n_a and n_b the sentences mentioning each
/// entity, n_ab those mentioning both. PMI rewards pairs that meet more often than their own frequencies predict,
/// so China (mentioned everywhere) does not top every list; the discount damps pairs seen once or twice, where PMI
/// alone over-rewards rarity. An edge seen only at paragraph scope is scored the same way over paragraphs and
/// halved (the weaker evidence); an edge flagged demonym-only is halved again.
/// </summary>
internal static class CoMentionScore
{
    public static double Pmi(long both, long a, long b, long total)
    {
        if (both <= 0 || a <= 0 || b <= 0 || total <= 0)
        {
            return 0;
        }

        double pmi = Math.Log(both * (double)total / (a * (double)b));
        long least = Math.Min(a, b);
        double discount = both / (both + 1.0) * (least / (least + 1.0));
        return Math.Round(pmi * discount, 9);
    }

    /// <summary>The edge score from its sentence-scope and paragraph-scope statistics.</summary>
    public static double Of(ScopeCounts sentence, ScopeCounts paragraph, bool demonymOnly)
    {
        double score = sentence.Both > 0
            ? Pmi(sentence.Both, sentence.A, sentence.B, sentence.Total)
            : Pmi(paragraph.Both, paragraph.A, paragraph.B, paragraph.Total) / 2;
        return demonymOnly ? score / 2 : score;
    }
}
