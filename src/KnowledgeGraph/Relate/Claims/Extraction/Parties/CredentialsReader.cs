using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// An envoy's credentials received: who accepts them hosts the envoy. "Xi Jinping received Bilal Karimi's credentials"
/// → Xi Jinping HOSTS Bilal Karimi (a verb of claim_cues <c>accepting</c> right before the person's possessive, or a
/// possessive pronoun coreference resolved to a person, and a noun of <c>credentials</c>); "Zhao presented his
/// credentials to Akhund" → Akhund HOSTS Zhao (a verb of <c>presenting</c>, a possessive or "the", the noun, then "to"
/// and the receiver, past "the"). The verb's subject is the host or the envoy. One instance per reader; not thread-safe.
/// </summary>
internal sealed class CredentialsReader
{
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? hosts;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> parties = [];

    public CredentialsReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        hosts = lexicon.Find("HOSTS");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// The first words of the credentials nouns: every claim this reader finds is read from one, so a sentence with none
    /// of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.Credentials.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (hosts is null || cues.Credentials.Count == 0)
        {
            return;
        }

        for (int i = view.First + 2; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || cues.Credentials.LongestAt(view, i) is not (> 0 and var noun))
            {
                continue;
            }

            int k = view.Is(i - 1, "'s") || view.Is(i - 1, "'") ? i - 2 : i - 1;
            int owner = view.MentionIndexAt(k) is >= 0 and var m && view.MentionLast(m) == k && (view.IsPossessive(m) || view.IsPossessivePronoun(m)) ? m : -1;
            int verb = owner >= 0 ? view.MentionFirst(owner) - 1 : view.Is(k, "the") || view.IsPossessivePronounWord(k) ? k - 1 : -1;
            if (verb < view.First || view.MentionIndexAt(verb) >= 0)
            {
                continue;
            }

            if (cues.Accepting.LongestAt(view, verb) == 1 && owner >= 0 && view.Mention(owner).Entity.Type == EntityType.Person)
            {
                Add(view, verb, owner, envoyIsSubject: false, output);
            }
            else if (cues.Presenting.LongestAt(view, verb) == 1 && view.Is(i + noun, "to"))
            {
                int first = view.Is(i + noun + 1, "the") ? i + noun + 2 : i + noun + 1;
                if (view.MentionIndexAt(first) is >= 0 and var receiver && view.MentionFirst(receiver) == first && !view.IsPossessive(receiver))
                {
                    Add(view, verb, receiver, envoyIsSubject: true, output);
                }
            }
        }
    }

    /// <summary>Each subject of <paramref name="verb"/> and <paramref name="other"/>, the host first.</summary>
    private void Add(SentenceView view, int verb, int other, bool envoyIsSubject, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        subjectFinder.Find(view, verb, parties, out int bridgeStart);
        var trigger = new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, hosts!, null);
        foreach (Argument party in parties)
        {
            (int host, int guest) = envoyIsSubject ? (other, party.Mention) : (party.Mention, other);
            output.Add((new ClaimCandidate(host, guest, 0.9f * party.Weight, bridgeStart, verb, null), trigger, verb));
        }
    }
}
