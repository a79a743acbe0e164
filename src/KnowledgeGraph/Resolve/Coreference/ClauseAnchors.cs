using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Token positions that bind a reference within its sentence: the clause it stands in, the name that controls or reports
/// it, the possessor an apposition means, and whether it is an argument of its verb. The words are data
/// (gazetteers/coreference.yaml).
/// </summary>
internal sealed class ClauseAnchors
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> argumentOpeners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> clauseOpeners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> clauseCoordinators;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> objectControl;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> reporting;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> reportedCopulas;

    public ClauseAnchors(CoreferenceCues cues)
    {
        argumentOpeners = new HashSet<string>(cues.ArgumentOpeners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        clauseOpeners = new HashSet<string>(cues.ClauseOpeners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        clauseCoordinators = new HashSet<string>(cues.ClauseCoordinators, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        objectControl = new HashSet<string>(cues.ObjectControl, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        reporting = new HashSet<string>(cues.Reporting, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        reportedCopulas = new HashSet<string>(cues.ReportedCopulas, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether <paramref name="word"/> is one of coreference.yaml's <c>argument_openers</c>.</summary>
    internal bool IsArgumentOpener(ReadOnlySpan<char> word) => argumentOpeners.Contains(word);

    /// <summary>
    /// True when one of the two tokens after token <paramref name="t"/> is a word of coreference.yaml's
    /// <c>reported_copulas</c> ("It was his third trip", "It has been"): the pronoun before it may stand for an act or fill
    /// the subject place.
    /// </summary>
    internal bool CopulaAfter(Paragraph paragraph, int t, int sentenceEnd)
    {
        for (int k = t + 1; k < sentenceEnd && k <= t + 2; k++)
        {
            if (reportedCopulas.Contains(paragraph.Span(paragraph.Tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxRelativeClause = 12;

    /// <summary>
    /// "Moscow, which keeps about 7,000 troops at its 201st military base": a possessive in a relative clause set off by a
    /// comma, with no name between the pronoun and the relative, belongs to the name before the comma, the clause's subject;
    /// the start of that name, or -1.
    /// </summary>
    internal static int RelativeAntecedent(Paragraph paragraph, int t, int s, int sentenceStart)
    {
        for (int k = t - 1; k > sentenceStart + 1 && t - k <= MaxRelativeClause; k--)
        {
            if (paragraph.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            ReadOnlySpan<char> word = paragraph.Span(paragraph.Tokens[k]);
            if (!(word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (!paragraph.Span(paragraph.Tokens[k - 1]).SequenceEqual(","))
            {
                return -1;
            }

            int antecedent = -1;
            foreach (Mention mention in paragraph.Mentions)
            {
                if (mention.Sentence == s && mention.TokenStart > k && mention.TokenStart < t)
                {
                    return -1;
                }

                antecedent = mention.Sentence == s && mention.TokenEnd == k - 1 ? mention.Start : antecedent;
            }

            return antecedent;
        }

        return -1;
    }

    /// <summary>
    /// The character offset of the name a verb of asking or forcing makes the subject of the infinitive a possessive
    /// stands in (coreference.yaml <c>object_control</c>): "asked China to conduct its own investigation", "forced Belgrade
    /// to withdraw its forces"; -1 when there is none. The name ends right before "to", and no punctuation or other
    /// name stands between "to" and the possessive, four words at most.
    /// </summary>
    internal int Controller(Paragraph paragraph, int t, int s, int sentenceStart)
    {
        const int MaxInfinitive = 4;
        int to = -1;
        for (int k = t - 1; k > sentenceStart && t - k <= MaxInfinitive + 1; k--)
        {
            if (paragraph.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (paragraph.Span(paragraph.Tokens[k]).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                to = k;
                break;
            }
        }

        if (to < 0)
        {
            return -1;
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.Sentence == s && mention.TokenStart > to && mention.TokenStart < t)
            {
                return -1;
            }
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.Sentence != s || mention.TokenEnd != to)
            {
                continue;
            }

            int verb = mention.TokenStart - 1;
            verb -= verb > sentenceStart && paragraph.Span(paragraph.Tokens[verb]).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            bool single = verb >= sentenceStart && objectControl.Contains(paragraph.Span(paragraph.Tokens[verb]));
            bool phrase = verb > sentenceStart && objectControl.Contains(string.Concat(paragraph.Span(paragraph.Tokens[verb - 1]), " ", paragraph.Span(paragraph.Tokens[verb])));
            return single || phrase ? mention.Start : -1;
        }

        return -1;
    }

    /// <summary>
    /// "Tajikistan's State Committee for National Security, the country's main intelligence agency": a description
    /// opening an apposition after a possessed name means its possessor (it is weighed as a reporter is). The possessor's
    /// mention start, or -1.
    /// </summary>
    internal static int ApposedPossessor(Paragraph paragraph, int t, int s)
    {
        if (t < 2 || paragraph.Span(paragraph.Tokens[t - 1]) is not ",")
        {
            return -1;
        }

        Mention? name = paragraph.Mentions.Find(m => m.Sentence == s && m.TokenEnd == t - 1);
        if (name is null || name.TokenStart < 2 || paragraph.Span(paragraph.Tokens[name.TokenStart - 1]) is not ("'s" or "'" or "’s"))
        {
            return -1;
        }

        Mention? possessor = paragraph.Mentions.Find(m => m.Sentence == s && m.TokenEnd == name.TokenStart - 1);
        return possessor?.Start ?? -1;
    }

    /// <summary>
    /// The character offset of the name that says what a subject pronoun's clause reports (coreference.yaml
    /// <c>reporting</c>): "Beijing said it would invest", "Kazakhstan announced that it had signed", "Beijing has
    /// repeatedly said it …", and so is a possessive's (<paramref name="possessive"/>: "Tokayev … said his country
    /// supports"). The verb stands right before the pronoun or before "that" and the pronoun; the name ends before the
    /// verb, with up to three lower-case words (auxiliaries, adverbs) between. -1 when there is none, or when a copula
    /// (<c>reported_copulas</c>) is one of the two words after a subject pronoun ("said it was a mistake").
    /// </summary>
    internal int Reporter(Paragraph paragraph, int t, int s, Sentence sent, bool possessive)
    {
        const int MaxBetween = 3;
        const int MaxRelative = 12;
        int verb = t - 1;
        bool that = verb > sent.TokenStart && paragraph.Span(paragraph.Tokens[verb]).Equals("that", StringComparison.OrdinalIgnoreCase);
        verb -= that ? 1 : 0;
        // "said on Monday that", "told reporters that": a few words no name covers may stand between the verb and "that".
        for (int k = 0; that && k < MaxBetween && verb > sent.TokenStart && !reporting.Contains(paragraph.Span(paragraph.Tokens[verb]))
            && paragraph.Tokens[verb].Kind == TokenKind.Word && !paragraph.Mentions.Exists(n => n.TokenStart <= verb && n.TokenEnd > verb); k++)
        {
            verb--;
        }

        if (verb <= sent.TokenStart || !reporting.Contains(paragraph.Span(paragraph.Tokens[verb])))
        {
            return -1;
        }

        for (int k = t + 1; !possessive && k < sent.TokenEnd && k <= t + 2; k++)
        {
            if (reportedCopulas.Contains(paragraph.Span(paragraph.Tokens[k])))
            {
                return -1;
            }
        }

        // "Kazakh President Kassym-Jomart Tokayev, who hosted the summit, said …": a relative clause between commas is
        // stepped over.
        if (paragraph.Span(paragraph.Tokens[verb - 1]) is ",")
        {
            for (int j = verb - 2; j > sent.TokenStart + 1 && j >= verb - MaxRelative; j--)
            {
                if (paragraph.Span(paragraph.Tokens[j]) is "who" or "which" && paragraph.Span(paragraph.Tokens[j - 1]) is ",")
                {
                    verb = j - 1;
                    break;
                }
            }
        }

        // The nearest name before the verb with only lower-case words between ("Pakistan's army said": the army, not
        // Pakistan).
        int reporter = -1;
        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.Sentence != s || mention.TokenEnd > verb || mention.TokenEnd < verb - MaxBetween)
            {
                continue;
            }

            bool between = true;
            for (int k = mention.TokenEnd; k < verb && between; k++)
            {
                Token token = paragraph.Tokens[k];
                between = token.Kind == TokenKind.Word && token.Is(TokenShape.AllLower);
            }

            reporter = between ? mention.Start : reporter;
        }

        return reporter;
    }

    /// <summary>
    /// The character offset of the last clause opener (coreference.yaml <c>clause_openers</c>) before token
    /// <paramref name="t"/> in its sentence: "Osama bin Laden was living in Abbottabad when US forces killed him" opens
    /// the pronoun's clause at "when"; -1 when the pronoun's clause is the sentence's first.
    /// </summary>
    internal int ClauseStart(Paragraph paragraph, int t, int sentenceStart)
    {
        for (int k = t - 1; k > sentenceStart; k--)
        {
            if (clauseOpeners.Contains(paragraph.Span(paragraph.Tokens[k])))
            {
                return paragraph.Tokens[k].Start;
            }
        }

        return -1;
    }

    /// <summary>
    /// The character offset where the clause of token <paramref name="t"/> starts: the last semicolon or comma and conjunction
    /// (coreference.yaml <c>clause_coordinators</c>) before it in its sentence, "…, and trade between the two countries"; -1
    /// when the token's clause is the sentence's first. A subordinating word (<c>clause_openers</c>) is left out: "since" and
    /// "after" are often prepositions, and a verb after "that … and" may be the main clause's again.
    /// </summary>
    internal int OwnClauseStart(Paragraph paragraph, int t, int sentenceStart)
    {
        for (int k = t - 1; k > sentenceStart; k--)
        {
            ReadOnlySpan<char> word = paragraph.Span(paragraph.Tokens[k]);
            if (word is ";" || clauseCoordinators.Contains(word) && paragraph.Span(paragraph.Tokens[k - 1]) is ",")
            {
                return paragraph.Tokens[k].Start;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the word before the reference at <paramref name="t"/> makes it an argument of its clause's verb: one of
    /// <c>argument_openers</c> ("between the two neighbours") or a verb's "-ing" or "-ed" form ("urging both neighbours").
    /// </summary>
    internal bool Argument(Paragraph paragraph, int t, int sentenceStart)
    {
        if (t <= sentenceStart || paragraph.Tokens[t - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> before = paragraph.Span(paragraph.Tokens[t - 1]);
        return argumentOpeners.Contains(before)
            || IsVerbForm(before);
    }

    /// <summary>A verb's "-ing" or "-ed" form, longer than four letters ("urging", "brokered").</summary>
    internal static bool IsVerbForm(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
}
