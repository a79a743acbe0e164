namespace KnowledgeGraph.Eval;

/// <summary>Counts of true positives, false positives and false negatives, with precision, recall and F1.</summary>
internal sealed class Score
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>"P 0.992  R 0.935  F1 0.963  (tp …)"; a ratio with nothing to count (no prediction, no gold) shows as "-".</summary>
    public override string ToString()
    {
        bool predicted = TruePositives + FalsePositives > 0;
        bool expected = TruePositives + FalseNegatives > 0;
        string p = predicted ? Precision.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-    ";
        string r = expected ? Recall.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-    ";
        string f = predicted && expected ? F1.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-    ";
        return $"P {p}  R {r}  F1 {f}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
    }
}
