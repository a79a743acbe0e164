using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Syntax.Conllu;

/// <summary>
/// Moves sentences between CoNLL-U and the document model: a given sentence becomes a one-sentence paragraph whose
/// tokens are exactly its words (so the pipeline annotates what the file says, not what the tokeniser would make of
/// it), and an annotated sentence becomes CoNLL-U word lines. Entity mentions go into MISC as NE=B-Type / NE=I-Type.
/// </summary>
internal static class ConlluParagraphs
{
    /// <summary>A body paragraph holding <paramref name="sentence"/>'s words as tokens, its text rebuilt from them.</summary>
    public static Paragraph ToParagraph(ConlluSentence sentence, int index)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int n = sentence.Words.Count;
        var offsets = new (int Start, int End)[n];
        string text = sentence.Text(offsets);
        var tokens = new Token[n];
        for (int i = 0; i < n; i++)
        {
            (int start, int end) = offsets[i];
            ReadOnlySpan<char> form = text.AsSpan(start, end - start);
            TokenKind kind = KindOf(form);
            TokenShape shape = kind is TokenKind.Word or TokenKind.Number ? TokenShapes.Of(form) : TokenShape.None;
            if (i == 0 || offsets[i - 1].End < start)
            {
                shape |= TokenShape.SpaceBefore;
            }

            tokens[i] = new Token(start, end, kind, shape);
        }

        var paragraph = new Paragraph { Text = text, Role = LineRole.Body, Index = index };
        paragraph.Locations.Add(new SourceLocation(sentence.File, sentence.Line));
        paragraph.Normalised = Normaliser.Normalise(text);
        paragraph.Tokens = tokens;
        paragraph.Sentences = [new Sentence(0, text.Length, 0, n)];
        return paragraph;
    }

    /// <summary>
    /// Writes the paragraph's predictions into <paramref name="sentence"/>'s words (LEMMA, UPOS, XPOS, HEAD, DEPREL;
    /// FEATS and DEPS "_"; MISC keeps SpaceAfter and gains NE), leaving IDs, forms, comments and other lines as read.
    /// </summary>
    public static void Fill(ConlluSentence sentence, Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(paragraph);
        string?[] entities = EntityTags(paragraph, 0);
        for (int i = 0; i < sentence.Words.Count; i++)
        {
            ConlluWord word = sentence.Words[i];
            sentence.Words[i] = Annotate(word.Id, word.Form, paragraph, i, 0, ConlluMisc.Keep(word.Misc, "SpaceAfter", entities[i]));
        }
    }

    /// <summary>Sentence <paramref name="index"/> of an annotated paragraph as a new CoNLL-U sentence with # sent_id and # text.</summary>
    public static ConlluSentence FromParagraph(Paragraph paragraph, int index, string sentId)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        Sentence sent = paragraph.Sentences[index];
        var sentence = new ConlluSentence { File = paragraph.Location.File, Line = paragraph.Location.Line };
        sentence.Comments.Add($"# sent_id = {sentId}");
        sentence.Comments.Add($"# text = {paragraph.Text.AsSpan(sent.Start, sent.Length).ToString().ReplaceLineEndings(" ")}");
        string?[] entities = EntityTags(paragraph, index);
        for (int t = sent.TokenStart; t < sent.TokenEnd; t++)
        {
            Token token = paragraph.Tokens[t];
            bool joined = t + 1 < sent.TokenEnd && paragraph.Tokens[t + 1].Start == token.End;
            string? entity = entities[t - sent.TokenStart];
            string misc = joined ? (entity is null ? "SpaceAfter=No" : $"SpaceAfter=No|{entity}") : entity ?? "_";
            string form = paragraph.Text.Substring(token.Start, token.Length).Replace(' ', '\u00A0');
            sentence.Words.Add(Annotate(t - sent.TokenStart + 1, form, paragraph, t, sent.TokenStart, misc));
            sentence.WordLines.Add(paragraph.Location.Line);
        }

        return sentence;
    }

    private static ConlluWord Annotate(int id, string form, Paragraph paragraph, int token, int sentenceStart, string misc)
    {
        SyntaxLayer? layer = paragraph.Syntax;
        if (layer is null)
        {
            return new ConlluWord(id, form, "_", "_", "_", "_", -1, "_", "_", misc);
        }

        SyntaxToken syntax = layer[token];
        int headId = -1;
        if (syntax.Relation != DepRel.None)
        {
            headId = syntax.Head < 0 ? 0 : syntax.Head - sentenceStart + 1;
        }

        return new ConlluWord(id, form, layer.Lemma(token), syntax.Upos.Name(), layer.Xpos(token), "_", headId, syntax.Relation.Name(), "_", misc);
    }

    /// <summary>NE=B-Type / NE=I-Type per token of sentence <paramref name="index"/> (null where no mention is).</summary>
    private static string?[] EntityTags(Paragraph paragraph, int index)
    {
        Sentence sent = paragraph.Sentences[index];
        var tags = new string?[sent.TokenEnd - sent.TokenStart];
        foreach (Mention mention in paragraph.Mentions)
        {
            // A demonym ("Iraqi", "Chinese") names no entity on its own: named-entity annotation leaves it out.
            if (mention.Sentence != index || mention.Kind == MentionKind.Demonym)
            {
                continue;
            }

            string type = mention.Entity.Type.ToString();
            for (int t = Math.Max(mention.TokenStart, sent.TokenStart); t < Math.Min(mention.TokenEnd, sent.TokenEnd); t++)
            {
                tags[t - sent.TokenStart] = (t == mention.TokenStart ? "NE=B-" : "NE=I-") + type;
            }
        }

        return tags;
    }

    private static TokenKind KindOf(ReadOnlySpan<char> form)
    {
        char first = form[0];
        if (char.IsLetter(first))
        {
            return TokenKind.Word;
        }

        if (char.IsDigit(first))
        {
            return TokenKind.Number;
        }

        return char.IsSymbol(first) || first is '%' or '&' or '@' or '#' ? TokenKind.Symbol : TokenKind.Punctuation;
    }
}
