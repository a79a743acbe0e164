using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// What a party hopes another will do, the diplomatic form of a demand: a verb of claim_cues <c>hoping</c>, "that" or a
/// quotation mark at most, a party (names coordinated with it; a demonym or possessive with an actor noun, claim_cues
/// <c>actors</c>: "the Afghan side") and a modal → the verb's subject DEMANDS_FROM the party ("China hoped Pakistan would
/// allow Chinese security firms to operate", "hoped \"the Afghan side will protect …\""). A place or project hoped to do
/// something ("the ministry hopes Waigal will produce …") is asked nothing; a past hope only in reported words. One instance per reader; not thread-safe.
/// </summary>
internal sealed class HopedActReader
{
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? demands;
    private readonly SubjectFinder subjectFinder;
    private readonly List<int> parties = [];

    public HopedActReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        demands = lexicon.Find("DEMANDS_FROM");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The verbs of hoping: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => cues.Hoping.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (demands is null)
        {
            return;
        }

        for (int verb = view.First; verb + 2 < view.End; verb++)
        {
            // A past hope is a demand only as reported words ("Jiang also said China hoped Pakistan would …"); told as a
            // story it is an expectation ("Beijing hoped that the Taliban would form a broad-based government, but …").
            if (cues.Hoping.LongestAt(view, verb) != 1
                || view.Word(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !cues.SpeechVerbs.AnyIn(view, view.First, verb))
            {
                continue;
            }

            int j = verb + 1;
            j += view.Is(j, "that") ? 1 : 0;
            j += view.Is(j, "\"") ? 1 : 0;
            j += view.Is(j, "the") ? 1 : 0;
            if (!Parties(view, j) || parties.Count == 0)
            {
                continue;
            }

            Trigger trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, demands);
            foreach (int party in parties)
            {
                subjectFinder.AddAgainst(view, verb, party, trigger, output, allowConjoined: true);
            }
        }
    }

    /// <summary>
    /// The parties named from <paramref name="i"/> into <see cref="parties"/>, coordinated names past "and" and commas
    /// (<see cref="CoordinatedParties"/>), when a modal and a lower-case word or a quotation follow them; false otherwise.
    /// </summary>
    private bool Parties(SentenceView view, int i) =>
        CoordinatedParties.Read(view, cues, i, parties, capitals: false) is >= 0 and var end
        && GrammarWords.Modals.StartsAt(view, end) && (VerbShapes.IsLowerWord(view, end + 1) || view.Is(end + 1, "\""));
}
