using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A person who does something alongside another person meets them: a word of claim_cues <c>side_by_side</c>, the persons
/// named right after it (a title and its body may come first: "alongside China's ambassador, Zhao Xing"), and the person
/// who is the subject of the nearest verb before it in its clause → that person MEETS each of them ("Abdul Ghani Baradar
/// inaugurated the work at a ceremony in Logar province, southeast of Kabul, alongside China's ambassador, Zhao Xing",
/// "Ilkhom Makhkamov, who opened the facility alongside Afghanistan's acting commerce minister, Nooruddin Azizi"). Both
/// sides must be persons: "fought alongside the Taliban" and "worked alongside Kyrgyz officers" name no one met. One
/// instance per reader; not thread-safe.
/// </summary>
internal sealed class SideBySideReader
{
    /// <summary>How far before the cue word the verb of its clause may stand.</summary>
    private const int MaxWalk = 20;
    private static readonly string[] NoPreps = [];
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];

    public SideBySideReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>The words that set one person beside another: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => lexicon.Cues.SideBySide.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("MEETS") is not { } meets)
        {
            return;
        }

        for (int cue = view.First + 1; cue < view.End - 1; cue++)
        {
            if (view.MentionIndexAt(cue) >= 0 || lexicon.Cues.SideBySide.LongestAt(view, cue) is not (> 0 and var length))
            {
                continue;
            }

            objectFinder.Find(view, cue + length, NoPreps, direct: true, objects);
            if (!AnyPerson(view, objects) || ClauseSubject(view, cue, out int bridge) is not (>= 0 and var verb))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, cue, TriggerKind.Verb, meets);
            foreach (Argument subject in subjects)
            {
                Entity doer = view.Mention(subject.Mention).Entity;
                if (doer.Type != EntityType.Person)
                {
                    continue;
                }

                foreach (Argument other in objects)
                {
                    Entity met = view.Mention(other.Mention).Entity;
                    if (met.Type == EntityType.Person && met.Id != doer.Id)
                    {
                        output.Add((new ClaimCandidate(subject.Mention, other.Mention, 0.8f * Math.Min(subject.Weight, other.Weight), bridge, verb, null), trigger, cue));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The nearest word before <paramref name="cue"/>, within <see cref="MaxWalk"/> tokens and not past a clause break,
    /// whose subject (left in <see cref="subjects"/>) is a person; -1 when there is none. <paramref name="bridge"/> receives
    /// the first token after the subject.
    /// </summary>
    private int ClauseSubject(SentenceView view, int cue, out int bridge)
    {
        bridge = cue;
        for (int k = cue - 1; k > view.First && k >= cue - MaxWalk; k--)
        {
            if (GrammarWords.ClauseBreaks.StartsAt(view, k))
            {
                return -1;
            }

            if (view.MentionIndexAt(k) >= 0 || !VerbShapes.IsLowerWord(view, k))
            {
                continue;
            }

            subjectFinder.Find(view, k, subjects, out bridge);
            if (AnyPerson(view, subjects))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool AnyPerson(SentenceView view, List<Argument> found)
    {
        foreach (Argument argument in found)
        {
            if (view.Mention(argument.Mention).Entity.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }
}
