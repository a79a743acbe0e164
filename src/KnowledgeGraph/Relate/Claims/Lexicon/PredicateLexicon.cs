namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>The loaded predicate lexicon: predicates by name, the compiled trigger index and the cue lists.</summary>
internal sealed class PredicateLexicon
{
    private readonly Dictionary<string, PredicateDefinition> byName;
    private readonly Lazy<TitleIndex> titles;

    public PredicateLexicon(IReadOnlyList<PredicateDefinition> predicates, ClaimCues cues, string fingerprint)
    {
        Predicates = predicates;
        Cues = cues;
        Fingerprint = fingerprint;
        byName = predicates.ToDictionary(p => p.Name, StringComparer.Ordinal);
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

    public PredicateDefinition? Find(string name) => byName.GetValueOrDefault(name);
}
