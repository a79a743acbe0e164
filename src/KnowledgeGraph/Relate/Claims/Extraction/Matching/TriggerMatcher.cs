using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Matching;

/// <summary>
/// Matches the triggers at a token of the sentence of a <see cref="SentenceView"/> (longest first, falling back to
/// shorter triggers when a longer one yields nothing, with a gap between the words of some, <see cref="TriggerGapMatcher"/>)
/// and hands each to the reader of its kind; keeps the candidates they find with the trigger of each.
/// </summary>
internal sealed class TriggerMatcher
{
    private readonly PredicateLexicon lexicon;
    private readonly SentenceView view;
    private readonly TriggerGapMatcher gaps;
    private readonly VerbReader verbs;
    private readonly NounReader nouns;
    private readonly TitleReader titles;
    private readonly AccusationReader accusations;
    private readonly ClauseObjectReader clauseObjects;
    private readonly DebtReader debts;
    private readonly List<ClaimCandidate> candidates = [];
    /// <summary>The trigger of each entry of <see cref="candidates"/>, index for index.</summary>
    private readonly List<Trigger> current = [];

    public TriggerMatcher(PredicateLexicon lexicon, SentenceView view, SubjectFinder subjects, ObjectFinder objects)
    {
        this.lexicon = lexicon;
        this.view = view;
        gaps = new TriggerGapMatcher(lexicon, view);
        verbs = new VerbReader(subjects, objects, lexicon.Triggers, lexicon.Cues);
        nouns = new NounReader(lexicon.Cues, subjects, objects, lexicon.Find("ALLIED_WITH"));
        titles = new TitleReader(lexicon.Cues);
        accusations = new AccusationReader(lexicon.Cues, subjects);
        clauseObjects = new ClauseObjectReader(lexicon.Cues, subjects);
        debts = new DebtReader(lexicon.Cues, subjects, objects);
    }

    /// <summary>The candidates of the last <see cref="MatchAt"/>.</summary>
    public IReadOnlyList<ClaimCandidate> Candidates => candidates;

    /// <summary>The trigger of each entry of <see cref="Candidates"/>, index for index.</summary>
    public IReadOnlyList<Trigger> Triggers => current;

    /// <summary>Moves on to another document: <paramref name="mainState"/> is the state it names most, if one does (the titles read it).</summary>
    public void Begin(Entity? mainState) => titles.Begin(mainState);

    /// <summary>Runs the readers of the longest triggers matching at <paramref name="i"/>; shorter ones only if those found nothing.</summary>
    public int MatchAt(int i, List<(string[] Words, Trigger Value)> list)
    {
        candidates.Clear();
        int length = int.MaxValue;
        current.Clear();
        foreach (var (words, trigger) in list)
        {
            if (words.Length < length && candidates.Count > 0)
            {
                break;
            }

            int end = lexicon.Triggers.Matches(view, i, words) ? i + words.Length : gaps.End(i, words, trigger);
            if (end < 0)
            {
                continue;
            }

            length = end - i;
            int before = candidates.Count;
            Dispatch(trigger, i, end);
            for (int k = before; k < candidates.Count; k++)
            {
                current.Add(trigger);
            }
        }

        return candidates.Count > 0 ? length : 0;
    }

    private void Dispatch(Trigger trigger, int start, int end)
    {
        switch (trigger.Kind)
        {
            case TriggerKind.Verb when ClauseObjectReader.EndsWithThat(view, start, end):
                clauseObjects.Read(view, trigger, start, end, candidates);
                break;
            case TriggerKind.Verb:
                int before = candidates.Count;
                verbs.Read(view, trigger, start, end, candidates);
                AccusationReader.DropRebuttedOwners(view, lexicon, start, candidates, before);
                RequestFilter.DropAskedActs(view, lexicon.Cues, candidates, before);
                BlameReader.DropBlamedActs(view, lexicon.Cues, start, end, candidates, before);
                break;
            case TriggerKind.Noun:
                int read = candidates.Count;
                nouns.Read(view, trigger, start, end, candidates);
                // "Pakistan's border clashes with Afghanistan": fighting both sides do holds each way ("between" reads both already).
                if (trigger.Prep != "between" && !trigger.Predicate.Symmetric && lexicon.Cues.MutualNouns.StartsAt(view, start))
                {
                    for (int k = read, count = candidates.Count; k < count; k++)
                    {
                        candidates.Add(candidates[k] with { Subject = candidates[k].Object, Object = candidates[k].Subject });
                    }
                }

                break;
            case TriggerKind.Request:
                int from = candidates.Count;
                verbs.Read(view, trigger, start, end, candidates);
                RequestFilter.KeepInfinitives(view, lexicon.Cues, candidates, from, start);
                break;
            case TriggerKind.Accusation:
                accusations.Read(view, trigger, start, candidates);
                break;
            case TriggerKind.Debt:
                debts.Read(view, start, end, candidates);
                break;
            case TriggerKind.Modifier:
            case TriggerKind.ModifierReversed:
                ModifierReader.Read(view, trigger, start, candidates);
                break;
            default:
                titles.Read(view, start, end, candidates);
                break;
        }
    }
}
