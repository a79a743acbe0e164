using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Reads a nominal trigger with "between" for <see cref="NounReader"/>: "talks between X and Y" relates every two of the
/// coordinated objects (each way for a one-way predicate: "clashes between X and Y"), a description of two parties names
/// both ("cooperation between the two countries"; relations between "the two allies" are left to their alliance), a verb
/// of ending before the noun negates it, and relations the clause calls strained state nothing.
/// </summary>
internal sealed class BetweenNounReader
{
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? allied;

    /// <param name="cues">The claim cues.</param>
    /// <param name="allied">ALLIED_WITH, whose one-word labels make relations between two parties so called their alliance.</param>
    public BetweenNounReader(ClaimCues cues, PredicateDefinition? allied = null)
    {
        this.cues = cues;
        this.allied = allied;
    }

    /// <summary>
    /// Reads the trigger <paramref name="trigger"/> at <paramref name="start"/> with its <paramref name="objects"/> into
    /// <paramref name="output"/> when its preposition is "between"; true then, false (and nothing read) otherwise.
    /// </summary>
    public bool Read(SentenceView view, Trigger trigger, int start, List<Argument> objects, List<ClaimCandidate> output)
    {
        // "ties between Islamabad and Kabul remain badly strained": relations the clause calls hostile state nothing.
        if (trigger.Prep == "between" && objects.Count > 0 && Dependency.RelationNouns.IsCue(cues, view.Word(start)) && StrainedAfter(view, objects))
        {
            return true;
        }

        // "strained ties between the two allies": relations of two parties the text calls allies are their alliance, which
        // Parties.AlliedPairReader reads from the description.
        if (trigger.Prep == "between" && objects.Count > 0 && allied is not null && view.DescribesSeveral(objects[0].Mention)
            && Dependency.RelationNouns.IsCue(cues, view.Word(start)) && Parties.AlliedPairReader.IsLabel(view, view.MentionLast(objects[0].Mention), allied))
        {
            return true;
        }

        if (trigger.Prep == "between" && objects.Count == 1 && view.DescribesSeveral(objects[0].Mention))
        {
            // "cooperation between the two countries": a description that stands for two parties is both; the candidate
            // names it on both sides and the claim is read through its other antecedents (SentenceView.AlsoMeant).
            output.Add(new ClaimCandidate(objects[0].Mention, objects[0].Mention, objects[0].Weight, start, start, null) { Negated = EndedBefore(view, start) ? true : null });
            return true;
        }

        if (trigger.Prep == "between")
        {
            // "a treaty between China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan": the relation holds between every two;
            // "halting most trade between Pakistan and Afghanistan": a verb of ending before the noun negates it.
            int between = output.Count;
            for (int a = 0; a < objects.Count; a++)
            {
                for (int b = a + 1; b < objects.Count; b++)
                {
                    float weight = Math.Min(objects[a].Weight, objects[b].Weight);
                    output.Add(new ClaimCandidate(objects[a].Mention, objects[b].Mention, weight, start, start, null));
                    // "clashes between X and Y": a one-way predicate read between two parties holds each way.
                    if (!trigger.Predicate.Symmetric)
                    {
                        output.Add(new ClaimCandidate(objects[b].Mention, objects[a].Mention, weight, start, start, null));
                    }
                }
            }

            if (EndedBefore(view, start))
            {
                Negate(output, between);
            }

            return true;
        }

        return false;
    }

    private const int MaxStateBridges = 3;

    /// <summary>
    /// True when, after the last of <paramref name="objects"/>, auxiliaries and adverbs (claim_cues <c>bridges</c>, words in
    /// -ly) lead to a hostile word of claim_cues <c>relation_negative</c> ("… remain badly strained", "… have been strained").
    /// </summary>
    private bool StrainedAfter(SentenceView view, List<Argument> objects)
    {
        int i = view.First;
        foreach (Argument found in objects)
        {
            i = Math.Max(i, view.AfterMention(found.Mention));
        }

        for (int n = 0; n < MaxStateBridges && i < view.End && !Dependency.RelationNouns.IsAny(view, i, cues.RelationNegative)
            && (cues.Bridges.StartsAt(view, i) || view.Is(i, "been") || NounWords.IsAdverb(view, i)); n++)
        {
            i++;
        }

        return Dependency.RelationNouns.IsAny(view, i, cues.RelationNegative);
    }

    /// <summary>
    /// True when a verb of ending (claim_cues <c>endings</c>) stands right before the noun at <paramref name="noun"/>, or
    /// before a share word of claim_cues <c>share_words</c> there ("halting most trade between").
    /// </summary>
    private bool EndedBefore(SentenceView view, int noun)
    {
        int i = cues.ShareWords.LongestAt(view, noun - 1) == 1 ? noun - 2 : noun - 1;
        return i >= view.First && cues.Endings.LongestAt(view, i) == 1;
    }

    private static void Negate(List<ClaimCandidate> output, int first) => NounReader.Negate(output, first);
}
