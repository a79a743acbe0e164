namespace KnowledgeGraph.Model;

/// <summary>
/// What a <see cref="SyntaxLayer"/> calls back into for the work it does on demand: tagging or parsing a sentence
/// when a later stage asks for it, lemmatising a token when asked, naming an XPOS tag. Implemented by the Syntax stage's
/// annotator; the seam exists because the model must not depend on the stage that fills it. Implementations are
/// thread-safe.
/// </summary>
internal interface ISyntaxAnnotator
{
    /// <summary>The name of an XPOS tag index ("NNP", "VBD"); never allocates.</summary>
    string XposName(byte xpos);

    /// <summary>The lemma of a word form with its tags: treebank lexicon first, rules for unseen words.</summary>
    string Lemma(ReadOnlySpan<char> form, Upos upos, byte xpos);

    /// <summary>
    /// True when the tagger's training data saw <paramref name="form"/> as a past tense (VBD): "spoke", "took"; a look-up
    /// of the form alone, no tagging.
    /// </summary>
    bool CanBePast(ReadOnlySpan<char> form);

    /// <summary>
    /// Tags tokens [<paramref name="from"/>, <paramref name="to"/>) of sentence <paramref name="sentence"/> of
    /// <paramref name="paragraph"/>: writes <see cref="SyntaxToken.Upos"/> and <see cref="SyntaxToken.Xpos"/> into
    /// <paramref name="tokens"/>, the sentence's slice of the layer, whose tokens before <paramref name="from"/> are tagged
    /// already. The tags are those the whole sentence would get at once.
    /// </summary>
    void Tag(Paragraph paragraph, int sentence, Span<SyntaxToken> tokens, int from, int to);

    /// <summary>
    /// Parses sentence <paramref name="sentence"/> of <paramref name="paragraph"/>: writes <see cref="SyntaxToken.Head"/>
    /// (paragraph token index, -1 for the root) and <see cref="SyntaxToken.Relation"/> into <paramref name="tokens"/>,
    /// the sentence's slice of the layer, whose tags are already set.
    /// </summary>
    void Parse(Paragraph paragraph, int sentence, Span<SyntaxToken> tokens);
}
