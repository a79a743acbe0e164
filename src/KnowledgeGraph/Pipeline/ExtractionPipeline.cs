using KnowledgeGraph.Model;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// The per-document stages in order: Text (normalise, tokenise, split sentences) → Syntax (tag; parse on demand) → Recognise → Resolve → Relate (claims).
/// Thread-safe: <see cref="Process"/> may run on many documents at once.
/// </summary>
internal sealed class ExtractionPipeline
{
    public ExtractionPipeline(IReadOnlyList<IDocumentStage> stages, string fingerprint)
    {
        Stages = stages;
        Fingerprint = fingerprint;
    }

    public IReadOnlyList<IDocumentStage> Stages { get; }

    /// <summary>The curated gazetteer the stages were built from (null for a hand-made pipeline).</summary>
    public KnowledgeGraph.Gazetteer.Gazetteer? Gazetteer { get; init; }

    /// <summary>
    /// The language model the Syntax stage runs (null when syntax is off). Its <see cref="SyntaxModel.File"/> gives later
    /// components their own sections of the same model file.
    /// </summary>
    public KnowledgeGraph.Syntax.SyntaxModel? Syntax { get; init; }

    /// <summary>Hash of the gazetteer and lexicon files and of the language model: when it changes, stored articles must be re-resolved.</summary>
    public string Fingerprint { get; }

    /// <summary>Runs every stage on <paramref name="doc"/>; repeats (<see cref="Document.IsRepeat"/>) are left untouched.</summary>
    public void Process(Document doc)
    {
        if (doc.IsRepeat)
        {
            return;
        }

        foreach (IDocumentStage stage in Stages)
        {
            stage.Process(doc);
        }
    }

    /// <summary>
    /// Runs every stage but the tokeniser and the sentence splitter on <paramref name="doc"/>, whose paragraphs already
    /// have their tokens and sentences (words given by a CoNLL-U file).
    /// </summary>
    public void ProcessTokenised(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (IDocumentStage stage in Stages)
        {
            if (stage is not KnowledgeGraph.Text.Tokeniser and not KnowledgeGraph.Text.SentenceSplitter)
            {
                stage.Process(doc);
            }
        }
    }
}
