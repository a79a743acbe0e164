using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A topic brought up with a party: a verb of claim_cues <c>topic_raising</c>, its object (the topic, a few words that
/// may name things: "the Qosh Tepa project", "China's J-35 stealth fighter"), perhaps a phrase of manner or time ("by
/// telephone last week"), then "with" and the party → the verb's subject NEGOTIATES_WITH the party ("Wang Yi raised the
/// issue with his Afghan counterpart, Amir Khan Muttaqi"). Not when the object is a level or mood raised (claim_cues
/// <c>raised_levels</c>: "raised tensions with India"), a sum ("raised $2 billion with"), or crosses a clause. One instance per reader; not
/// thread-safe.
/// </summary>
internal sealed class RaisedTopicReader
{
    private const int MaxTopic = 10;
    private static readonly string[] With = ["with"];
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];

    public RaisedTopicReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>The verbs of bringing a topic up: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => lexicon.Cues.TopicRaising.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("NEGOTIATES_WITH") is not { } negotiates)
        {
            return;
        }

        for (int verb = view.First + 1; verb < view.End - 2; verb++)
        {
            if (view.MentionIndexAt(verb) >= 0 || lexicon.Cues.TopicRaising.LongestAt(view, verb) is not (> 0 and var length)
                || GrammarWords.Articles.StartsAt(view, verb - 1) || TopicEnd(view, verb + length) is not (>= 0 and var with))
            {
                continue;
            }

            objectFinder.Find(view, with, With, direct: false, objects);
            if (objects.Count == 0)
            {
                continue;
            }

            subjectFinder.Find(view, verb, subjects, out int bridge);
            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, negotiates);
            foreach (Argument subject in subjects)
            {
                foreach (Argument party in objects)
                {
                    output.Add((new ClaimCandidate(subject.Mention, party.Mention, Math.Min(subject.Weight, party.Weight), bridge, verb, null), trigger, verb));
                }
            }
        }
    }

    /// <summary>
    /// The "with" ending the topic that starts at <paramref name="from"/>: at most <see cref="MaxTopic"/> words, at least one,
    /// no punctuation but a possessive's apostrophe or a hyphen ("the J-35"), no currency sign, clause opener, conjunction
    /// or raised level; -1 when there is none.
    /// </summary>
    private int TopicEnd(SentenceView view, int from)
    {
        for (int i = from; i < view.End && i < from + MaxTopic; i++)
        {
            if (view.Is(i, "with"))
            {
                return i > from ? i : -1;
            }

            if (view.MentionIndexAt(i) >= 0)
            {
                continue;
            }

            if (view.IsPunctuation(i) && !IsApostrophe(view, i) && !view.Is(i, "-") || view.Token(i).Kind == TokenKind.Symbol
                || view.Is(i, "and") || GrammarWords.ClauseStops.StartsAt(view, i) || lexicon.Cues.RaisedLevels.StartsAt(view, i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True for a possessive's apostrophe ("the fighters' movements").</summary>
    private static bool IsApostrophe(SentenceView view, int i) => view.Word(i) is ['\'' or '\u2019', ..];
}
