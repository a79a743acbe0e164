using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Unnamed sites struck in a named place: a verb of ATTACKS, up to four words ending in a noun of claim_cues
/// <c>struck_sites</c>, then "in" and the place → the verb's subject ATTACKS the place ("Pakistani jets struck targets in
/// Kabul", "shelled homes in Spin Boldak", "could again strike militant hideouts in Afghanistan"). A possessive place
/// names the country the sites lie in ("struck suspected TTP hideouts in Afghanistan's Khost and Paktika provinces" →
/// Afghanistan), and "the Afghan provinces of Khost and Paktika" the places after "of". Sites a state owns ("attacked
/// Pakistani border posts in …") are that state's, whose reading names it, so a demonym, country or place among the words
/// gives nothing here. Driven by "in" before a name, so a sentence without a site noun costs nothing. One instance per
/// reader; not thread-safe.
/// </summary>
internal sealed class StruckSiteReader
{
    private const int MaxWords = 4;
    /// <summary>Links of part_of followed up from a unit to its state ("Special Security Division" → army → Pakistan).</summary>
    private const int MaxHops = 3;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? attacks;
    private readonly SubjectFinder subjectFinder;
    private readonly Func<string, Entity?>? entities;

    /// <summary><paramref name="entities"/> (optional) finds a curated entity by id, for the state a unit or place belongs to.</summary>
    public StruckSiteReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, Func<string, Entity?>? entities)
    {
        cues = lexicon.Cues;
        attacks = lexicon.Find("ATTACKS");
        this.subjectFinder = subjectFinder;
        this.entities = entities;
    }

    /// <summary>The nouns of struck sites: every claim this reader finds has one before "in", so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => cues.StruckSites.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (attacks is null || !view.MayHave("in"))
        {
            return;
        }

        for (int first = 0; first < view.MentionCount; first++)
        {
            int open = view.MentionFirst(first);
            int prep = view.Is(open - 1, "the") ? open - 2 : open - 1;
            if (!view.Is(prep, "in") || !cues.StruckSites.StartsAt(view, prep - 1) || cues.StruckSites.LongestAt(view, prep - 1) != 1
                || Verb(view, prep - 1) is not var (verb, trigger))
            {
                continue;
            }

            foreach (int target in Places(view, first))
            {
                // "Pakistani forces had fired first and shelled homes in Spin Boldak": a past form shares the subject of the
                // verb it is conjoined with.
                int before = output.Count;
                if (trigger.Kind == TriggerKind.Noun)
                {
                    AddStriker(view, verb, target, trigger, output);
                }
                else if (Accused(view, verb) is >= 0 and var accused && accused != target)
                {
                    output.Add((new ClaimCandidate(accused, target, 0.8f, view.MentionFirst(accused), verb, null) { Alleged = true }, trigger, verb));
                }
                else
                {
                    subjectFinder.AddAgainst(view, verb, target, trigger, output, allowConjoined: VerbShapes.IsPast(view, verb));
                }

                string? state = State(view.Mention(target).Entity);
                for (int k = output.Count - 1; k >= before && state is not null; k--)
                {
                    // "troops … had raided a hideout in Lakki Marwat district": a raid inside the raider's own state is
                    // on the sites, not on the place.
                    if (State(view.Mention(output[k].Candidate.Subject).Entity) == state)
                    {
                        output.RemoveAt(k);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The places the phrase opened by mention <paramref name="first"/> names: a possessive country alone; a demonym before a
    /// noun or two and "of" gives the names after "of"; else the place and those coordinated after it.
    /// </summary>
    private List<int> Places(SentenceView view, int first)
    {
        List<int> places = [];
        Mention mention = view.Mention(first);
        if (mention.Entity.Type is not (EntityType.Place or EntityType.Country))
        {
            return places;
        }

        if (view.IsPossessive(first))
        {
            if (mention.Kind != MentionKind.Demonym)
            {
                places.Add(first);
            }

            return places;
        }

        int m = first;
        if (mention.Kind == MentionKind.Demonym)
        {
            // "the Afghan provinces of Khost and Paktika", "the Afghan border town of Spin Boldak": one or two nouns, "of".
            int of = view.AfterMention(first) + 1;
            of += view.Is(of, "of") ? 0 : 1;
            if (!view.Is(of, "of") || !VerbShapes.IsLowerWord(view, of - 1) || !VerbShapes.IsLowerWord(view, view.AfterMention(first))
                || view.MentionIndexAt(of + 1) is not (>= 0 and var named))
            {
                return places;
            }

            m = named;
        }

        while (m >= 0 && view.Mention(m).Entity.Type is EntityType.Place or EntityType.Country && view.Mention(m).Kind != MentionKind.Demonym
            && !view.IsPossessive(m))
        {
            places.Add(m);
            int next = view.AfterMention(m);
            next += view.Is(next, ",") ? 1 : 0;
            next += view.Is(next, "and") ? 1 : 0;
            m = next > view.AfterMention(m) ? view.MentionIndexAt(next) : -1;
        }

        return places;
    }

    /// <summary>
    /// The verb trigger of ATTACKS that ends right before the words ending at the site noun <paramref name="site"/>:
    /// lower-case words and names of groups or organisations ("suspected TTP hideouts"), no punctuation; null when none.
    /// </summary>
    private (int Verb, Trigger Trigger)? Verb(SentenceView view, int site)
    {
        for (int start = site; start >= view.First && site - start < MaxWords; start--)
        {
            if (start < site && !PhraseWord(view, start))
            {
                return null;
            }

            // The longest trigger first: "air strikes on", not its "strikes on".
            for (int k = Math.Max(view.First, start - 3); k < start; k++)
            {
                foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(k)))
                {
                    if ((trigger.Kind == TriggerKind.Verb || StrikeOn(trigger, words)) && trigger.Predicate == attacks && k + words.Length == start
                        && view.WordsMatch(k, words))
                    {
                        return (k, trigger);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The party that strikes for the noun at <paramref name="noun"/>: a demonym or possessive right before it ("Pakistani air
    /// strikes on"), else the subject of a verb of claim_cues <c>attack_agents</c> right before it, an article between
    /// ("Pakistan has carried out air strikes on").
    /// </summary>
    private void AddStriker(SentenceView view, int noun, int target, Trigger trigger, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.MentionIndexAt(noun - 1) is >= 0 and var m && m != target && (view.Mention(m).Kind == MentionKind.Demonym || view.IsPossessive(m)))
        {
            output.Add((new ClaimCandidate(m, target, 0.8f, view.MentionFirst(m), noun, null), trigger, noun));
            return;
        }

        int end = GrammarWords.Articles.StartsAt(view, noun - 1) ? noun - 1 : noun;
        for (int agent = end - 1; agent >= view.First && agent >= end - 2; agent--)
        {
            if (cues.AttackAgents.LongestAt(view, agent) == end - agent)
            {
                subjectFinder.AddAgainst(view, agent, target, trigger, output);
                return;
            }
        }
    }

    /// <summary>
    /// The party accused of the act in -ing at <paramref name="verb"/>: a verb of claim_cues <c>accusing</c>, the party (no
    /// possessive or demonym), "of" or "for" ("accused Islamabad of shelling homes in Afghanistan's Paktia province"); -1
    /// when none. The act is only alleged.
    /// </summary>
    private int Accused(SentenceView view, int verb)
    {
        if (!view.Is(verb - 1, "of") && !view.Is(verb - 1, "for") || !VerbShapes.IsIngWord(view, verb)
            || view.MentionIndexAt(verb - 2) is not (>= 0 and var m) || view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym)
        {
            return -1;
        }

        int before = view.BeforeMention(m);
        return cues.Accusing.LongestAt(view, before) == 1 ? m : -1;
    }

    /// <summary>
    /// A noun trigger whose preposition opens the struck sites ("air strikes on suspected TTP hideouts in Afghanistan's Khost
    /// province", "raids on militant camps in Kunar"): the party that strikes is its possessor, demonym or light verb's subject.
    /// </summary>
    private static bool StrikeOn(Trigger trigger, string[] words) =>
        trigger.Kind == TriggerKind.Noun && words.Length > 1 && words[^1] is "on" or "against";

    /// <summary>The country an entity is or belongs to through its part_of or capital_of links; null when none is known.</summary>
    private string? State(Entity entity)
    {
        Entity? current = entity;
        for (int hop = 0; hop <= MaxHops && current is not null; hop++)
        {
            if (current.Type == EntityType.Country)
            {
                return current.Id;
            }

            string? parent = null;
            foreach (EntityLink link in current.Links)
            {
                if (link.Rel is "part_of" or "capital_of")
                {
                    parent = link.To;
                    break;
                }
            }

            current = parent is null ? null : entities?.Invoke(parent);
        }

        return null;
    }

    /// <summary>A modifier of the site noun: a lower-case word, or a name of a group or organisation that is no possessive.</summary>
    private static bool PhraseWord(SentenceView view, int i)
    {
        int m = view.MentionIndexAt(i);
        if (m < 0)
        {
            return VerbShapes.IsLowerWord(view, i);
        }

        Mention mention = view.Mention(m);
        return mention.Kind != MentionKind.Demonym && !view.IsPossessive(m) && mention.Entity.Type is EntityType.Organisation or EntityType.Group;
    }
}
