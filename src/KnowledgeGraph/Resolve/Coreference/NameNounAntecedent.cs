using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "the Caspian Pipeline Consortium … the consortium", "the International Monetary Fund … the fund": "the" and a
/// lower-case noun that no pronoun or description of coreference.yaml lists refers to the one entity named in reach
/// whose name ends in that noun, when the noun ends its noun phrase (the sentence ends, or punctuation, a possessive, a
/// verb after subjects, a past form or a word of <c>name_noun_followers</c> follows it). Persons are left out, and so is
/// a noun two entities in reach end their names with, and so are the nouns of a unit inside a country (<c>local_units</c>:
/// "the province" is no "Islamic State Khorasan Province"). Token cues only.
/// </summary>
internal sealed class NameNounAntecedent
{
    /// <summary>Confidence when the antecedent is in the reference's sentence or the one before.</summary>
    public const float Near = AntecedentChooser.Clear;

    /// <summary>Confidence when the antecedent is further back (still within <see cref="AntecedentChooser.MaxDistance"/> sentences).</summary>
    public const float Far = 0.75f;

    /// <summary>The shortest noun read ("the fund").</summary>
    private const int MinLength = 3;

    private static readonly CoreferenceRule Rule = new([], [], ReferenceKind.Description);

    /// <summary>
    /// Every word of a listed pronoun or description, read as their entries say, and the nouns of a unit inside a country
    /// (<c>local_units</c>): never read here.
    /// </summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> listed;

    /// <summary>Words after which the noun ends its noun phrase (<c>name_noun_followers</c>, <c>subject_before</c>, <c>reporting</c>).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> followers;

    /// <summary>Reads the listed words and the words that end a noun phrase from <paramref name="cues"/>.</summary>
    public NameNounAntecedent(CoreferenceCues cues)
    {
        // A unit inside a country ("the province") is no name's noun: "Islamic State Khorasan Province" is no province.
        listed = new HashSet<string>(cues.Descriptions.Concat(cues.Pronouns).SelectMany(r => r.Words).SelectMany(w => w).Concat(cues.LocalUnits), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        followers = new HashSet<string>(cues.NameNounFollowers.Concat(cues.SubjectBefore).Concat(cues.Reporting), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The reference of "the" at token <paramref name="t"/> and the noun after it, before <paramref name="limit"/> (the
    /// next mention); null when the words do not read so or no single entity of <paramref name="candidates"/> in reach of
    /// <paramref name="sentence"/> ends its name in the noun. <paramref name="last"/> is the noun's token.
    /// </summary>
    public Reference? Find(Paragraph paragraph, int t, int limit, Sentence sent, int s, int sentence, List<AntecedentCandidate> candidates, out int last)
    {
        last = t;
        int noun = t + 1;
        Token[] tokens = paragraph.Tokens;
        if (noun >= limit || !paragraph.Span(tokens[t]).Equals("the", StringComparison.OrdinalIgnoreCase)
            || tokens[noun].Kind != TokenKind.Word || !tokens[noun].Is(TokenShape.AllLower)
            || paragraph.Span(tokens[noun]).Length < MinLength || listed.Contains(paragraph.Span(tokens[noun]))
            || !EndsPhrase(paragraph, noun + 1, sent.TokenEnd))
        {
            return null;
        }

        ReadOnlySpan<char> word = paragraph.Span(tokens[noun]);
        AntecedentCandidate? winner = null;
        // Candidates are in reading order: the walk back stops at the first one out of reach.
        for (int i = candidates.Count - 1; i >= 0 && sentence - candidates[i].Sentence <= AntecedentChooser.MaxDistance; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (c.Entity.Type == EntityType.Person || !LastWord(c.Entity.Name).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (winner is { } seen && seen.Entity.Id != c.Entity.Id)
            {
                return null;
            }

            winner ??= c;
        }

        if (winner is not { } found)
        {
            return null;
        }

        last = noun;
        float confidence = sentence - found.Sentence <= 1 ? Near : Far;
        return AntecedentChooser.Make(Rule, found, [], confidence, (tokens[t].Start, tokens[noun].End, t, noun + 1, s));
    }

    /// <summary>True when the noun before token <paramref name="i"/> ends its noun phrase.</summary>
    private bool EndsPhrase(Paragraph paragraph, int i, int sentenceEnd)
    {
        if (i >= sentenceEnd)
        {
            return true;
        }

        Token next = paragraph.Tokens[i];
        ReadOnlySpan<char> text = paragraph.Span(next);
        if (next.Kind == TokenKind.Punctuation)
        {
            // "the state-owned carrier": a hyphen written against the noun joins it to the word after.
            return !(text.Equals("-", StringComparison.Ordinal) && paragraph.Tokens[i - 1].End == next.Start);
        }

        return text is "'s" or "’s" or "'" or "’"
            || next.Kind == TokenKind.Word && next.Is(TokenShape.AllLower) && (followers.Contains(text) || text.EndsWith("ed", StringComparison.Ordinal));
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        int cut = name.AsSpan().LastIndexOfAny(' ', '-');
        return name.AsSpan(cut + 1);
    }
}
