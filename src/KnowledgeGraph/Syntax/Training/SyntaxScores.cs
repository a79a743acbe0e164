namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Accuracy counts over a set of gold sentences. <see cref="Las"/> compares universal relations (subtypes dropped),
/// as the CoNLL 2018 shared task scorer does; <see cref="LasFull"/> compares full relations (nsubj:pass).
/// </summary>
internal sealed record SyntaxScores(long Words, long Upos, long Xpos, long Lemma, long Heads, long Labelled, long LabelledFull)
{
    public static SyntaxScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public double UposAccuracy => Ratio(Upos);
    public double XposAccuracy => Ratio(Xpos);
    public double LemmaAccuracy => Ratio(Lemma);
    public double Uas => Ratio(Heads);
    public double Las => Ratio(Labelled);
    public double LasFull => Ratio(LabelledFull);

    public static SyntaxScores operator +(SyntaxScores a, SyntaxScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new SyntaxScores(a.Words + b.Words, a.Upos + b.Upos, a.Xpos + b.Xpos, a.Lemma + b.Lemma, a.Heads + b.Heads, a.Labelled + b.Labelled, a.LabelledFull + b.LabelledFull);
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"UPOS {UposAccuracy:0.0000}  XPOS {XposAccuracy:0.0000}  lemma {LemmaAccuracy:0.0000}  UAS {Uas:0.0000}  LAS {Las:0.0000}  (full labels {LasFull:0.0000})  {Words:N0} words");

    private double Ratio(long count) => Words == 0 ? 0 : (double)count / Words;
}
