using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Relations between two parties that the clause says grew better: a relation noun (claim_cues <c>relation_nouns</c>),
/// "between", two names joined by "and" ("the" may open each), then auxiliaries and adverbs (claim_cues <c>bridges</c>)
/// and a verb of claim_cues <c>improvements</c> ("Relations between Washington and Islamabad have warmed", "Relations
/// between Bishkek and Dushanbe have improved") → the two parties COOPERATES_WITH each other. Relations named as a topic
/// ("the relationship between China and Afghanistan") or said to be strained are read elsewhere or not at all.
/// </summary>
internal static class ImprovedRelationReader
{
    private const int MaxBridges = 3;

    /// <summary>
    /// The first words of the verbs of improving: every claim this reader finds is read from one, so a sentence with none of
    /// these words gives none.
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.Improvements.FirstWords;

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
            for (int n = 0; n < MaxBridges && i < view.End && cues.Improvements.LongestAt(view, i) == 0 && cues.Bridges.StartsAt(view, i); n++)
            {
                i++;
            }

            if (cues.Improvements.LongestAt(view, i) == 0)
            {
                continue;
            }

            var trigger = new Trigger([view.Word(noun).ToString().ToLowerInvariant(), "between"], TriggerKind.Noun, cooperates, "between");
            output.Add((new ClaimCandidate(first, second, 0.85f, noun, i, null), trigger, noun));
        }
    }

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
