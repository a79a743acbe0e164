using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Chooses the two antecedents a reference of two means ("the two countries", "both"): a pair joined by "and", two one
/// sentence names, or the two the article has named most, and finds whether the paragraph names two that fit together.
/// </summary>
internal static class PairChooser
{
    /// <summary>Least share of the second best's score at which a name in the best one's sentence completes a pair instead.</summary>
    private const float SameSentencePair = 0.8f;

    /// <summary>
    /// True when one sentence from <paramref name="from"/> up to <paramref name="to"/> (article-wide sentence numbers) names two
    /// entities that fit <paramref name="rule"/> ("India's approach to China … the clash between the two countries").
    /// </summary>
    internal static bool NamedTogether(CoreferenceRule rule, List<AntecedentCandidate> candidates, int from, int to)
    {
        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Sentence >= from; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (c.Sentence > to || c.Chained || c.ThirdParty || rule.Fit(c.Entity) < 0)
            {
                continue;
            }

            for (int j = i - 1; j >= 0 && candidates[j].Sentence == c.Sentence; j--)
            {
                if (!candidates[j].Chained && !candidates[j].ThirdParty && !SameEntity.Is(candidates[j].Entity, c.Entity) && rule.Fit(candidates[j].Entity) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The two antecedents a reference of two means among the best-scored candidates <paramref name="best"/>: a pair joined
    /// by "and" nearby, else (for a description) two one sentence names, else the two the article has named most
    /// (<paramref name="named"/>), else the two best; null for a pronoun with no joined pair.
    /// </summary>
    internal static Reference? Pair(
        CoreferenceRule rule, List<(AntecedentCandidate Candidate, float Score)> best, List<AntecedentCandidate> candidates, int sentence,
        (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at, IReadOnlyDictionary<string, int>? named)
    {
        // "China and Russia … the two countries": a pair joined by "and" in this sentence or the one before wins.
        foreach ((AntecedentCandidate c, float _) in best)
        {
            if (c.Partner is not null && sentence - c.Sentence <= 1 && rule.Fit(c.Partner.Entity) >= 0 && !TwoNamedAfter(rule, best, c, sentence))
            {
                return AntecedentChooser.Conjoined(rule, c, AntecedentChooser.Clear, at);
            }
        }

        // "Russia and India … Both are SCO members": a pronoun for two has such a pair (Choose) or nothing.
        if (rule.Kind != ReferenceKind.Description)
        {
            return null;
        }

        if (SentencePair(rule, best, candidates, sentence, at) is { } met)
        {
            return AntecedentChooser.Make(rule, met.First, [met.Second], AntecedentChooser.Clear, at);
        }

        // "Trade between the two countries" opening a paragraph after one that names Moscow beside Beijing: with no two that
        // fit named together earlier in the paragraph (Choose), the pair is the two the article has named most so far, of those still in
        // reach (the nearer first among equals), of the type the description prefers first ("the two neighbours": countries
        // before a government named beside its country). Not for persons, whom a report names in turn ("the two ministers").
        bool salient = named is not null && best.Count > 2 && best[0].Candidate.Entity.Type != EntityType.Person
            && best.Count(b => b.Candidate.Sentence == sentence) < 2;
        if (salient)
        {
            best = best.OrderBy(b => rule.Fit(b.Candidate.Entity)).ThenByDescending(b => named!.GetValueOrDefault(b.Candidate.Entity.Id))
                .ThenByDescending(b => b.Score).ToList();
        }

        AntecedentCandidate first = best[0].Candidate, second = best[1].Candidate;
        // "India's approach to China … the clash between the two countries": two that fit named in one sentence are the
        // pair rather than a name further back that scores a little higher (unless the article's pair is taken).
        for (int k = 2; !salient && k < best.Count && second.Sentence != first.Sentence; k++)
        {
            if (best[k].Candidate.Sentence == first.Sentence && best[k].Score >= SameSentencePair * best[1].Score)
            {
                second = best[k].Candidate;
            }
        }

        bool near = sentence - second.Sentence <= 2 && sentence - first.Sentence <= 2;
        float confidence = best.Count == 2 && near ? AntecedentChooser.Clear : best.Count == 2 || best[2].Score < AntecedentChooser.ClearMargin * best[1].Score ? 0.7f : 0.5f;
        return AntecedentChooser.Make(rule, first, [second], confidence, at);
    }

    /// <summary>
    /// "CNPC Chairman Dai Houliang met Prime Minister Olzhas Bektenov … The two men also discussed", "Beijing donated scanners to
    /// the Kyrgyz customs service, and … the trade between the two countries": a description of two means the two that one
    /// sentence names, the nearest before the reference that names any party that fits (its own or the one before), when it
    /// names exactly two that are still candidates; a party named alone further back or more often is a third one. A
    /// reference through another ("he") names no one here. The pair keeps the order of the best scores.
    /// </summary>
    private static (AntecedentCandidate First, AntecedentCandidate Second)? SentencePair(
        CoreferenceRule rule, List<(AntecedentCandidate Candidate, float Score)> best, List<AntecedentCandidate> candidates, int sentence,
        (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        int nearest = -1;
        Entity? one = null, two = null;
        for (int i = candidates.Count - 1; i >= 0 && sentence - candidates[i].Sentence <= 1; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (c.Chained || c.ThirdParty || rule.Fit(c.Entity) < 0 || c.Sentence == sentence && c.Mention.Start >= at.Start)
            {
                continue;
            }

            if (nearest >= 0 && c.Sentence != nearest)
            {
                break;
            }

            nearest = c.Sentence;
            if (one is null || SameEntity.Is(one, c.Entity))
            {
                one = c.Entity;
            }
            else if (two is null || SameEntity.Is(two, c.Entity))
            {
                two = c.Entity;
            }
            else
            {
                return null;
            }
        }

        if (two is null)
        {
            return null;
        }

        int first = best.FindIndex(b => SameEntity.Is(b.Candidate.Entity, one)), second = best.FindIndex(b => SameEntity.Is(b.Candidate.Entity, two));
        if (first < 0 || second < 0)
        {
            return null;
        }

        return first < second ? (best[first].Candidate, best[second].Candidate) : (best[second].Candidate, best[first].Candidate);
    }

    /// <summary>
    /// True when two other parties that fit are named after the joined pair <paramref name="joined"/> in the reference's own
    /// sentence: "through Uzbekistan and Iran instead of Pakistan, whose border crossings with Afghanistan have been closed
    /// since clashes between the two countries' forces" means Pakistan and Afghanistan.
    /// </summary>
    private static bool TwoNamedAfter(CoreferenceRule rule, List<(AntecedentCandidate Candidate, float Score)> best, in AntecedentCandidate joined, int sentence)
    {
        Entity? other = null;
        foreach ((AntecedentCandidate c, float _) in best)
        {
            if (c.Sentence == sentence && joined.Sentence == sentence && c.Paragraph == joined.Paragraph && c.Mention.Start > joined.Mention.Start
                && !SameEntity.Is(c.Entity, joined.Entity) && !SameEntity.Is(c.Entity, joined.Partner!.Entity) && rule.Fit(c.Entity) >= 0)
            {
                if (other is not null && !SameEntity.Is(other, c.Entity))
                {
                    return true;
                }

                other = c.Entity;
            }
        }

        return false;
    }
}
