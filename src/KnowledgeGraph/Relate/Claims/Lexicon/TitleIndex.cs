using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// The lexicon's role titles keyed by their last word (case-insensitive, looked up by span without allocating), each
/// list longest first: "minister" → "foreign minister", "minister". Built once per lexicon
/// (<see cref="PredicateLexicon.Titles"/>) rather than by every per-document reader that asks. Immutable.
/// </summary>
internal sealed class TitleIndex
{
    /// <summary>Most words asked about are no title's, and their length says so (<see cref="WordTable{TValue}"/>).</summary>
    private readonly WordTable<List<Trigger>> byLastWord;

    public TitleIndex(PhraseIndex<Trigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        var lists = new Dictionary<string, List<Trigger>>(StringComparer.OrdinalIgnoreCase);
        foreach (Trigger trigger in triggers.AllValues())
        {
            if (trigger.Kind != TriggerKind.Title)
            {
                continue;
            }

            if (!lists.TryGetValue(trigger.Words[^1], out List<Trigger>? list))
            {
                list = [];
                lists.Add(trigger.Words[^1], list);
            }

            // Sorted after every addition, as the readers did when each built its own copy, so ties keep their order.
            list.Add(trigger);
            list.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        }

        byLastWord = new WordTable<List<Trigger>>(lists);
    }

    /// <summary>True when a lexicon title ends in <paramref name="word"/> (leader, minister, spokesperson).</summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) => byLastWord.Find(word) is not null;

    /// <summary><see cref="IsTitleWord(ReadOnlySpan{char})"/> for token <paramref name="i"/> of the view's paragraph.</summary>
    public bool IsTitleWord(SentenceView view, int i) => byLastWord.Find(view, i) is not null;

    /// <summary>The titles ending in <paramref name="word"/>, longest first; null when none does.</summary>
    public List<Trigger>? EndingIn(ReadOnlySpan<char> word) => byLastWord.Find(word);

    /// <summary><see cref="EndingIn(ReadOnlySpan{char})"/> for token <paramref name="i"/> of the view's paragraph.</summary>
    public List<Trigger>? EndingIn(SentenceView view, int i) => byLastWord.Find(view, i);
}
