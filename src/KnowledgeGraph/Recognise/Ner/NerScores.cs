using System.Globalization;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>Exact-span precision, recall and F1 (span and type must both match), and the calibration error of span confidences.</summary>
internal sealed record NerScores(int Correct, int Predicted, int Gold, double CalibrationError)
{
    public double Precision => Predicted == 0 ? 1 : Correct / (double)Predicted;
    public double Recall => Gold == 0 ? 1 : Correct / (double)Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({Correct}/{Predicted} predicted, {Gold} gold; calibration error {CalibrationError:0.000})");
}
