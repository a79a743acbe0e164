using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Describing someone as something (<see cref="PredicateDefinition.Labels"/>): "X identified Y as the biggest threat",
/// "Bolton characterized China's presence in Africa as predatory". The subject of a describing verb (claim_cues
/// `describing`) states the label's predicate towards the object after the verb (a possessor counts: the presence of
/// China is China) when "as" follows the object and a label word follows "as" within a few words. A passive without
/// the describer ("China is described as a threat") names no stance-taker and yields nothing. One instance per
/// document; not thread-safe.
/// </summary>
internal sealed class LabelReader
{
    private const int MaxToAs = 8;
    private const int MaxToLabel = 8;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly PhraseIndex<Trigger> labels = new();
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];
    private readonly bool any;

    public LabelReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string label in predicate.Labels)
            {
                string[] words = PhraseWords.Split(label);
                labels.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
                any = true;
            }
        }

        labels.Seal();
    }

    /// <summary>Appends (candidate, trigger, describing verb token) for each description the view states with a label word.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!any)
        {
            return;
        }

        for (int i = view.First; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) < 0 && view.Token(i).Kind == Model.TokenKind.Word && cues.Describing.StartsAt(view, i)
                && !GrammarWords.BeForms.StartsAt(view, i - 1))
            {
                ReadAt(view, i, output);
            }
        }
    }

    private void ReadAt(SentenceView view, int verb, List<(ClaimCandidate, Trigger, int)> output)
    {
        objectFinder.Find(view, verb + 1, [], direct: true, objects, possessorObject: true);
        if (objects.Count == 0)
        {
            return;
        }

        int last = objects[0].Mention;
        foreach (Argument o in objects)
        {
            last = Math.Max(last, o.Mention);
        }

        if (LabelAfter(view, view.AfterMention(last)) is not { } trigger)
        {
            return;
        }

        subjectFinder.Find(view, verb, subjects, out int bridge);
        foreach (Argument s in subjects)
        {
            foreach (Argument o in objects)
            {
                output.Add((new ClaimCandidate(s.Mention, o.Mention, 0.85f * Math.Min(s.Weight, o.Weight), bridge, verb, null), trigger, verb));
            }
        }
    }

    /// <summary>The label after "as" ("as the biggest long-term national security threat"), "as" within a few words of the object.</summary>
    private Trigger? LabelAfter(SentenceView view, int from)
    {
        int at = -1;
        for (int j = from; j < view.End && j - from <= MaxToAs; j++)
        {
            if (view.Is(j, "as"))
            {
                at = j;
                break;
            }

            if ((view.IsPunctuation(j) && !view.Is(j, "-")) || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return null;
            }
        }

        for (int j = at + 1; at >= 0 && j < view.End && j - at <= MaxToLabel; j++)
        {
            if (labels.Candidates(view.Word(j)) is { } list)
            {
                foreach (var (words, value) in list)
                {
                    if (view.WordsMatch(j, words))
                    {
                        return value;
                    }
                }
            }

            if ((view.IsPunctuation(j) && !view.Is(j, "-")) || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return null;
            }
        }

        return null;
    }
}
