using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// The purpose of a visit: a traveller of the sentence's own VISITS claim, then after the place a purpose phrase that
/// names a predicate done in person (<c>in_person</c> in the lexicon): "for" and its noun ("Amir Khan Muttaqi travelled
/// to Beijing for talks with Wang Yi" → NEGOTIATES_WITH Wang Yi) or "to" and its verb ("Wang Yi flew to Islamabad to
/// meet Pakistani leaders" → MEETS Pakistan). The traveller is the subject; the object is read after the trigger as a
/// verb's object is. The phrase must follow the place within a few words ("last week", "on Monday"), so a purpose of
/// another clause is not taken. A negated visit gives nothing. One instance per reader; not thread-safe.
/// </summary>
internal sealed class PurposeReader
{
    /// <summary>Words allowed between the place and the purpose phrase.</summary>
    private const int MaxGap = 4;
    private const int MaxFillers = 3;
    private readonly ClaimCues cues;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> objects = [];

    public PurposeReader(PredicateLexicon lexicon, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        this.objectFinder = objectFinder;
    }

    /// <summary>Adds a candidate for each purpose phrase after a place of the sentence's VISITS claims (from <paramref name="first"/> of <paramref name="claims"/>).</summary>
    public void Read(SentenceView view, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (claim.Negated || claim.Predicate != "VISITS" || view.MentionOf(claim.Subject) is not (>= 0 and var traveller)
                || view.MentionOf(claim.Object, traveller + 1) is not (>= 0 and var place))
            {
                continue;
            }

            int end = view.AfterMention(place);
            for (int j = end; j < view.End && j <= end + MaxGap; j++)
            {
                if (view.MentionIndexAt(j) >= 0 || GrammarWords.ClauseStops.StartsAt(view, j) || (view.IsPunctuation(j) && !view.Is(j, "-")))
                {
                    break;
                }

                if ((view.Is(j, "for") || view.Is(j, "to")) && Purpose(view, j) is var (trigger, at) && trigger is not null)
                {
                    bool direct = trigger.Kind == TriggerKind.Noun || trigger.Predicate.Direct;
                    objectFinder.Find(view, at + trigger.Length, trigger.Predicate.Preps, direct, objects);
                    foreach (Argument o in objects)
                    {
                        output.Add((new ClaimCandidate(traveller, o.Mention, 0.8f * o.Weight, j, at + trigger.Length, null), trigger, at));
                    }

                    break;
                }
            }
        }
    }

    /// <summary>True when a lower-case word, a hyphen and another word stand glued together at <paramref name="i"/> ("three-way").</summary>
    private static bool Glued(SentenceView view, int i) =>
        i + 2 < view.End && view.Is(i + 1, "-") && view.MentionIndexAt(i) < 0 && view.MentionIndexAt(i + 2) < 0
        && view.Token(i).End == view.Token(i + 1).Start && view.Token(i + 1).End == view.Token(i + 2).Start
        && view.Token(i).Kind is TokenKind.Word or TokenKind.Number && view.Token(i + 2).Kind == TokenKind.Word;

    /// <summary>The in-person trigger of a purpose phrase at <paramref name="opener"/> ("for" and a noun, "to" and a verb), and where it starts.</summary>
    private (Trigger? Trigger, int At) Purpose(SentenceView view, int opener)
    {
        bool noun = view.Is(opener, "for");
        int at = opener + 1;
        for (int n = 0; noun && n < MaxFillers && at < view.End && view.MentionIndexAt(at) < 0 && view.TriggersAt(at) is null; n++)
        {
            // "for three-way talks with": a compound glued by a hyphen qualifies the noun like a filler.
            if (Glued(view, at))
            {
                at += 3;
            }
            else if (cues.Fillers.StartsAt(view, at))
            {
                at++;
            }
            else
            {
                break;
            }
        }

        if (view.TriggersAt(at) is not { } list)
        {
            return (null, at);
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Predicate.InPerson && trigger.Kind == (noun ? TriggerKind.Noun : TriggerKind.Verb) && view.WordsMatch(at, words))
            {
                return (trigger, at);
            }
        }

        return (null, at);
    }
}
