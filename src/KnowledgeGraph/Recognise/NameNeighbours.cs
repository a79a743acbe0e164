using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Tells a partial name standing alone ("Khan said", "President Ghani", "Mr Putin") from a word inside a longer
/// capitalised name ("Ghulam Sarwar Khan", "Ahmad Shah Durrani", "Oh Ei Sun"): a capitalised word right before or
/// after the span, or a person particle and a name word after it ("Abdullah al-Ani"), makes it part of a longer name,
/// unless that word ends a person title or is a stop word; an
/// organisation or project suffix after it always does ("Cornell University" is no mention of Svante Cornell).
/// </summary>
internal sealed class NameNeighbours
{
    private readonly CueSet cues;

    public NameNeighbours(CueSet cues) => this.cues = cues;

    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) have a name word beside them within the sentence ending at <paramref name="limit"/>.</summary>
    public bool InsideLongerName(Paragraph paragraph, int start, int end, int limit) =>
        start > 0 && IsNameWord(paragraph, start - 1, before: true) || end < limit && IsNameWord(paragraph, end, before: false)
        || ParticleThenName(paragraph, end, limit);

    /// <summary>"Abdullah al-Ani", "Osama bin Laden": a person particle after the span, then (past a glued hyphen) a name word.</summary>
    private bool ParticleThenName(Paragraph paragraph, int at, int limit)
    {
        if (at + 1 >= limit || !CueSet.Contains(cues.PersonParticles, paragraph.Normalised.AsSpan(paragraph.Tokens[at].Start, paragraph.Tokens[at].Length)))
        {
            return false;
        }

        int next = at + 1;
        if (paragraph.Normalised.AsSpan(paragraph.Tokens[next].Start, paragraph.Tokens[next].Length) is "-" && paragraph.Tokens[next].Start == paragraph.Tokens[at].End)
        {
            next++;
        }

        return next < limit && IsNameWord(paragraph, next, before: false);
    }

    /// <summary>
    /// True when a capitalised name word that is not the sentence's first stands right before token
    /// <paramref name="start"/> ("the National Democratic Party": "National" before the curated "Democratic Party").
    /// </summary>
    /// Generic name words count here ("National", "Islamic"), which the stop words keep from a partial name; a title
    /// does not ("President").
    public bool NameWordBefore(Paragraph paragraph, int start, int sentenceStart)
    {
        if (start - 1 <= sentenceStart)
        {
            return false;
        }

        // "KABUL, Nov 2 — The Afghan Taliban": an article opening a clause after a dash is no name word.
        Token token = paragraph.Tokens[start - 1];
        ReadOnlySpan<char> word = paragraph.Normalised.AsSpan(token.Start, token.Length);
        return token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && !token.Is(TokenShape.AllUpper)
            && !TitleEndsAt(paragraph, start - 1) && !word.SequenceEqual("The") && !word.SequenceEqual("A") && !word.SequenceEqual("An");
    }

    private bool IsNameWord(Paragraph paragraph, int i, bool before)
    {
        Token token = paragraph.Tokens[i];
        if (token.Kind != TokenKind.Word || !token.Is(TokenShape.Capitalised) || token.Is(TokenShape.AllUpper))
        {
            return false;
        }

        ReadOnlySpan<char> word = paragraph.Normalised.AsSpan(token.Start, token.Length);

        // An organisation or project suffix after the span ends a longer name ("Cornell University", "Rice University"),
        // although such generic heads are stop words, never names alone.
        if (!before && (CueSet.Contains(cues.OrganisationSuffixes, word) || CueSet.Contains(cues.ProjectSuffixes, word)))
        {
            return true;
        }

        return !CueSet.Contains(cues.StopWords, word) && !(before && TitleEndsAt(paragraph, i));
    }

    /// <summary>
    /// True when a whole person title ends at token <paramref name="i"/> ("President", "Secretary of State"): the last word
    /// of a longer title alone is a name word ("the State Security Service", "State Committee for National Security").
    /// </summary>
    private bool TitleEndsAt(Paragraph paragraph, int i)
    {
        ReadOnlySpan<char> last = paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
        if (!CueSet.Contains(cues.TitleEnds, last))
        {
            return false;
        }

        foreach (string[] title in cues.Titles)
        {
            int first = i - title.Length + 1;
            if (first < 0 || !last.SequenceEqual(title[^1]))
            {
                continue;
            }

            bool all = true;
            for (int k = 0; k < title.Length - 1 && all; k++)
            {
                Token token = paragraph.Tokens[first + k];
                all = paragraph.Normalised.AsSpan(token.Start, token.Length).SequenceEqual(title[k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
