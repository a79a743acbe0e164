using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// Fills the UPOS tags (from the language layer's tagger, as at run time) and the cues (gazetteer readings,
/// common words, titles) of training sentences, so training sees the features decoding will see.
/// </summary>
internal sealed class NerPreparer
{
    private readonly SyntaxModel? syntax;
    private readonly GazetteerRecogniser gazetteer;
    private readonly CueSet cues;

    public NerPreparer(SyntaxModel? syntax, FormTrie trie, CueSet cues)
    {
        this.syntax = syntax;
        this.cues = cues;
        gazetteer = new GazetteerRecogniser(trie, cues);
    }

    public void Prepare(IEnumerable<NerSentence> sentences)
    {
        foreach (NerSentence sentence in sentences)
        {
            Prepare(sentence);
        }
    }

    public void Prepare(NerSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int n = sentence.Count;
        if (syntax is not null)
        {
            var output = new SyntaxToken[n];
            syntax.Tag(sentence.Text, sentence.Tokens, output);
            sentence.Upos = Array.ConvertAll(output, t => (byte)t.Upos);
        }

        var paragraph = new Paragraph { Text = sentence.Text, Role = LineRole.Body, Index = 0 };
        paragraph.Normalised = Normaliser.Normalise(sentence.Text);
        paragraph.Tokens = sentence.Tokens;
        paragraph.Sentences = [new Sentence(0, sentence.Text.Length, 0, n)];
        var doc = new Document { Id = "ner" };
        doc.Paragraphs.Add(paragraph);
        gazetteer.Process(doc);
        sentence.Cues = new NerCue[n];
        NerCues.Compute(paragraph, 0, cues, sentence.Cues);
    }
}
