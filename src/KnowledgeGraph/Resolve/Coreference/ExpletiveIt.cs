using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Tells an "it" that only fills the subject place ("it is important to", "it was reported that", "made it clear
/// that") from one that refers, with the word lists of coreference.yaml (`expletive:`); token cues only, no parse.
/// </summary>
internal sealed class ExpletiveIt
{
    /// <summary>Words looked at after the verb.</summary>
    public const int Window = 4;

    private readonly IReadOnlyList<string[]> phrases;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs, raisers, adjectives, participles, clauseWords, determiners;

    public ExpletiveIt(ExpletiveCues cues)
    {
        phrases = cues.Phrases;
        verbs = Lookup(cues.Verbs);
        raisers = Lookup(cues.Raisers);
        adjectives = Lookup(cues.Adjectives);
        participles = Lookup(cues.Participles);
        clauseWords = Lookup(cues.ClauseWords);
        determiners = Lookup(cues.Determiners);
    }

    /// <summary>True when the "it" at token <paramref name="t"/> of a sentence ending at token <paramref name="end"/> is expletive.</summary>
    public bool IsExpletive(Paragraph paragraph, int t, int sentenceStart, int end)
    {
        if (t > sentenceStart && raisers.Contains(Word(paragraph, t - 1)) && t + 1 < end && adjectives.Contains(Word(paragraph, t + 1)))
        {
            return true;
        }

        foreach (string[] phrase in phrases)
        {
            if (Follows(paragraph, t + 1, end, phrase))
            {
                return true;
            }
        }

        if (t + 1 >= end || !verbs.Contains(Word(paragraph, t + 1)))
        {
            return false;
        }

        for (int i = t + 2; i < end && i <= t + 1 + Window; i++)
        {
            if (paragraph.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            ReadOnlySpan<char> word = Word(paragraph, i);
            if (determiners.Contains(word))
            {
                return false;
            }

            bool last = i + 1 >= end || paragraph.Tokens[i + 1].Kind == TokenKind.Punctuation;
            if (adjectives.Contains(word) && (last || clauseWords.Contains(Word(paragraph, i + 1))))
            {
                return true;
            }

            if (participles.Contains(word) && !last && Word(paragraph, i + 1).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Follows(Paragraph paragraph, int start, int end, string[] phrase)
    {
        if (start + phrase.Length > end)
        {
            return false;
        }

        for (int i = 0; i < phrase.Length; i++)
        {
            if (!Word(paragraph, start + i).Equals(phrase[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int t) => paragraph.Span(paragraph.Tokens[t]);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IReadOnlySet<string> words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
