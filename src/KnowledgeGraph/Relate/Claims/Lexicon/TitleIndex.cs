namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// The lexicon's role titles keyed by their last word (case-insensitive, looked up by span without allocating), each
/// list longest first: "minister" → "foreign minister", "minister". Built once per lexicon
/// (<see cref="PredicateLexicon.Titles"/>) rather than by every per-document reader that asks. Immutable.
/// </summary>
internal sealed class TitleIndex
{
    private readonly Dictionary<string, List<Trigger>>.AlternateLookup<ReadOnlySpan<char>> byLastWord;
    /// <summary>Bit n set when a last word has n characters (n below 64): most words asked about are no title's, and their length says so.</summary>
    private readonly ulong lengths;

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

        byLastWord = lists.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in lists.Keys)
        {
            lengths |= word.Length < 64 ? 1UL << word.Length : 0;
        }
    }

    /// <summary>True when a lexicon title ends in <paramref name="word"/> (leader, minister, spokesperson).</summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) => MayEnd(word) && byLastWord.ContainsKey(word);

    /// <summary>The titles ending in <paramref name="word"/>, longest first; null when none does.</summary>
    public List<Trigger>? EndingIn(ReadOnlySpan<char> word) => MayEnd(word) && byLastWord.TryGetValue(word, out List<Trigger>? list) ? list : null;

    /// <summary>False when no last word has the word's length (words equal ignoring case have one length); longer words are looked up.</summary>
    private bool MayEnd(ReadOnlySpan<char> word) => word.Length >= 64 || (lengths & (1UL << word.Length)) != 0;
}
