using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>The loaded predicate lexicon: predicates by name, the compiled trigger index and the cue lists.</summary>
internal sealed class PredicateLexicon
{
    /// <summary>Frozen: the rules ask for a predicate by name in every sentence, and a frozen table answers fastest.</summary>
    private readonly FrozenDictionary<string, PredicateDefinition> byName;
    /// <summary>
    /// The same predicates keyed by the interned name, compared by reference: the rules ask by string literals, which are
    /// interned, so most asks find their predicate without hashing the name's characters; any other string falls back
    /// to <see cref="byName"/>.
    /// </summary>
    private readonly FrozenDictionary<object, PredicateDefinition> byInternedName;
    private readonly Lazy<TitleIndex> titles;
    private readonly ConcurrentDictionary<string, bool> headTitles = new(StringComparer.OrdinalIgnoreCase);

    public PredicateLexicon(IReadOnlyList<PredicateDefinition> predicates, ClaimCues cues, string fingerprint)
    {
        Predicates = predicates;
        Cues = cues;
        Fingerprint = fingerprint;
        byName = predicates.ToDictionary(p => p.Name, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
        byInternedName = byName.ToFrozenDictionary(e => (object)string.Intern(e.Key), e => e.Value, ReferenceEqualityComparer.Instance);
        Triggers = TriggerIndex.Build(predicates);
        titles = new Lazy<TitleIndex>(() => new TitleIndex(Triggers));
    }

    public IReadOnlyList<PredicateDefinition> Predicates { get; }

    public ClaimCues Cues { get; }

    /// <summary>Every trigger phrase, keyed by first word.</summary>
    public PhraseIndex<Trigger> Triggers { get; }

    /// <summary>The title triggers keyed by their last word, built on first use.</summary>
    public TitleIndex Titles => titles.Value;

    /// <summary>Content hash of the lexicon file, for the pipeline fingerprint.</summary>
    public string Fingerprint { get; }

    public PredicateDefinition? Find(string name) =>
        byInternedName.TryGetValue(name, out PredicateDefinition? predicate) ? predicate : byName.GetValueOrDefault(name);

    /// <summary>
    /// True when a role's title (a curated <c>roles:</c> title: "President", "Prime Minister") is a LEADS title of the
    /// lexicon; remembered per title, since readers ask it for every person's every role.
    /// </summary>
    public bool IsHeadTitle(string role) => headTitles.GetOrAdd(role, HeadTitle);

    private bool HeadTitle(string role)
    {
        string[] words = PhraseWords.Split(role);
        if (words.Length == 0 || Triggers.Candidates(words[0]) is not { } list)
        {
            return false;
        }

        foreach (var (candidate, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Title && trigger.Predicate.Name == "LEADS" && candidate.Length == words.Length
                && candidate.AsSpan().SequenceEqual(words, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
