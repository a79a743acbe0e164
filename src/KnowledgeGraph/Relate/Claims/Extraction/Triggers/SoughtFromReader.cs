using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Building;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// What a party wants from another: a verb of claim_cues <c>expecting</c> or <c>seeking_verbs</c>, what is wanted (a few
/// words, numbers or a quotation, no name, verb or preposition among them), "from" and a party (names coordinated with it;
/// a demonym or possessive with an actor noun, claim_cues <c>actors</c>: "the Afghan authorities") → the verb's subject
/// DEMANDS_FROM the party ("Pakistan expected \"verifiable action\" from the Afghan authorities", "Tehran wanted
/// guarantees from Kabul", "the three governments would seek loans from the Islamic Development Bank"). A project, event
/// or place other than a capital gives nothing asked ("expects revenue from the pipeline"). A verb of <c>seeking_verbs</c>
/// before a demonym's or a named possessor's means (claim_cues <c>sought_means</c>: money, investment, loans, help), a few
/// lower-case words or "of" between, asks them of that party: the verb's subject DEMANDS_FROM it ("Syria, which is seeking
/// Chinese investment", "Tehran has lobbied for Chinese money", "to seek a further extension of the Chinese deposits").
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class SoughtFromReader
{
    /// <summary>Most tokens between the verb and "from" (a quotation's marks count).</summary>
    private const int MaxWanted = 7;
    /// <summary>Most words between a verb of seeking and the owner of the means it seeks ("a further extension of the").</summary>
    private const int MaxOwnerReach = 5;

    private readonly ClaimCues cues;
    private readonly PredicateDefinition? demands;
    private readonly SubjectFinder subjectFinder;
    private readonly List<int> parties = [];

    public SoughtFromReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        demands = lexicon.Find("DEMANDS_FROM");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The verbs of expecting and seeking: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => cues.Expecting.FirstWords.Concat(cues.SeekingVerbs.FirstWords);

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (demands is null)
        {
            return;
        }

        for (int verb = view.First; verb + 3 < view.End; verb++)
        {
            int length = Math.Max(cues.Expecting.LongestAt(view, verb), cues.SeekingVerbs.LongestAt(view, verb));
            if (length == 0 || view.MentionIndexAt(verb) >= 0)
            {
                continue;
            }

            if (From(view, verb + length) is not (>= 0 and var from))
            {
                if (cues.SeekingVerbs.LongestAt(view, verb) == length && MeansOwner(view, verb + length) is >= 0 and var owner)
                {
                    subjectFinder.AddAgainst(view, verb, owner, Trigger.OfWord(view, verb, TriggerKind.Verb, demands), output, allowConjoined: true);
                }

                continue;
            }

            int j = from + 1;
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
    /// The "from" that ends what is wanted, the words from <paramref name="start"/>: at least one, at most
    /// <see cref="MaxWanted"/> lower-case words, numbers, sums, "and" or quotation marks, with no name among them; -1 otherwise.
    /// </summary>
    private static int From(SentenceView view, int start)
    {
        int words = 0;
        for (int i = start; i < view.End && i - start <= MaxWanted; i++)
        {
            if (view.Is(i, "from"))
            {
                return words > 0 ? i : -1;
            }

            if (view.Is(i, "\"") || view.Is(i, "-"))
            {
                continue;
            }

            bool word = view.Token(i).Kind is TokenKind.Number or TokenKind.Symbol || VerbShapes.IsLowerWord(view, i);
            if (!word || view.MentionIndexAt(i) >= 0 || GrammarWords.Prepositions.StartsAt(view, i) || GrammarWords.ClauseStops.StartsAt(view, i)
                || GrammarWords.Modals.StartsAt(view, i) || GrammarWords.Relatives.StartsAt(view, i) || view.Is(i, "to") || view.Is(i, "that"))
            {
                return -1;
            }

            words++;
        }

        return -1;
    }

    /// <summary>
    /// The demonym or named possessor right before a noun of claim_cues <c>sought_means</c>, reached from
    /// <paramref name="start"/> past at most <see cref="MaxOwnerReach"/> lower-case words ("a further extension of the"),
    /// none a verb form of a clause (a modal, "to", "that") or a preposition but "of"; -1 when there is none.
    /// </summary>
    private int MeansOwner(SentenceView view, int start)
    {
        for (int i = start; i < view.End && i - start <= MaxOwnerReach; i++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                bool owner = view.Mention(m).Kind == MentionKind.Demonym || view.IsPossessive(m) && !view.IsPossessivePronoun(m);
                return owner && view.MentionFirst(m) == i && cues.SoughtMeans.LongestAt(view, view.AfterMention(m)) > 0 ? m : -1;
            }

            if (!VerbShapes.IsLowerWord(view, i) || view.Is(i, "to") || view.Is(i, "that") || GrammarWords.Modals.StartsAt(view, i)
                || GrammarWords.Relatives.StartsAt(view, i) || GrammarWords.ClauseStops.StartsAt(view, i)
                || GrammarWords.Prepositions.StartsAt(view, i) && !view.Is(i, "of"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The parties named from <paramref name="i"/> into <see cref="parties"/>, coordinated names past "and" and commas
    /// (<see cref="CoordinatedParties"/>, a capital standing for its state); false when one is a place, project or event,
    /// or a demonym or possessive with no actor noun after it.
    /// </summary>
    private bool Parties(SentenceView view, int i) => CoordinatedParties.Read(view, cues, i, parties, capitals: true) >= 0;
}
