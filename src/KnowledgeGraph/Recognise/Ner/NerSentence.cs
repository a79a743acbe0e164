using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>One training or evaluation sentence of the recogniser: its text and tokens, gold BILOU tags, and the UPOS tags and cues the features read (filled before training).</summary>
internal sealed class NerSentence
{
    public required string Source { get; init; }
    public required string Text { get; init; }
    public required Token[] Tokens { get; init; }
    public required byte[] Gold { get; init; }
    public byte[] Upos { get; set; } = [];
    public NerCue[] Cues { get; set; } = [];

    public int Count => Tokens.Length;
}
