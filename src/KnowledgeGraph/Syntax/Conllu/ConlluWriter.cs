namespace KnowledgeGraph.Syntax.Conllu;

/// <summary>Writes CoNLL-U sentences: comments, then word lines with the verbatim multiword and empty-node lines in place, then a blank line.</summary>
internal static class ConlluWriter
{
    public static void Write(TextWriter output, ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (string comment in sentence.Comments)
        {
            output.Write(comment);
            output.Write('\n');
        }

        int extra = 0;
        for (int i = 0; i < sentence.Words.Count; i++)
        {
            while (extra < sentence.Extras.Count && sentence.Extras[extra].Before == i)
            {
                output.Write(sentence.Extras[extra++].Text);
                output.Write('\n');
            }

            Write(output, sentence.Words[i]);
        }

        while (extra < sentence.Extras.Count)
        {
            output.Write(sentence.Extras[extra++].Text);
            output.Write('\n');
        }

        output.Write('\n');
    }

    public static void Write(TextWriter output, ConlluWord word)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(word);
        output.Write(word.Id);
        output.Write('\t');
        output.Write(word.Form);
        output.Write('\t');
        output.Write(word.Lemma);
        output.Write('\t');
        output.Write(word.Upos);
        output.Write('\t');
        output.Write(word.Xpos);
        output.Write('\t');
        output.Write(word.Feats);
        output.Write('\t');
        output.Write(word.Head < 0 ? "_" : word.Head.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.Write('\t');
        output.Write(word.Deprel);
        output.Write('\t');
        output.Write(word.Deps);
        output.Write('\t');
        output.Write(word.Misc);
        output.Write('\n');
    }
}
