using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A giver providing a recipient with aid: "Beijing supplied Kabul with humanitarian aid", "Washington provided Kyiv with
/// weapons" → the verb's subject PROVIDES_AID_TO the recipient. The verb is one of claim_cues <c>provision_verbs</c>, the
/// recipient the mention right after it (after "the"), then "with" and, within three lower-case words, one of
/// <c>aid_nouns</c>. One instance per reader; not thread-safe.
/// </summary>
internal sealed class ProvisionReader
{
    private const int MaxModifiers = 3;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? predicate;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> givers = [];

    public ProvisionReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        predicate = lexicon.Find("PROVIDES_AID_TO");
        this.subjectFinder = subjectFinder;
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (predicate is null || cues.ProvisionVerbs.Count == 0)
        {
            return;
        }

        for (int verb = view.First; verb < view.End; verb++)
        {
            int length = view.MentionIndexAt(verb) < 0 ? cues.ProvisionVerbs.LongestAt(view, verb) : 0;
            if (length == 0)
            {
                continue;
            }

            int at = verb + length;
            at += view.Is(at, "the") ? 1 : 0;
            int recipient = view.MentionIndexAt(at);
            if (recipient < 0 || view.MentionFirst(recipient) != at || view.IsPossessive(recipient) || !AidFollows(view, view.MentionLast(recipient) + 1))
            {
                continue;
            }

            subjectFinder.Find(view, verb, givers, out int bridgeStart);
            var trigger = new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, predicate, "with");
            foreach (Argument giver in givers)
            {
                output.Add((new ClaimCandidate(giver.Mention, recipient, 0.85f * giver.Weight, bridgeStart, verb, null), trigger, verb));
            }
        }
    }

    /// <summary>True when "with" stands at <paramref name="with"/> and a noun of aid follows within a few lower-case words.</summary>
    private bool AidFollows(SentenceView view, int with)
    {
        if (!view.Is(with, "with"))
        {
            return false;
        }

        for (int i = with + 1; i < view.End && i <= with + 1 + MaxModifiers && view.MentionIndexAt(i) < 0; i++)
        {
            if (cues.AidNouns.StartsAt(view, i))
            {
                return true;
            }

            if (view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return false;
            }
        }

        return false;
    }
}
