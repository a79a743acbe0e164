using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Reads a verb trigger. Active "X hosted Y": subject(s) left, object(s) right. Passive "Y was hosted by X" and
/// reduced "Y, backed by X": the agent after "by" is the subject. A passive without an agent asserts no relation
/// between two named parties and yields nothing. Symmetric verbs with coordinated subjects and no object
/// ("China and Pakistan signed …") relate the subjects to each other.
/// </summary>
internal sealed class VerbReader
{
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];

    public VerbReader(SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    public void Read(SentenceView view, Trigger trigger, int start, int end, List<ClaimCandidate> output)
    {
        PredicateDefinition predicate = trigger.Predicate;
        if (view.Is(end, "by"))
        {
            objectFinder.Find(view, end + 1, [], direct: true, objects);
            subjectFinder.Find(view, start, subjects, out int patientEnd, allowComma: true);
            Pair(objects, subjects, patientEnd, start, output);
            return;
        }

        if (IsPassive(view, trigger, start))
        {
            return;
        }

        subjectFinder.Find(view, start, subjects, out int bridge);
        if (subjects.Count == 0)
        {
            return;
        }

        // "work with": a trigger that ends in one of the predicate's prepositions has already passed it.
        bool direct = predicate.Direct || Contains(predicate.Preps, trigger.Words[^1]);
        objectFinder.Find(view, end, predicate.Preps, direct, objects, predicate.PossessorObject);
        if (objects.Count == 0 && predicate.Symmetric && subjects.Count >= 2 && !PrepFollows(view, end, predicate))
        {
            for (int a = subjects.Count - 1; a > 0; a--)
            {
                for (int b = a - 1; b >= 0; b--)
                {
                    float weight = Math.Min(subjects[a].Weight, subjects[b].Weight);
                    output.Add(new ClaimCandidate(subjects[a].Mention, subjects[b].Mention, weight, bridge, start, null));
                }
            }

            return;
        }

        Pair(subjects, objects, bridge, start, output);
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every subject with every object.</summary>
    public static void Pair(List<Argument> from, List<Argument> to, int negationFrom, int negationTo, List<ClaimCandidate> output)
    {
        foreach (Argument s in from)
        {
            foreach (Argument o in to)
            {
                output.Add(new ClaimCandidate(s.Mention, o.Mention, Math.Min(s.Weight, o.Weight), negationFrom, negationTo, null));
            }
        }
    }

    /// <summary>
    /// "ZTE and Huawei signed contracts (…) with the Taliban": an object preposition later in the sentence means the
    /// coordinated subjects acted together towards someone the rules could not reach, not with each other. Looks up to
    /// the end of the clause (a comma, semicolon or colon outside brackets).
    /// </summary>
    private static bool PrepFollows(SentenceView view, int end, PredicateDefinition predicate)
    {
        int depth = 0;
        for (int i = end; i < view.End; i++)
        {
            depth += view.Is(i, "(") ? 1 : view.Is(i, ")") ? -1 : 0;
            if (depth == 0 && (view.Is(i, ",") || view.Is(i, ";") || view.Is(i, ":")))
            {
                return false;
            }

            for (int p = 0; p < predicate.Preps.Count; p++)
            {
                if (view.Is(i, predicate.Preps[p]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"was hosted", "had been signed": a participle after a form of "be". Phrases ending in a preposition ("based in") are adjectival.</summary>
    private static bool IsPassive(SentenceView view, Trigger trigger, int start)
    {
        if (trigger.Words[^1].EndsWith("ing", StringComparison.Ordinal) || GrammarWords.Prepositions.StartsAt(view, start + trigger.Length - 1) && trigger.Length > 1)
        {
            return false;
        }

        int i = start - 1;
        while (i >= view.First && view.Word(i).EndsWith("ly", StringComparison.Ordinal))
        {
            i--;
        }

        return i >= view.First && GrammarWords.BeForms.StartsAt(view, i);
    }
}
