using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A state or person bringing parties together (claim_cues <c>convening</c>): "Beijing has reportedly also brought
/// together senior intelligence figures from Afghanistan and Pakistan" → the convener HOSTS each party, and the parties
/// MEET each other. The convener is the verb's subject and must be a country, a person or a government (a body that
/// "brings together" states counts its members: InclusionReader); the parties are the objects after the verb, past actor
/// nouns and "from" or "of". One instance per reader; not thread-safe.
/// </summary>
internal sealed class ConveningReader
{
    private static readonly string[] Preps = ["from", "of"];
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? hosts;
    private readonly PredicateDefinition? meets;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> conveners = [];
    private readonly List<Argument> parties = [];

    public ConveningReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        hosts = lexicon.Find("HOSTS");
        meets = lexicon.Find("MEETS");
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// The first words of the verbs of convening: every claim this reader finds is read from one, so a sentence with none
    /// of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.Convening.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (hosts is null || meets is null || view.MentionCount < 3)
        {
            return;
        }

        // The convener is named before the verb and a party after it.
        int last = view.MentionFirst(view.MentionCount - 1);
        for (int verb = view.MentionLast(0) + 1; verb < last; verb++)
        {
            int length = view.MentionIndexAt(verb) < 0 ? cues.Convening.LongestAt(view, verb) : 0;
            if (length == 0)
            {
                continue;
            }

            objectFinder.Find(view, verb + length, Preps, direct: true, parties);
            if (parties.Count == 0)
            {
                continue;
            }

            subjectFinder.Find(view, verb, conveners, out int bridge);
            string[] words = [view.Word(verb).ToString()];
            var hosting = new Trigger(words, TriggerKind.Verb, hosts, null);
            foreach (Argument convener in conveners)
            {
                if (!IsConvener(view.Mention(convener.Mention)))
                {
                    continue;
                }

                foreach (Argument party in parties)
                {
                    output.Add((new ClaimCandidate(convener.Mention, party.Mention, 0.85f * Math.Min(convener.Weight, party.Weight), bridge, verb, null), hosting, verb));
                }

                var meeting = new Trigger(words, TriggerKind.Verb, meets, null);
                for (int a = 0; a < parties.Count; a++)
                {
                    for (int b = a + 1; b < parties.Count; b++)
                    {
                        output.Add((new ClaimCandidate(parties[a].Mention, parties[b].Mention, 0.8f, bridge, verb, null), meeting, verb));
                    }
                }

                break;
            }

            verb += length - 1;
        }
    }

    /// <summary>A country, a person or a government convenes; an intergovernmental body or format that brings states together counts them.</summary>
    private static bool IsConvener(Mention mention) =>
        mention.Entity.Type is EntityType.Country or EntityType.Person
        || (mention.Entity.Type == EntityType.Organisation && mention.Entity.Subtype == EntitySubtypes.Government);
}
