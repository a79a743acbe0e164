using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Nominal triggers ("visit to", "meeting with") whose agent stands where <see cref="NounReader"/> does not look:
/// after "by" or "of" ("a visit by Constantino Chiwenga, then the chief of the military, to Beijing", "the visit of US
/// House Speaker Nancy Pelosi to Taiwan"), after the object ("a visit to Kabul by Wang Yi"), or as the subject of
/// the clause a fronted or apposed phrase opens ("During a visit to Kabul, Wang Yi …", "Wang Yi, on a visit to Kabul,
/// said …", "Tillerson said during a visit to Ethiopia", "Imran Khan is on a visit to China"). One instance per reader;
/// not thread-safe.
/// </summary>
internal sealed class NominalAgentReader
{
    private const int MaxFillers = 4;
    private const int MaxApposition = 10;
    private const int MaxTitleWords = 4;
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly FrontedClause fronted;
    private readonly List<Argument> agents = [];
    private readonly List<Argument> objects = [];

    public NominalAgentReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
        fronted = new FrontedClause(objectFinder);
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int i = view.First; i < view.End - 2; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || lexicon.Triggers.Candidates(view.Word(i)) is not { } list)
            {
                continue;
            }

            foreach (var (words, trigger) in list)
            {
                if (trigger.Kind != TriggerKind.Noun || words.Length != 2 || trigger.Prep is null or "between")
                {
                    continue;
                }

                if (view.WordsMatch(i, words))
                {
                    ReadAgentAfterObject(view, trigger, i, output);
                    ReadClauseSubject(view, trigger, i, output);
                }
                else if (view.Is(i + 1, "by") || (view.Is(i + 1, "of") && !HasOfTrigger(list, words[0])))
                {
                    ReadAgentFirst(view, trigger, i, output);
                }
            }
        }
    }

    /// <summary>"a visit by X to Y", "the visit of X to Y", with an apposition after X allowed.</summary>
    private void ReadAgentFirst(SentenceView view, Trigger trigger, int at, List<(ClaimCandidate, Trigger, int)> output)
    {
        objectFinder.Find(view, at + 2, [], direct: true, agents);
        if (agents.Count == 0 || view.MentionFirst(agents[0].Mention) > at + 2 + MaxTitleWords)
        {
            return;
        }

        int j = view.AfterMention(agents[^1].Mention);
        if (view.Is(j, ","))
        {
            j = AfterApposition(view, j);
        }

        if (j < 0 || !view.Is(j, trigger.Prep!))
        {
            return;
        }

        objectFinder.Find(view, j + 1, [], direct: true, objects);
        Add(view, agents, objects, trigger, at, at, output);
    }

    /// <summary>"a visit to Y by X": the agent right after the object.</summary>
    private void ReadAgentAfterObject(SentenceView view, Trigger trigger, int at, List<(ClaimCandidate, Trigger, int)> output)
    {
        objectFinder.Find(view, at + 2, [], direct: true, objects);
        if (objects.Count == 0)
        {
            return;
        }

        int by = view.AfterMention(objects[^1].Mention);
        if (!view.Is(by, "by"))
        {
            return;
        }

        objectFinder.Find(view, by + 1, [], direct: true, agents);
        if (agents.Count > 0 && view.MentionFirst(agents[0].Mention) <= by + 1 + MaxTitleWords)
        {
            Add(view, agents, objects, trigger, at, at, output);
        }
    }

    /// <summary>
    /// "During a visit to Y, X …", "X, on a visit to Y, said", "X said during a visit to Y", "X is on a visit to Y": an
    /// article opens the phrase (a possessor is <see cref="NounReader"/>'s), and the agent is the subject of the clause it
    /// belongs to.
    /// </summary>
    private void ReadClauseSubject(SentenceView view, Trigger trigger, int at, List<(ClaimCandidate, Trigger, int)> output)
    {
        int k = at - 1;
        for (int n = 0; n < MaxFillers && k >= view.First && view.MentionIndexAt(k) < 0 && lexicon.Cues.Fillers.StartsAt(view, k); n++)
        {
            k--;
        }

        if (k == at - 1 || !GrammarWords.Articles.StartsAt(view, k + 1) || view.Is(k + 1, "one") || !GrammarWords.OccasionPreps.StartsAt(view, k))
        {
            return;
        }

        objectFinder.Find(view, at + 2, [], direct: true, objects);
        if (objects.Count == 0)
        {
            return;
        }

        int negationFrom = at;
        if (IsFronted(view, k))
        {
            int comma = FrontedClause.ClosingComma(view, view.AfterMention(objects[^1].Mention));
            int subject = comma >= 0 ? fronted.Subject(view, comma + 1) : -1;
            agents.Clear();
            if (subject >= 0)
            {
                agents.Add(new Argument(subject, 0.9f));
            }
        }
        else if (view.Is(k - 1, ",") && SubjectFinder.EndingAt(view, k - 2) is var head and >= 0 && !view.IsPossessive(head)
            && OpensSentence(view, view.MentionFirst(head)))
        {
            agents.Clear();
            agents.Add(new Argument(head, 0.9f));
        }
        else if (lexicon.Cues.SpeechVerbs.StartsAt(view, k - 1) || GrammarWords.BeForms.StartsAt(view, k - 1) && !view.Is(k - 1, "'s"))
        {
            subjectFinder.Find(view, k - 1, agents, out negationFrom);
        }
        else
        {
            return;
        }

        Add(view, agents, objects, trigger, negationFrom, at, output);
    }

    /// <summary>
    /// True when the occasion's preposition at <paramref name="k"/> opens the sentence, or ends a nameless lead-in
    /// that itself opens with a preposition ("Hours before embarking on a visit to Africa, …", "Before a meeting with …").
    /// </summary>
    private static bool IsFronted(SentenceView view, int k)
    {
        if (k == view.First)
        {
            return true;
        }

        if (k - view.First > MaxTitleWords || !GrammarWords.Prepositions.StartsAt(view, view.First) && !GrammarWords.Prepositions.StartsAt(view, view.First + 1))
        {
            return false;
        }

        for (int j = view.First; j < k; j++)
        {
            if (view.MentionIndexAt(j) >= 0 || view.IsPunctuation(j) || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when only title words ("Chinese Foreign Minister") or "the" stand before token <paramref name="first"/>.</summary>
    private static bool OpensSentence(SentenceView view, int first)
    {
        if (first - view.First > MaxTitleWords)
        {
            return false;
        }

        for (int j = view.First; j < first; j++)
        {
            if (!view.Is(j, "the") && view.MentionIndexAt(j) < 0 && !(view.Token(j).Kind == TokenKind.Word && char.IsUpper(view.Word(j)[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token after an apposition that opens at <paramref name="comma"/> and holds no name; -1 if none closes.</summary>
    private static int AfterApposition(SentenceView view, int comma)
    {
        for (int j = comma + 1; j < view.End && j - comma <= MaxApposition; j++)
        {
            if (view.Is(j, ","))
            {
                return j + 1;
            }

            if (view.MentionIndexAt(j) >= 0 && view.Mention(view.MentionIndexAt(j)).Entity.Type == EntityType.Person)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool HasOfTrigger(List<(string[] Words, Trigger Value)> list, string noun)
    {
        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Noun && words.Length == 2 && words[0] == noun && trigger.Prep == "of")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A description coreference resolved to a name ("the group"): too loose a guess for a rule that already reaches
    /// past the usual places ("the full accession of Iran to the group").
    /// </summary>
    private static bool IsDescription(SentenceView view, Argument argument) =>
        view.Mention(argument.Mention).Kind == MentionKind.Partial && view.Is(view.MentionFirst(argument.Mention), "the");

    private static void Add(SentenceView view, List<Argument> from, List<Argument> to, Trigger trigger, int negationFrom, int at, List<(ClaimCandidate, Trigger, int)> output)
    {
        foreach (Argument s in from)
        {
            foreach (Argument o in to)
            {
                if (IsDescription(view, s) || IsDescription(view, o))
                {
                    continue;
                }

                output.Add((new ClaimCandidate(s.Mention, o.Mention, Math.Min(s.Weight, o.Weight) * 0.9f, negationFrom, at, null), trigger, at));
            }
        }
    }
}
