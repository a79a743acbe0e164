using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Work done with a partner: a verb of claim_cues <c>co_building_verbs</c>, its object in a few words with no verb,
/// comma or clause word, then a word of claim_cues <c>joint_work_preps</c> and a party's name, or several coordinated
/// ("Uzbekistan is building the Trans-Afghan Railway with Kabul and Islamabad", "CNPC will build the line together with
/// Turkmengaz", "which runs the reception centre with the IOM") → the verb's subject COOPERATES_WITH each party. What is
/// built need not be a name. Only a country, organisation, group or person named, never a demonym or a possessive
/// ("built with Chinese money", "with Russia's help"), and only a name that ends its phrase ("with Taliban fighters"
/// names fighters); never after a noun of a border ("a fence on its border with Afghanistan").
/// </summary>
internal sealed class JointWorkReader
{
    private const int MaxGap = 8;
    private const int MaxParties = 6;
    private readonly SubjectFinder subjects;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? cooperates;
    private readonly List<Argument> found = [];
    private readonly List<int> parties = [];

    public JointWorkReader(PredicateLexicon lexicon, SubjectFinder subjects)
    {
        this.subjects = subjects;
        cues = lexicon.Cues;
        cooperates = lexicon.Find("COOPERATES_WITH");
    }

    /// <summary>The verbs of building or running: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => cues.CoBuildingVerbs.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (cooperates is null)
        {
            return;
        }

        for (int verb = view.First; verb < view.End; verb++)
        {
            if (cues.CoBuildingVerbs.LongestAt(view, verb) != 1 || view.MentionIndexAt(verb) >= 0
                || JointWordAfter(view, verb + 1) is not (> 0 and var with) || !PartiesAfter(view, with))
            {
                continue;
            }

            found.Clear();
            subjects.Find(view, verb, found, out int bridgeStart);
            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, cooperates);
            foreach (Argument subject in found)
            {
                Entity doer = view.Mention(subject.Mention).Entity;
                if (!IsParty(doer.Type))
                {
                    continue;
                }

                foreach (int party in parties)
                {
                    if (view.Mention(party).Entity.Id != doer.Id)
                    {
                        output.Add((new ClaimCandidate(subject.Mention, party, 0.8f * subject.Weight, bridgeStart, verb, null), trigger, verb));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The first token after the words of claim_cues <c>joint_work_preps</c> within <see cref="MaxGap"/> tokens of
    /// <paramref name="from"/>, past lower-case words, numbers and names (the object: "the 1,000-km line", "an access road
    /// to the site"); 0 when a comma, a clause word, "of", a verb or a noun that takes "with" itself comes first, or when a
    /// preposition follows the verb (no object).
    /// </summary>
    private int JointWordAfter(SentenceView view, int from)
    {
        for (int k = from; k < view.End && k <= from + MaxGap; k++)
        {
            if (cues.JointWorkPreps.LongestAt(view, k) is > 0 and var length)
            {
                // The tagger is asked only once a partner's word is found: tagging every sentence with "run" or "built" cost
                // more than the reader.
                return k > from && NameTakesWith(view, k - 1) || VerbInObject(view, from, k) ? 0 : k + length;
            }

            if (view.MentionIndexAt(k) is >= 0 and var m)
            {
                k = view.MentionLast(m);
                continue;
            }

            // "has developed in parallel with the US": a verb with no object says no work done together.
            if (k == from && GrammarWords.Prepositions.StartsAt(view, k))
            {
                return 0;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-") || GrammarWords.ClauseStops.StartsAt(view, k) || GrammarWords.ClauseBreaks.StartsAt(view, k)
                || view.Is(k, "and") || view.Is(k, "of"))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>True when a word tagged a verb stands in the object, between <paramref name="from"/> (exclusive) and <paramref name="end"/>.</summary>
    private static bool VerbInObject(SentenceView view, int from, int end)
    {
        for (int k = from + 1; k < end; k++)
        {
            if (view.MentionIndexAt(k) < 0 && VerbShapes.TaggedVerbBetween(view, k, k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word at <paramref name="noun"/> and "with" make a noun trigger, which names its own party ("a fence on
    /// its border with Afghanistan", "ties with China").
    /// </summary>
    private static bool NameTakesWith(SentenceView view, int noun)
    {
        if (view.TriggersAt(noun) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Noun && words.Length == 2 && words[1] == "with")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Collects in <see cref="parties"/> the names from <paramref name="at"/> on ("the" may open each), coordinated by
    /// commas and "and", when each is a party's name, not a demonym or a possessive, and the last ends its phrase.
    /// </summary>
    private bool PartiesAfter(SentenceView view, int at)
    {
        parties.Clear();
        int i = at;
        for (int n = 0; n < MaxParties; n++)
        {
            if (view.Is(i, "the"))
            {
                i++;
            }

            if (view.MentionIndexAt(i) is not (>= 0 and var m) || view.MentionFirst(m) != i || view.Mention(m).Kind == MentionKind.Demonym
                || view.IsPossessive(m) || !IsParty(view.Mention(m).Entity.Type))
            {
                return parties.Count > 0;
            }

            int after = view.MentionLast(m) + 1;
            int next = view.Is(after, ",") && view.Is(after + 1, "and") ? after + 2 : view.Is(after, "and") ? after + 1 : -1;
            if (next < 0 || view.MentionIndexAt(view.Is(next, "the") ? next + 1 : next) < 0)
            {
                // "with the IOM and the U.N. refugee agency": a later name that does not end its phrase is left out.
                if (EndsPhrase(view, after))
                {
                    parties.Add(m);
                }

                return parties.Count > 0;
            }

            parties.Add(m);

            i = next;
        }

        return false;
    }

    /// <summary>True when the token after a name closes its phrase: the sentence's end, punctuation, a preposition or a clause word.</summary>
    private static bool EndsPhrase(SentenceView view, int after) =>
        after >= view.End || view.IsPunctuation(after) || GrammarWords.Prepositions.StartsAt(view, after)
        || GrammarWords.ClauseStops.StartsAt(view, after) || GrammarWords.ClauseBreaks.StartsAt(view, after) || view.Is(after, "and")
        || view.IsYear(after) || view.Is(after, "last") || view.Is(after, "this") || view.Is(after, "next");

    private static bool IsParty(EntityType type) => type is EntityType.Country or EntityType.Organisation or EntityType.Group or EntityType.Person;
}
