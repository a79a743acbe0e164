using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A telephone conversation stated by a verb of addressing and a phrase of talking by telephone after it (claim_cues
/// <c>calling_verbs</c>, <c>phone_means</c>): the verb's subject NEGOTIATES_WITH the party after "with" when one follows
/// the phrase ("Wang Yi urged both governments to show restraint in a phone call with Amir Khan Muttaqi", "Wang has since
/// spoken repeatedly by phone with both ministers"), else with the verb's addressee before it ("Araghchi told his Afghan
/// counterpart Amir Khan Muttaqi in a phone call", "Wang Yi spoke to both men by telephone"). Both parties are persons,
/// states or governments ("told Reuters by telephone" states no talks). One instance per reader; not thread-safe.
/// </summary>
internal sealed class PhoneCallReader
{
    /// <summary>Words looked at back from the phrase for its verb, and past it (adverbs, time words) for "with".</summary>
    private const int MaxBack = 10;
    private const int MaxAfter = 4;
    private static readonly string[] With = ["with"];
    private static readonly string[] To = ["to"];
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];

    public PhoneCallReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>The verbs of addressing: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => lexicon.Cues.CallingVerbs.FirstWords;

    /// <summary>Appends (candidate, trigger, verb token) for each telephone conversation the loaded sentence states.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("NEGOTIATES_WITH") is not { } negotiates)
        {
            return;
        }

        for (int phone = view.First + 1; phone < view.End; phone++)
        {
            if (view.MentionIndexAt(phone) >= 0 || lexicon.Cues.PhoneMeans.LongestAt(view, phone) is not (> 0 and var length)
                || VerbBefore(view, phone) is not (>= 0 and var verb))
            {
                continue;
            }

            int with = WithAfter(view, phone + length);
            if (with >= 0)
            {
                objectFinder.Find(view, with, With, direct: false, objects);
            }
            else
            {
                // The addressee stands between the verb and the phrase ("told his Afghan counterpart Amir Khan Muttaqi").
                objectFinder.Find(view, verb + 1, To, direct: true, objects);
                objects.RemoveAll(o => view.AfterMention(o.Mention) > phone);
            }

            objects.RemoveAll(o => !Diplomatic(view.Mention(o.Mention).Entity));
            if (objects.Count == 0)
            {
                continue;
            }

            subjectFinder.Find(view, verb, subjects, out int bridge);
            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, negotiates);
            foreach (Argument subject in subjects)
            {
                Entity caller = view.Mention(subject.Mention).Entity;
                foreach (Argument party in objects)
                {
                    if (Diplomatic(caller) && caller.Id != view.Mention(party.Mention).Entity.Id)
                    {
                        output.Add((new ClaimCandidate(subject.Mention, party.Mention, 0.85f * Math.Min(subject.Weight, party.Weight), bridge, verb, null), trigger, verb));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The verb of addressing nearest before the phrase at <paramref name="phone"/>, within <see cref="MaxBack"/> words of
    /// one clause (no punctuation but a hyphen or an apostrophe, no clause opener); -1 when none.
    /// </summary>
    private int VerbBefore(SentenceView view, int phone)
    {
        for (int j = phone - 1; j >= view.First && phone - j <= MaxBack; j--)
        {
            if (view.MentionIndexAt(j) is >= 0 and var m)
            {
                j = view.MentionFirst(m);
                continue;
            }

            if (lexicon.Cues.CallingVerbs.LongestAt(view, j) == 1 && VerbShapes.IsLowerWord(view, j))
            {
                return j;
            }

            if (view.IsPunctuation(j) && !view.Is(j, "-") && view.Word(j) is not ['\'' or '\u2019', ..] || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The "with" after the phrase ending at <paramref name="from"/>, past adverbs and bridges of time ("repeatedly", "last week"); -1 when none.</summary>
    private int WithAfter(SentenceView view, int from)
    {
        int i = from;
        for (int n = 0; n < MaxAfter && i < view.End && !view.Is(i, "with") && view.MentionIndexAt(i) < 0; n++)
        {
            int bridge = lexicon.Cues.Bridges.LongestAt(view, i);
            if (bridge == 0 && !NounWords.IsAdverb(view, i))
            {
                return -1;
            }

            i += Math.Max(bridge, 1);
        }

        return view.Is(i, "with") ? i : -1;
    }

    /// <summary>True for a party to talks by telephone: a person, a state or a government.</summary>
    private static bool Diplomatic(Entity entity) =>
        entity.Type is EntityType.Person or EntityType.Country
        || entity.Type == EntityType.Organisation && entity.Subtype is EntitySubtypes.Government or EntitySubtypes.GovernmentBody;
}
