using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// A compiled trigger: lower-case words as the tokeniser splits them (hyphens are their own word), its kind and
/// predicate. For nouns, <see cref="Prep"/> is the preposition that ends the phrase ("for" in "support for").
/// </summary>
internal sealed record Trigger(string[] Words, TriggerKind Kind, PredicateDefinition Predicate, string? Prep)
{
    public int Length => Words.Length;

    /// <summary>A verb of the predicate's <c>direct_verbs</c>: its object may follow without a preposition.</summary>
    public bool TakesDirectObject { get; init; }

    /// <summary>A verb of the predicate's <c>reciprocal</c> list: it relates coordinated subjects each way and takes no object.</summary>
    public bool Reciprocal { get; init; }

    /// <summary>A verb of the predicate's <c>exits</c> list: the relation it states has ended, so the claim is negated.</summary>
    public bool Exit { get; init; }

    /// <summary>A one-word trigger made of token <paramref name="i"/>, lower-cased, for readers that find their own words.</summary>
    public static Trigger OfWord(SentenceView view, int i, TriggerKind kind, PredicateDefinition predicate, string? prep = null) =>
        new([view.Word(i).ToString().ToLowerInvariant()], kind, predicate, prep);

    /// <summary>
    /// A trigger of the <paramref name="length"/> tokens from <paramref name="i"/>, lower-cased, for readers that find
    /// their own phrase ("joint venture", "agreed to write off").
    /// </summary>
    public static Trigger OfWords(SentenceView view, int i, int length, TriggerKind kind, PredicateDefinition predicate, string? prep = null)
    {
        var words = new string[length];
        for (int k = 0; k < length; k++)
        {
            words[k] = view.Word(i + k).ToString().ToLowerInvariant();
        }

        return new Trigger(words, kind, predicate, prep);
    }

    public override string ToString() => $"{string.Join(' ', Words)} ({Kind} {Predicate.Name})";
}
