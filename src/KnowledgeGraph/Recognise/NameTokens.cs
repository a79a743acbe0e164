using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Token-level helpers shared by the readers of discovered names: the word of a token, matching words and
/// prefixes, runs of words, "the" before a name, and the discovered mention built over tokens.
/// </summary>
internal static class NameTokens
{
    /// <summary>The words of tokens [<paramref name="start"/>, <paramref name="end"/>), not counting hyphens glued inside ("Jangy-Tash" is two).</summary>
    internal static int RunWords(Paragraph paragraph, int start, int end)
    {
        int words = 0;
        for (int j = start; j < end; j++)
        {
            words += HyphenatedSyllables.GluedHyphen(paragraph, j) ? 0 : 1;
        }

        return words;
    }

    /// <summary>
    /// The end of a name at <paramref name="end"/> extended over a hyphen and a number glued to it ("Kambarata-1",
    /// "Dushanbe-2"); <paramref name="end"/> itself when none follows.
    /// </summary>
    internal static int NumberedEnd(Paragraph paragraph, int end, int limit) =>
        end + 1 < limit && HyphenatedSyllables.GluedHyphen(paragraph, end) && paragraph.Tokens[end + 1].Kind == TokenKind.Number ? end + 2 : end;

    /// <summary>Confidence of a name typed by a project or organisation cue.</summary>
    internal const float CueConfidence = 0.75f;

    /// <summary>The mention of <paramref name="entity"/> over tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal static Mention Discovered(Paragraph paragraph, int start, int end, int sentence, Entity entity, MentionKind kind, float confidence) => new()
    {
        Start = paragraph.Tokens[start].Start, End = paragraph.Tokens[end - 1].End, TokenStart = start, TokenEnd = end,
        Sentence = sentence, Entity = entity, Kind = kind, Confidence = confidence,
        Candidates = [new MentionCandidate(entity, kind, [])],
    };

    /// <summary>
    /// True when "the" stands right before <paramref name="start"/> or before up to <paramref name="max"/> modifiers
    /// (numbers, lower-case words, hyphenated compounds: "183-megawatt", "Chinese-funded").
    /// </summary>
    internal static bool ArticleBefore(Paragraph paragraph, int start, int max)
    {
        for (int j = start - 1; j >= 0 && j >= start - 1 - max; j--)
        {
            ReadOnlySpan<char> word = Word(paragraph, j);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "the Chinese-funded Bagamoyo port project": a capitalised word before a hyphen begins a compound modifier.
            Token token = paragraph.Tokens[j];
            if (!(token.Kind == TokenKind.Number || word.SequenceEqual("-") || token.Kind == TokenKind.Word && token.Is(TokenShape.AllLower)
                || j + 1 < start && Word(paragraph, j + 1).SequenceEqual("-")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> is an organisation or project suffix (cues <c>organisation_suffixes</c>, <c>project_suffixes</c>).</summary>
    internal static bool IsSuffix(ReadOnlySpan<char> word, CueSet cues) => CueSet.Contains(cues.OrganisationSuffixes, word) || CueSet.Contains(cues.ProjectSuffixes, word);

    /// <summary>For each token of the paragraph, whether a mention already covers it.</summary>
    internal static bool[] Covered(Paragraph paragraph)
    {
        var covered = new bool[paragraph.Tokens.Length];
        foreach (Mention mention in paragraph.Mentions)
        {
            Array.Fill(covered, true, mention.TokenStart, mention.TokenEnd - mention.TokenStart);
        }

        return covered;
    }

    /// <summary>True when one of <paramref name="prefixes"/> opens the span and is shorter than it.</summary>
    internal static bool HasPrefix(Paragraph paragraph, int start, int end, string[][] prefixes)
    {
        foreach (string[] prefix in prefixes)
        {
            if (prefix.Length < end - start && Matches(paragraph, start, prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words from token <paramref name="at"/> are <paramref name="words"/>, exactly.</summary>
    internal static bool Matches(Paragraph paragraph, int at, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (at + k >= paragraph.Tokens.Length || !Word(paragraph, at + k).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of token <paramref name="i"/>, as a span of the normalised paragraph.</summary>
    internal static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
