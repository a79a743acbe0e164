using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// The act a party is accused of: a verb of accusing (<c>accusing</c> cues), the accused named right after it, "of" or
/// "for" ("accused … of", "blamed … for") and a verb trigger in its -ing form: "Islamabad has repeatedly
/// accused Kabul of harbouring the TTP" → Afghanistan HARBORS TTP, besides the accusation's own CRITICIZES claim. The act
/// is only alleged, so the claim is hedged (<see cref="Modality.ClaimModality"/> reads the accusation before it). One
/// instance per reader; not thread-safe.
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

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int accused = 0; accused + 1 < view.MentionCount; accused++)
        {
            int before = view.MentionFirst(accused) - 1;
            before -= view.Is(before, "the") ? 1 : 0;
            int verb = cues.Accusing.LongestAt(view, before) == 1 ? before : -1;
            if (verb < 0 || view.IsPossessive(accused) || view.Mention(accused).Kind == MentionKind.Demonym)
            {
                continue;
            }

            int prep = view.AfterMention(accused);
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
}
