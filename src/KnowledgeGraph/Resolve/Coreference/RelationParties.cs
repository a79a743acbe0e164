using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "trade between the two countries", "after deadly clashes between the two countries' forces", "which forms the border
/// between the two countries": a description of two right after "between" and a noun names the parties of the relation
/// that noun states, and the subject of its clause may be one of them. Only a verb that governs "between" or the noun
/// ("to mediate between", "brokered a ceasefire between") makes the description its argument, and its subject a third
/// party. The noun phrase is read back from "between" over lower-case words to the first punctuation, name, preposition
/// or conjunction (coreference.yaml's <c>not_subject_after</c>) or relative pronoun (<c>relative_pronouns</c>); a verb is an "-ed" form right before
/// "between" ("mediated between"; an "-ing" form there is the noun: "the deadliest fighting between"), "to" before a word
/// of the phrase, or a word of it before the noun with a verb's "-ed" or "-ing" ending, as
/// <see cref="ClauseAnchors.Argument"/> reads one.
/// </summary>
internal sealed class RelationParties
{
    /// <summary>Most words read back from "between" for the noun phrase and the verb before it.</summary>
    public const int MaxWords = 6;

    private readonly CandidateBuilder builder;

    public RelationParties(CandidateBuilder builder) => this.builder = builder;

    /// <summary>
    /// True when the description at token <paramref name="t"/> follows "between" and a lower-case noun that no verb
    /// governs, so it names the parties of that noun's relation.
    /// </summary>
    public bool Between(Paragraph paragraph, int t, int sentenceStart)
    {
        int between = t - 1;
        if (between - 1 <= sentenceStart || !paragraph.Span(paragraph.Tokens[between]).Equals("between", StringComparison.OrdinalIgnoreCase)
            || !IsLowerWord(paragraph, between - 1) || paragraph.Span(paragraph.Tokens[between - 1]).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int k = between - 1; k >= sentenceStart && between - k <= MaxWords; k--)
        {
            if (!IsLowerWord(paragraph, k))
            {
                return true;
            }

            ReadOnlySpan<char> word = paragraph.Span(paragraph.Tokens[k]);
            if (word is "to")
            {
                return false;
            }

            if (builder.IsNotSubjectAfter(word) || builder.IsRelativePronoun(word))
            {
                return true;
            }

            if (k < between - 1 && ClauseAnchors.IsVerbForm(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLowerWord(Paragraph paragraph, int k) =>
        paragraph.Tokens[k].Kind == TokenKind.Word && paragraph.Tokens[k].Is(TokenShape.AllLower);

}
