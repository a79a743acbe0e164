using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Puts the strongest evidence first. A claim's sentences go by the confidence read in each, then directness; the
/// sentences of a co-mention by directness, then newest article; claims between two entities by confidence, then the
/// directness of their best sentence, then how many sentences assert them. Directness (0..1) measures how plainly a
/// sentence joins two entities:
/// <code>directness = 1 / (1 + 0.3 · other entities named + 0.1 · words between the closest two mentions)</code>
/// halved when one side is named only by a demonym ("Chinese investors … Afghanistan"). A sentence whose mentions
/// the store does not keep gets 0.5 / (1 + words / 25): shorter is plainer.
/// </summary>
internal sealed class EvidenceRanker
{
    private const double OtherEntityWeight = 0.3;
    private const double GapWordWeight = 0.1;
    private readonly GraphSnapshot snapshot;

    /// <summary>Ranks evidence held in <paramref name="snapshot"/>.</summary>
    public EvidenceRanker(GraphSnapshot snapshot) => this.snapshot = snapshot;

    /// <summary>How directly sentence <paramref name="sentenceId"/> joins entities <paramref name="a"/> and <paramref name="b"/> (0 for an unknown sentence).</summary>
    public double Directness(string sentenceId, string a, string b)
    {
        if (!snapshot.SentencesById.TryGetValue(sentenceId, out SentenceRecord? sent))
        {
            return 0;
        }

        IReadOnlyList<SentenceMentionRecord> mentions = snapshot.MentionsIn(sentenceId);
        var ofA = mentions.Where(m => m.EntityId == a).ToList();
        var ofB = mentions.Where(m => m.EntityId == b).ToList();
        if (ofA.Count == 0 || ofB.Count == 0)
        {
            return Math.Round(0.5 / (1 + (Words(sent.Text, 0, sent.Text.Length) / 25.0)), 3);
        }

        int gap = int.MaxValue;
        foreach (SentenceMentionRecord x in ofA)
        {
            foreach (SentenceMentionRecord y in ofB)
            {
                (SentenceMentionRecord first, SentenceMentionRecord second) = x.Start <= y.Start ? (x, y) : (y, x);
                gap = Math.Min(gap, Words(sent.Text, first.End, second.Start));
            }
        }

        int others = mentions.Select(m => m.EntityId).Where(id => id != a && id != b).Distinct(StringComparer.Ordinal).Count();
        double score = 1 / (1 + (OtherEntityWeight * others) + (GapWordWeight * gap));
        bool demonymOnly = ofA.TrueForAll(m => m.Kind == "demonym") || ofB.TrueForAll(m => m.Kind == "demonym");
        return Math.Round(demonymOnly ? score / 2 : score, 3);
    }

    /// <summary>The claim with its evidence ranked and its date from that evidence.</summary>
    public ClaimView View(ClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var evidence = claim.Evidence
            .GroupBy(e => e.SentenceId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(e => e.Confidence).ThenBy(e => e.Start).First())
            .Where(e => snapshot.SentencesById.ContainsKey(e.SentenceId))
            .Select(e => new ClaimEvidence(Sentence(e.SentenceId, claim.Subject, claim.Object), e.Trigger, e.Confidence, e.Time, e.Start, e.End))
            .OrderByDescending(e => e.Confidence).ThenByDescending(e => e.Sentence.Directness)
            .ThenBy(e => e.Sentence.File, StringComparer.Ordinal).ThenBy(e => e.Sentence.Line).ThenBy(e => e.Start)
            .ToList();
        (string? date, string? source, string? from) = DateOf(claim, evidence);
        return new ClaimView(claim, snapshot.NameOf(claim.Subject), snapshot.NameOf(claim.Object), date, source, from, evidence);
    }

    /// <summary>Every claim between <paramref name="a"/> and <paramref name="b"/> (either direction), strongest first.</summary>
    public IReadOnlyList<ClaimView> ClaimsBetween(string a, string b) =>
        Strongest(snapshot.ClaimsOf(a)
            .Where(c => (c.Subject == a && c.Object == b) || (c.Subject == b && c.Object == a))
            .Select(View));

    /// <summary>Claims strongest first: confidence, the directness of their best sentence, how many sentences assert them, predicate.</summary>
    public static IReadOnlyList<ClaimView> Strongest(IEnumerable<ClaimView> claims) =>
        claims
            .OrderByDescending(v => v.Claim.Confidence).ThenByDescending(v => v.Directness).ThenByDescending(v => v.EvidenceCount)
            .ThenBy(v => v.Claim.Predicate, StringComparer.Ordinal).ThenBy(v => v.Claim.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The sentences of a co-mention, most direct first (then newest article, then id), leaving out those in
    /// <paramref name="shown"/> (already listed as a claim's evidence).
    /// </summary>
    public IReadOnlyList<EvidenceSentence> CoMentionEvidence(CoMentionRecord pair, IReadOnlySet<string> shown)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(shown);
        return pair.EvidenceSentenceIds
            .Where(id => !shown.Contains(id) && snapshot.SentencesById.ContainsKey(id))
            .Select(id => Sentence(id, pair.A, pair.B))
            .OrderByDescending(e => e.Directness).ThenByDescending(e => e.ArticleDate, StringComparer.Ordinal).ThenBy(e => e.SentenceId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A stored sentence as evidence for the pair (<paramref name="a"/>, <paramref name="b"/>).</summary>
    public EvidenceSentence Sentence(string sentenceId, string a, string b)
    {
        SentenceRecord sent = snapshot.SentencesById[sentenceId];
        return new EvidenceSentence(sent.Id, sent.File, sent.Line, sent.Text)
        {
            ArticleDate = snapshot.ArticlesById.TryGetValue(sent.ArticleId, out ArticleRecord? article) ? article.Date : null,
            Directness = Directness(sentenceId, a, b),
        };
    }

    private static (string? Date, string? Source, string? From) DateOf(ClaimRecord claim, List<ClaimEvidence> evidence)
    {
        ClaimEvidence? stated = evidence.Find(e => e.Time is not null);
        if (stated is not null)
        {
            return (stated.Time, "text", stated.Sentence.Where);
        }

        if (claim.Time is not null && claim.Evidence.All(e => e.Time is null))
        {
            return (claim.Time, "claim", null);
        }

        return evidence.Count > 0 && evidence[0].Sentence.ArticleDate is { } date ? (date, "article", evidence[0].Sentence.Where) : (null, null, null);
    }

    /// <summary>Runs of letters or digits in text[from, to).</summary>
    private static int Words(string text, int from, int to)
    {
        int words = 0;
        bool inWord = false;
        for (int i = Math.Max(0, from); i < Math.Min(to, text.Length); i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
