using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A gift or an invitation opposed: an OPPOSES verb trigger, at most two lower-case words of the gerund's own subject
/// ("any country"), then a gerund of claim_cues <c>giving_verbs</c> or <c>provision_verbs</c> and, a few words on, "to"
/// and the parties it would go to, or a gerund of <c>inviting</c> and the parties invited → the verb's subject OPPOSES
/// those parties ("Washington opposes giving the seat to the Taliban", "China firmly opposes any country providing
/// shelter or legitimacy to ETIM terrorists", "India … opposed inviting them"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class OpposedGiftReader
{
    /// <summary>Most lower-case words of the gerund's own subject between the verb and the gerund.</summary>
    private const int MaxGerundSubject = 2;

    /// <summary>Most tokens of what is given between the gerund and "to" ("shelter or legitimacy").</summary>
    private const int MaxGift = 5;

    private readonly ClaimCues cues;
    private readonly PredicateDefinition? opposes;
    private readonly SubjectFinder subjectFinder;
    private readonly List<int> parties = [];

    public OpposedGiftReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        opposes = lexicon.Find("OPPOSES");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The verbs of giving, providing and inviting: every claim this reader finds is read from a gerund of one, so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => [.. cues.GivingVerbs.FirstWords, .. cues.ProvisionVerbs.FirstWords, .. cues.Inviting.FirstWords];

    /// <summary>Appends to <paramref name="output"/> an OPPOSES claim for each party the loaded sentence's opposed gift or invitation goes to.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (opposes is null)
        {
            return;
        }

        for (int verb = view.First; verb + 2 < view.End; verb++)
        {
            if (OpposingVerb(view, verb) is not (> 0 and var length) || Gerund(view, verb + length) is not (>= 0 and var gerund))
            {
                continue;
            }

            int at = cues.Inviting.LongestAt(view, gerund) == 1 ? gerund + 1 : To(view, gerund + 1);
            if (at < 0)
            {
                continue;
            }

            at += view.Is(at, "the") ? 1 : 0;
            if (CoordinatedParties.Read(view, cues, at, parties, capitals: true) < 0)
            {
                continue;
            }

            Trigger trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, opposes);
            foreach (int party in parties)
            {
                subjectFinder.AddAgainst(view, verb, party, trigger, output, allowConjoined: true);
            }
        }
    }

    /// <summary>The length of the OPPOSES verb trigger at <paramref name="i"/>; 0 when none.</summary>
    private int OpposingVerb(SentenceView view, int i)
    {
        if (view.MentionIndexAt(i) >= 0 || view.TriggersAt(i) is not { } list)
        {
            return 0;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb && trigger.Predicate == opposes && view.WordsMatch(i, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The gerund of giving, providing or inviting at <paramref name="from"/> or past at most <see cref="MaxGerundSubject"/>
    /// lower-case words (no preposition, clause stop or "to" among them); -1 when there is none.
    /// </summary>
    private int Gerund(SentenceView view, int from)
    {
        for (int i = from; i < view.End && i - from <= MaxGerundSubject; i++)
        {
            if (!VerbShapes.IsLowerWord(view, i) || view.MentionIndexAt(i) >= 0)
            {
                return -1;
            }

            if (view.Word(i).EndsWith("ing", StringComparison.Ordinal)
                && (cues.GivingVerbs.LongestAt(view, i) == 1 || cues.ProvisionVerbs.LongestAt(view, i) == 1 || cues.Inviting.LongestAt(view, i) == 1))
            {
                return i;
            }

            if (view.Is(i, "to") || GrammarWords.Prepositions.StartsAt(view, i) || GrammarWords.ClauseStops.StartsAt(view, i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token after the "to" that ends what is given, the words from <paramref name="from"/>: at most
    /// <see cref="MaxGift"/> tokens with no name, punctuation or clause stop but "or" among them; -1 otherwise.
    /// </summary>
    private static int To(SentenceView view, int from)
    {
        for (int i = from; i < view.End && i - from <= MaxGift; i++)
        {
            if (view.Is(i, "to"))
            {
                return i > from ? i + 1 : -1;
            }

            // "shelter or legitimacy": an "or" joins what is given.
            if (view.MentionIndexAt(i) >= 0 || view.IsPunctuation(i) || GrammarWords.ClauseStops.StartsAt(view, i) && !view.Is(i, "or"))
            {
                return -1;
            }
        }

        return -1;
    }
}
