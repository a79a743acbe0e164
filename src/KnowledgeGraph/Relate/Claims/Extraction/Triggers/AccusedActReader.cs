using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The act a party is accused of: a verb of accusing (<c>accusing</c> cues), the accused named right after it, "of" or
/// "for" ("accused … of", "blamed … for") and a verb trigger in its -ing form: "Islamabad has repeatedly
/// accused Kabul of harbouring the TTP" → Afghanistan HARBORS TTP, besides the accusation's own CRITICIZES claim. The act
/// is only alleged, so the claim is hedged (<see cref="Modality.ClaimModality"/> reads the accusation before it). The
/// passive reads the same way: "Pakistan's Inter-Services Intelligence has long been accused of supporting the Afghan
/// Taliban" → ISI SUPPORTS Taliban (hedged by the passive accusation, a `hedges` cue). One instance per reader; not
/// thread-safe.
/// </summary>
internal sealed class AccusedActReader
{
    private readonly ClaimCues cues;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> objects = [];

    public AccusedActReader(ClaimCues cues, ObjectFinder objectFinder)
    {
        this.cues = cues;
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// The first words of the verbs of accusing: every claim this reader finds follows one, before the accused or as a
    /// passive after it (<see cref="PassiveAccusation"/>), so a sentence with none of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.Accusing.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int accused = 0; accused + 1 < view.MentionCount; accused++)
        {
            int before = view.MentionFirst(accused) - 1;
            before -= view.Is(before, "the") ? 1 : 0;
            int verb = cues.Accusing.LongestAt(view, before) == 1 ? before : -1;
            int passive = verb < 0 ? PassiveAccusation(view, view.AfterMention(accused)) : -1;
            if ((verb < 0 && passive < 0) || view.IsPossessive(accused) || view.Mention(accused).Kind == MentionKind.Demonym)
            {
                continue;
            }

            int prep = passive >= 0 ? passive : view.AfterMention(accused);
            if (!view.Is(prep, "of") && !view.Is(prep, "for"))
            {
                continue;
            }

            int act = prep + 1;
            if (!view.Word(act).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || view.TriggersAt(act) is not { } triggers)
            {
                continue;
            }

            foreach (var (words, trigger) in triggers)
            {
                if (trigger.Kind != TriggerKind.Verb || !view.WordsMatch(act, words))
                {
                    continue;
                }

                PredicateDefinition predicate = trigger.Predicate;
                objectFinder.Find(view, act + words.Length, predicate.Preps, predicate.Direct || trigger.TakesDirectObject, objects, predicate.PossessorObject);
                foreach (Argument target in objects)
                {
                    output.Add((new ClaimCandidate(accused, target.Mention, 0.8f * target.Weight, prep, act, null), trigger, act));
                }

                break;
            }
        }
    }

    private const int MaxPassiveWords = 4;

    /// <summary>
    /// The "of" or "for" after a passive verb of accusing that follows the subject over bridges ("has long been accused
    /// of", "was blamed for"); -1 when there is none.
    /// </summary>
    private int PassiveAccusation(SentenceView view, int i)
    {
        for (int n = 0; n < MaxPassiveWords && i < view.End && view.MentionIndexAt(i) < 0; n++, i++)
        {
            if (cues.Accusing.LongestAt(view, i) == 1 && view.Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                return (view.Is(i + 1, "of") || view.Is(i + 1, "for")) && n > 0 ? i + 1 : -1;
            }

            if (!cues.Bridges.StartsAt(view, i) && !view.Is(i, "been"))
            {
                return -1;
            }
        }

        return -1;
    }
}
