using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Ground taken from a party, or lost to one, states an attack on the holder: "Australian forces captured Nauru from
/// Germany" → Australia ATTACKS Germany; "Jordan lost the West Bank and East Jerusalem to Israel" → Israel ATTACKS Jordan.
/// The verbs are claim_cues <c>taking_verbs</c> (the party after "from" is attacked) and <c>losing_verbs</c> (the party
/// after "to" attacks the verb's subject); the words between the verb and the preposition are the ground: at most
/// <see cref="MaxGround"/> words, no punctuation, no mention but places and states, and for a loss a place, a state or a
/// word of claim_cues <c>territory_nouns</c> among them ("lost the election to Mutharika" is no attack, nor is a loss in a
/// sentence naming one of the <c>contests</c>); after a verb of <c>handover_verbs</c> ("took over") the ground too must name a
/// place, a state or a territory noun, or it is an office handed over. The party is a name (after "the") or a demonym before an actor noun ("from
/// Afghan forces"). A party driven out of a named place is attacked too ("drove ISIL out of Ramadi"; claim_cues
/// <c>expelling_verbs</c>). One instance per reader; not thread-safe.
/// </summary>
internal sealed class TerritoryReader
{
    private const int MaxGround = 6;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly PredicateDefinition? attacks;
    private readonly List<Argument> subjects = [];

    public TerritoryReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        this.subjectFinder = subjectFinder;
        attacks = lexicon.Find("ATTACKS");
    }

    /// <summary>
    /// The first words of the verbs of expelling, taking and losing: every claim this reader finds is read from one, so a
    /// sentence with none of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => [.. cues.ExpellingVerbs.FirstWords, .. cues.TakingVerbs.FirstWords, .. cues.LosingVerbs.FirstWords];

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (attacks is null)
        {
            return;
        }

        // Driven by the party's mention: a sentence has few names right after "from", "to" or "out of" (a cheap test on the
        // token before the mention comes first).
        for (int party = 0; party < view.MentionCount; party++)
        {
            int at = view.MentionFirst(party) - 1;
            at -= view.Is(at, "the") ? 1 : 0;
            if (!IsPrep(view, at) && view.Mention(party).Entity.Type is EntityType.Place or EntityType.Country)
            {
                // "pushed ISIL from eastern Mosul": compass words may stand before the place.
                while (at > view.First && cues.PlaceModifiers.StartsAt(view, at))
                {
                    at--;
                }
            }

            if (!IsPrep(view, at))
            {
                continue;
            }

            if (Expelled(view, party, at) is var (expeller, expelled) && expeller >= 0)
            {
                Add(view, expeller, expelled, taker: true, output);
                continue;
            }

            bool from = view.Is(at, "from");
            if ((!from && !view.Is(at, "to")) || view.MentionFirst(party) - at > 2 || !IsParty(view, party))
            {
                continue;
            }

            int verb = VerbBefore(view, at, from, out int length);
            if (verb < 0 || (!from && !LostGround(view, verb + length, at))
                || from && cues.HandoverVerbs.StartsAt(view, verb) && !Ground(view, verb + length, at))
            {
                // "took over administrative control from the company": a handover of an office, not ground taken.
                continue;
            }

            Add(view, verb, party, from, output);
        }
    }

    /// <summary>The subjects of the verb at <paramref name="verb"/> attack <paramref name="party"/> (<paramref name="taker"/>), or are attacked by it.</summary>
    private void Add(SentenceView view, int verb, int party, bool taker, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        subjectFinder.Find(view, verb, subjects, out int bridge);
        var trigger = new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, attacks!, null);
        foreach (Argument subject in subjects)
        {
            if (view.Mention(subject.Mention).Entity.Id == view.Mention(party).Entity.Id)
            {
                continue;
            }

            var candidate = taker
                ? new ClaimCandidate(subject.Mention, party, 0.85f * subject.Weight, bridge, verb, null)
                : new ClaimCandidate(party, subject.Mention, 0.85f * subject.Weight, bridge, verb, null);
            output.Add((candidate, trigger, verb));
        }
    }

    /// <summary>
    /// "The Iraqi Security Forces drove ISIL out of Ramadi", "Iraqi forces pushed ISIL from eastern Mosul": a verb of
    /// claim_cues <c>expelling_verbs</c>, the party expelled (a name, or a demonym and actor nouns) and "from" or "out of"
    /// (ending at <paramref name="prep"/>) before the place named at <paramref name="place"/>. The verb's token and the
    /// party's mention, or (-1, -1).
    /// </summary>
    private (int Verb, int Party) Expelled(SentenceView view, int place, int prep)
    {
        Mention named = view.Mention(place);
        if (named.Entity.Type is not (EntityType.Place or EntityType.Country) || named.Kind is MentionKind.Demonym or MentionKind.Partial
            || !(view.Is(prep, "from") || (view.Is(prep, "of") && view.Is(prep - 1, "out"))))
        {
            return (-1, -1);
        }

        int end = view.Is(prep, "of") ? prep - 1 : prep;
        // The party's last token, past the actor nouns after a demonym ("Iraqi forces").
        int last = end - 1;
        while (last > view.First && view.MentionIndexAt(last) < 0 && cues.Actors.StartsAt(view, last))
        {
            last--;
        }

        int party = view.MentionIndexAt(last);
        if (party < 0 || view.IsPossessive(party) || !IsParty(view, party) || (view.Mention(party).Kind == MentionKind.Demonym && last == end - 1))
        {
            return (-1, -1);
        }

        int verb = view.MentionFirst(party) - 1;
        verb -= view.Is(verb, "the") ? 1 : 0;
        return verb > view.First && cues.ExpellingVerbs.LongestAt(view, verb) == 1 ? (verb, party) : (-1, -1);
    }

    /// <summary>"from", "to" or the "of" of "out of" at <paramref name="i"/>, inside the sentence past its first token; lengths first, as most tokens are none.</summary>
    private static bool IsPrep(SentenceView view, int i) =>
        i > view.First && view.Token(i).Length is 2 or 4 && (view.Is(i, "from") || view.Is(i, "to") || view.Is(i, "of"));

    /// <summary>The first token of the taking (or losing) verb that the ground before <paramref name="prep"/> follows; -1 when none.</summary>
    private int VerbBefore(SentenceView view, int prep, bool from, out int length)
    {
        length = 0;
        PhraseIndex<string> verbs = from ? cues.TakingVerbs : cues.LosingVerbs;
        for (int j = prep - 1; j > view.First && prep - j <= MaxGround + 1; j--)
        {
            if (view.IsPunctuation(j))
            {
                return -1;
            }

            int m = view.MentionIndexAt(j);
            if (m >= 0)
            {
                if (view.Mention(m).Entity.Type is not (EntityType.Place or EntityType.Country) || view.Mention(m).Kind == MentionKind.Demonym)
                {
                    return -1;
                }

                continue;
            }

            length = verbs.LongestAt(view, j);
            if (length > 0 && j + length < prep)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>True when the words in [<paramref name="from"/>, <paramref name="to"/>) name ground and the sentence no contest.</summary>
    private bool LostGround(SentenceView view, int from, int to) => !cues.Contests.AnyIn(view, view.First, view.End) && Ground(view, from, to);

    /// <summary>True when the words in [<paramref name="from"/>, <paramref name="to"/>) hold a mention (a place or a state) or a territory noun.</summary>
    private bool Ground(SentenceView view, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (view.MentionIndexAt(j) >= 0 || cues.TerritoryNouns.StartsAt(view, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A state, body, group or person named by name (or a demonym before an actor noun: "from Afghan forces").</summary>
    private bool IsParty(SentenceView view, int m)
    {
        Mention mention = view.Mention(m);
        if (view.IsPossessive(m) || mention.Entity.Type is not (EntityType.Country or EntityType.Organisation or EntityType.Group or EntityType.Person))
        {
            return false;
        }

        return mention.Kind != MentionKind.Demonym || cues.Actors.StartsAt(view, view.AfterMention(m));
    }
}
