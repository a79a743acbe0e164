using KnowledgeGraph.Model;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Finds the runs of capitalised words that may be names: where a run starts and ends (with inner connectors,
/// particles and hyphenated syllables), and where it is cut before a second name ("X University and Y University")
/// or before "of" after a person's name.
/// </summary>
internal sealed class NameRunFinder
{
    private readonly CueSet cues;
    private readonly NameTitleFinder titles;

    /// <summary>Finds runs with the connectors and suffixes of <paramref name="cues"/>, and titles read by <paramref name="titles"/>.</summary>
    public NameRunFinder(CueSet cues, NameTitleFinder titles)
    {
        this.cues = cues;
        this.titles = titles;
    }

    /// <summary>
    /// Where a run holds two names joined by "and" that each end with an organisation or project suffix ("Rice
    /// University and Cornell University"), the end of the first; otherwise <paramref name="end"/>. One name with "and"
    /// inside ("Ministry of Industry and Commerce") stays whole. A run listed after a body's plural description
    /// ("two Chinese companies, Fortune Lithium and Xinjiang Huaxin Resources") ends before its last "and".
    /// </summary>
    internal int FirstOfPair(Paragraph paragraph, int start, int end)
    {
        if (end - start >= 3 && NameDescriptions.ListedAfterPlural(paragraph, start, cues))
        {
            for (int k = end - 2; k > start; k--)
            {
                if (Word(paragraph, k).SequenceEqual("and"))
                {
                    return k;
                }
            }
        }

        if (end - start < 5 || !IsSuffix(Word(paragraph, end - 1), cues))
        {
            return end;
        }

        for (int k = start + 1; k < end - 2; k++)
        {
            if (Word(paragraph, k).SequenceEqual("and") && IsSuffix(Word(paragraph, k - 1), cues))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// Where a run is a person's name, "of" and an organisation's name ending with its suffix ("said Deborah Brautigam of
    /// Johns Hopkins University"), the end of the person's name; otherwise <paramref name="end"/>. The name before "of"
    /// is two or three capitalised words, none an organisation's suffix or prefix, a title or a common word, so "Bank of
    /// China", "Central Bank of Kenya" and "Minister of Industry" stay whole.
    /// </summary>
    internal int PersonBeforeOf(Paragraph paragraph, int start, int end)
    {
        const int MaxNameWords = 3;
        if (end - start < 4 || !CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1)))
        {
            return end;
        }

        for (int k = start + 2; k <= start + MaxNameWords && k < end - 1; k++)
        {
            if (!Word(paragraph, k).SequenceEqual("of"))
            {
                continue;
            }

            for (int j = start; j < k; j++)
            {
                ReadOnlySpan<char> word = Word(paragraph, j);
                if (!paragraph.Tokens[j].Is(TokenShape.Capitalised) || IsSuffix(word, cues) || cues.IsCommon(word) || CueSet.Contains(cues.StopWords, word)
                    || titles.TitleLength(paragraph, j, k) > 0 || HasPrefix(paragraph, j, end, cues.OrganisationPrefixes))
                {
                    return end;
                }
            }

            return k;
        }

        return end;
    }

    /// <summary>End of a run of capitalised words (with inner connectors) starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    internal int SpanEnd(Paragraph paragraph, bool[] covered, int i, int limit)
    {
        if (!IsNameWord(paragraph, covered, i))
        {
            return i;
        }

        int end = i + 1;
        while (end < limit)
        {
            if (IsNameWord(paragraph, covered, end) && !paragraph.Tokens[end].Is(TokenShape.Glued))
            {
                end++;
                continue;
            }

            if (end + 1 < limit && !covered[end] && CueSet.Contains(cues.NameConnectors, Word(paragraph, end)) && IsNameWord(paragraph, covered, end + 1))
            {
                end += 2;
                continue;
            }

            // "Abdullah al-Ani": a lower-case particle glued by a hyphen to the next name word.
            if (end + 2 < limit && !covered[end] && !covered[end + 1] && CueSet.Contains(cues.PersonParticles, Word(paragraph, end))
                && HyphenatedSyllables.GluedHyphen(paragraph, end + 1) && IsNameWord(paragraph, covered, end + 2))
            {
                end += 3;
                continue;
            }

            // "Shar-e-Naw", "Dasht-e-Barchi": a syllable between two glued hyphens links the next name word.
            if (end + 3 < limit && !covered[end] && !covered[end + 2] && IsNameWord(paragraph, covered, end + 3)
                && HyphenatedSyllables.LinkAfter(paragraph, end, cues.NameLinkSyllables))
            {
                end += 4;
                continue;
            }

            // "Sarhad-e Broghil", "Dasht-e Nawar": the linking syllable written apart from the next name word.
            if (end + 2 < limit && !covered[end] && !covered[end + 1] && IsNameWord(paragraph, covered, end + 2)
                && HyphenatedSyllables.SpacedLinkAfter(paragraph, end, cues.SpacedLinkSyllables))
            {
                end += 3;
                continue;
            }

            // "Lee Teng-hui", "Kim Jong-un": a lower-case syllable that is no common word, joined by a hyphen with no space
            // to the last of two or more name words, ends the name (never "Rahman-led", "Pre-pandemic").
            if (end - i >= 2 && end + 1 < limit && !covered[end] && !covered[end + 1] && HyphenatedSyllable(paragraph, end))
            {
                end += 2;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// A hyphenated syllable (<see cref="HyphenatedSyllables"/>) at <paramref name="hyphen"/> that is no common word, or
    /// that the tagger, when it ran, reads as a proper noun ("hui" is on the common-word list).
    /// </summary>
    private bool HyphenatedSyllable(Paragraph paragraph, int hyphen) =>
        HyphenatedSyllables.At(paragraph, hyphen)
        && (!cues.IsCommon(Word(paragraph, hyphen + 1)) || paragraph.Syntax is { } syntax && syntax.Upos(hyphen + 1) == Upos.Propn);

    /// <summary>True when token <paramref name="i"/> is an uncovered capitalised word of two letters or more.</summary>
    private static bool IsNameWord(Paragraph paragraph, bool[] covered, int i)
    {
        Token token = paragraph.Tokens[i];
        return !covered[i] && token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && token.Length > 1;
    }
}
