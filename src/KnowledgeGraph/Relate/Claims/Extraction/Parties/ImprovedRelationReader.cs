using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Relations between two parties that the clause says grew better: a relation noun (claim_cues <c>relation_nouns</c>),
/// "between", two names joined by "and" ("the" may open each), then auxiliaries and adverbs (claim_cues <c>bridges</c>)
/// and a verb of claim_cues <c>improvements</c> ("Relations between Washington and Islamabad have warmed", "Relations
/// between Bishkek and Dushanbe have improved") → the two parties COOPERATES_WITH each other; a verb of claim_cues
/// <c>relation_ends</c> there ("Relations between Pakistan and the Taliban have collapsed") or a noun of
/// <c>relation_end_nouns</c> and "in" or "of" right before the relation noun ("the eventual breakdown in relations between
/// Paris and Bamako") says they ended: the claim is negated. Relations named as a topic ("the relationship between China
/// and Afghanistan") or said to be strained or soured are read elsewhere or not at all.
/// </summary>
internal static class ImprovedRelationReader
{
    private const int MaxBridges = 3;

    /// <summary>
    /// The first words of the verbs of improving: every claim this reader finds is read from one, so a sentence with none of
    /// these words gives none.
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) =>
        [.. lexicon.Cues.Improvements.FirstWords, .. lexicon.Cues.RelationEnds.FirstWords, .. lexicon.Cues.RelationEndNouns.FirstWords];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("COOPERATES_WITH") is not { } cooperates)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int noun = view.First; noun + 1 < view.End; noun++)
        {
            if (!view.Is(noun + 1, "between") || !Dependency.RelationNouns.IsCue(cues, view.Word(noun))
                || NameAt(view, noun + 2) is not (>= 0 and var first)
                || !view.Is(view.AfterMention(first), "and") || NameAt(view, view.AfterMention(first) + 1) is not (>= 0 and var second))
            {
                continue;
            }

            int i = view.AfterMention(second);
            for (int n = 0; n < MaxBridges && i < view.End && !Verdict(cues, view, i) && cues.Bridges.StartsAt(view, i); n++)
            {
                i++;
            }

            // "the eventual breakdown in relations between Paris and Bamako": a noun of their end before the relation.
            bool endedBefore = (view.Is(noun - 1, "in") || view.Is(noun - 1, "of")) && cues.RelationEndNouns.StartEndingAt(view, noun - 2, 1) >= 0;
            bool ended = endedBefore || cues.RelationEnds.LongestAt(view, i) > 0;
            if (!ended && cues.Improvements.LongestAt(view, i) == 0)
            {
                continue;
            }

            var trigger = new Trigger([view.Word(noun).ToString().ToLowerInvariant(), "between"], TriggerKind.Noun, cooperates, "between");
            output.Add((new ClaimCandidate(first, second, 0.85f, noun, endedBefore ? view.AfterMention(second) - 1 : i, null) { Negated = ended ? true : null }, trigger, noun));
        }
    }

    /// <summary>True when a verb of improving or ending stands at <paramref name="i"/>: what the clause says of the relations.</summary>
    private static bool Verdict(ClaimCues cues, SentenceView view, int i) => cues.Improvements.LongestAt(view, i) > 0 || cues.RelationEnds.LongestAt(view, i) > 0;

    /// <summary>The mention that begins at <paramref name="at"/>, after "the", when it is a party's name, not a demonym or a possessive; else -1.</summary>
    private static int NameAt(SentenceView view, int at)
    {
        if (view.Is(at, "the"))
        {
            at++;
        }

        return view.MentionIndexAt(at) is >= 0 and var m && view.MentionFirst(m) == at && view.Mention(m).Kind != MentionKind.Demonym
            && !view.IsPossessive(m) && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group or EntityType.Person
            ? m
            : -1;
    }
}
