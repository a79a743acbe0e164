using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// The pronouns and descriptions of coreference.yaml as look-ups by first word (case-insensitive, no allocation per
/// token): a pronoun is one token; a description is "the" followed by its words, which must be written in lower case
/// ("the group", never "the Group of Twenty"), and is not one when "of" or a name follows it.
/// </summary>
internal sealed class ReferenceWords
{
    private readonly Dictionary<string, CoreferenceRule>.AlternateLookup<ReadOnlySpan<char>> pronouns;
    private readonly int longestPronoun;
    private readonly System.Buffers.SearchValues<char> pronounStarts;
    private readonly Dictionary<string, List<(string[] Words, CoreferenceRule Rule)>>.AlternateLookup<ReadOnlySpan<char>> descriptions;
    /// <summary>Verbs and auxiliaries after a subject (coreference.yaml <c>subject_before</c>, <c>reporting</c>): never a noun a description qualifies.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbsAfter;

    /// <summary>Nouns of a unit inside a country (coreference.yaml <c>local_units</c>): "the authorities in the … provinces of".</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> localUnits;

    /// <summary>Words that open a description of a group as "the" does (coreference.yaml <c>group_openers</c>: "all three countries").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> groupOpeners;

    /// <summary>The least count of a group description (<see cref="CoreferenceRule.Count"/>): "all" opens no description of one or two.</summary>
    private const int GroupCount = 3;

    public ReferenceWords(CoreferenceCues cues)
    {
        groupOpeners = new HashSet<string>(cues.GroupOpeners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        localUnits = new HashSet<string>(cues.LocalUnits, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        verbsAfter = new HashSet<string>(cues.SubjectBefore.Concat(cues.Reporting), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var byWord = new Dictionary<string, CoreferenceRule>(StringComparer.OrdinalIgnoreCase);
        foreach (CoreferenceRule rule in cues.Pronouns)
        {
            foreach (string[] words in rule.Words.Where(w => w.Length == 1))
            {
                byWord.TryAdd(words[0], rule);
            }
        }

        var byFirst = new Dictionary<string, List<(string[], CoreferenceRule)>>(StringComparer.OrdinalIgnoreCase);
        foreach (CoreferenceRule rule in cues.Descriptions)
        {
            foreach (string[] words in rule.Words)
            {
                if (!byFirst.TryGetValue(words[0], out var list))
                {
                    byFirst[words[0]] = list = [];
                }

                list.Add((words, rule));
            }
        }

        foreach (var list in byFirst.Values)
        {
            // Longest first, so "the two countries" wins over a shorter entry starting with the same word.
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        }

        pronouns = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        longestPronoun = byWord.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        pronounStarts = System.Buffers.SearchValues.Create(string.Concat(byWord.Keys.Select(k => $"{char.ToLowerInvariant(k[0])}{char.ToUpperInvariant(k[0])}").Distinct()));
        descriptions = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pronoun rule of token <paramref name="t"/>, or null.</summary>
    public CoreferenceRule? Pronoun(Paragraph paragraph, int t)
    {
        Token token = paragraph.Tokens[t];
        // "IT security", "HE" in a heading: capitals throughout are an acronym or shouting, not a pronoun.
        if (token.Kind != TokenKind.Word || token.Length > longestPronoun || !pronounStarts.Contains(paragraph.Text[token.Start])
            || token.Length > 1 && token.Is(TokenShape.AllUpper))
        {
            return null;
        }

        return pronouns.TryGetValue(paragraph.Span(token), out CoreferenceRule? rule) && (rule.FollowedBy.Count == 0 || Followed(paragraph, t + 1, rule.FollowedBy))
            ? rule : null;
    }

    /// <summary>True when token <paramref name="next"/> is one of <paramref name="words"/> (case-insensitive).</summary>
    private static bool Followed(Paragraph paragraph, int next, IReadOnlyList<string> words)
    {
        if (next >= paragraph.Tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> word = paragraph.Span(paragraph.Tokens[next]);
        foreach (string w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The description starting with "the" at token <paramref name="t"/> and ending at or before <paramref name="limit"/>
    /// (the next mention), inside a sentence ending at token <paramref name="sentenceEnd"/>, or a description of a group
    /// after a group opener ("all three countries"); null when there is none.
    /// </summary>
    public (CoreferenceRule Rule, int End)? Description(Paragraph paragraph, int t, int limit, int sentenceEnd) =>
        t + 1 >= limit ? null
        : paragraph.Span(paragraph.Tokens[t]).Equals("the", StringComparison.OrdinalIgnoreCase) ? WordsAt(paragraph, t + 1, limit, sentenceEnd, titlesOnly: false)
        : paragraph.Span(paragraph.Tokens[t]).Equals("both", StringComparison.OrdinalIgnoreCase) ? Both(paragraph, t + 1, limit, sentenceEnd)
        : groupOpeners.Contains(paragraph.Span(paragraph.Tokens[t])) ? WordsAt(paragraph, t + 1, limit, sentenceEnd, titlesOnly: false, minCount: GroupCount)
        : null;

    /// <summary>
    /// "as a friend of both countries", "close ties with both neighbours": "both" and the words of a description marked
    /// `both` after its "two" refer as "the two countries" does.
    /// </summary>
    private (CoreferenceRule Rule, int End)? Both(Paragraph paragraph, int start, int limit, int sentenceEnd)
    {
        if (!descriptions.TryGetValue("two".AsSpan(), out var entries))
        {
            return null;
        }

        foreach ((string[] words, CoreferenceRule rule) in entries)
        {
            int end = start + words.Length - 1;
            if (rule.Both && words.Length > 1 && end <= limit && Matches(paragraph, start, words[1..]) && !OpensOwnReferent(paragraph, end, sentenceEnd, rule))
            {
                return (rule, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The description of two marked `both` whose words start at token <paramref name="start"/>, right after a possessive
    /// ("its two neighbours"), ending at or before <paramref name="limit"/>; null when there is none.
    /// </summary>
    public (CoreferenceRule Rule, int End)? PairAfter(Paragraph paragraph, int start, int limit, int sentenceEnd) =>
        start < limit && WordsAt(paragraph, start, limit, sentenceEnd, titlesOnly: false, minCount: 2) is { } found && found.Rule is { Count: 2, Both: true }
            ? found : null;

    /// <summary>
    /// The title description, or one marked `after_demonym`, whose words start at token <paramref name="start"/>, after
    /// "the" and a demonym ("the Chinese leader", "the Chinese company"), ending at or before <paramref name="limit"/>;
    /// null when there is none.
    /// </summary>
    public (CoreferenceRule Rule, int End)? TitleAt(Paragraph paragraph, int start, int limit, int sentenceEnd) =>
        start < limit ? WordsAt(paragraph, start, limit, sentenceEnd, titlesOnly: true) : null;

    private (CoreferenceRule Rule, int End)? WordsAt(Paragraph paragraph, int start, int limit, int sentenceEnd, bool titlesOnly, int minCount = 1)
    {
        if (!descriptions.TryGetValue(paragraph.Span(paragraph.Tokens[start]), out var entries))
        {
            return null;
        }

        foreach ((string[] words, CoreferenceRule rule) in entries)
        {
            int end = start + words.Length;
            // "the latter's", but not "the latter half": a description with `followed_by` counts only before one of its words.
            if ((rule.Title || rule.AfterDemonym || !titlesOnly) && rule.Count >= minCount && end <= limit && Matches(paragraph, start, words) && !OpensOwnReferent(paragraph, end, sentenceEnd, rule)
                && (rule.FollowedBy.Count == 0 || end < sentenceEnd && Followed(paragraph, end, rule.FollowedBy)))
            {
                return (rule, end);
            }
        }

        return null;
    }

    private static bool Matches(Paragraph paragraph, int start, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            ReadOnlySpan<char> word = paragraph.Span(paragraph.Tokens[start + i]);
            if (!word.Equals(words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the token at <paramref name="i"/> is a lower-case word ending in "ing" that the tree does not make a
    /// noun's modifier: "of failing to meet" names an act, "the capital of neighbouring Jowzjan province" its own referent.
    /// The sentence is parsed only once the word's shape has matched.
    /// </summary>
    private static bool Gerund(Paragraph paragraph, int i, int limit) =>
        i < limit && paragraph.Tokens[i].Kind == TokenKind.Word && paragraph.Tokens[i].Is(TokenShape.AllLower)
        && paragraph.Span(paragraph.Tokens[i]).EndsWith("ing", StringComparison.Ordinal) && paragraph.Syntax?.Relation(i) != DepRel.Amod;

    /// <summary>
    /// "the president of Kenya", "the group Human Rights Watch", "the authorities in the … provinces of": the description
    /// names its own referent; "the state-owned carrier", "the state agency": its words only qualify the noun after them (a
    /// hyphen with no space before it, or a lower-case word tagged a noun).
    /// </summary>
    private bool OpensOwnReferent(Paragraph paragraph, int end, int limit, CoreferenceRule rule)
    {
        if (end >= limit)
        {
            return false;
        }

        Token next = paragraph.Tokens[end];
        // "accusing the company of failing to meet": "of" before a gerund names what the referent did, not the referent. Not
        // for a state's description: "accused the government of mortgaging the country" is mostly the home government,
        // which the article need not have named near it.
        if (paragraph.Span(next).Equals("of", StringComparison.Ordinal) && !(Gerund(paragraph, end + 1, limit) && rule.RefersTo[0].Type != EntityType.Country)
            || next.Kind == TokenKind.Word && next.Is(TokenShape.Capitalised))
        {
            return true;
        }

        if (paragraph.Span(next).Equals("-", StringComparison.Ordinal))
        {
            return paragraph.Tokens[end - 1].End == next.Start;
        }

        // "the authorities in the neighboring Afghan provinces of Badakhshan": a unit inside a country has its own.
        if (paragraph.Span(next).Equals("in", StringComparison.Ordinal))
        {
            for (int k = end + 1; k < Math.Min(limit, end + 6); k++)
            {
                if (localUnits.Contains(paragraph.Span(paragraph.Tokens[k])))
                {
                    return true;
                }
            }
        }

        // The tagger is asked only about a word that may be a noun by its shape (tagging a sentence costs more than
        // resolving it): five letters or more, no verb or plural ending, no verb listed after subjects. A noun followed by a
        // noun, a determiner or an adjective is more likely a verb the tagger took for a noun ("the region target
        // foreigners"): the description stands.
        return next.Kind == TokenKind.Word && next.Is(TokenShape.AllLower) && MayBeNoun(paragraph.Span(next)) && paragraph.Syntax is { } syntax
            && syntax.Upos(end) == Upos.Noun && (end + 1 >= limit || syntax.Upos(end + 1) is not (Upos.Noun or Upos.Det or Upos.Adj or Upos.Num or Upos.Propn));
    }

    private bool MayBeNoun(ReadOnlySpan<char> word) =>
        word.Length >= 5 && !word.EndsWith("s") && !word.EndsWith("ed") && !word.EndsWith("ing") && !word.EndsWith("ly") && !verbsAfter.Contains(word);
}
