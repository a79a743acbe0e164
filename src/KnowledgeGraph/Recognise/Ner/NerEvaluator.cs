using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>Scores a <see cref="NerModel"/> on prepared sentences and fits its softmax temperature.</summary>
internal static class NerEvaluator
{
    private static readonly float[] Temperatures = [0.25f, 0.35f, 0.5f, 0.7f, 1f, 1.4f, 2f, 2.8f, 4f, 5.6f, 8f, 11f, 16f, 22f, 32f, 45f, 64f];

    public static NerScores Evaluate(NerModel model, IReadOnlyList<NerSentence> sentences)
    {
        int correct = 0, predicted = 0, gold = 0;
        var bins = new (double Confidence, int Correct, int Count)[10];
        foreach ((List<(int Start, int End, int Type, float Confidence)> found, HashSet<(int, int, int)> expected) in Spans(model, sentences))
        {
            gold += expected.Count;
            foreach (var span in found)
            {
                bool hit = expected.Contains((span.Start, span.End, span.Type));
                predicted++;
                correct += hit ? 1 : 0;
                int bin = Math.Min(9, (int)(span.Confidence * 10));
                bins[bin] = (bins[bin].Confidence + span.Confidence, bins[bin].Correct + (hit ? 1 : 0), bins[bin].Count + 1);
            }
        }

        double error = 0;
        foreach (var bin in bins)
        {
            error += bin.Count == 0 ? 0 : Math.Abs((bin.Confidence / bin.Count) - (bin.Correct / (double)bin.Count)) * bin.Count;
        }

        return new NerScores(correct, predicted, gold, predicted == 0 ? 0 : error / predicted);
    }

    /// <summary>The temperature that minimises the log loss of span confidences against span correctness.</summary>
    public static float FitTemperature(WeightTable weights, IReadOnlyList<NerSentence> sentences)
    {
        float best = 1f;
        double bestLoss = double.MaxValue;
        foreach (float t in Temperatures)
        {
            double loss = 0;
            foreach ((var found, var expected) in Spans(new NerModel(weights, t, ""), sentences))
            {
                foreach (var span in found)
                {
                    double p = Math.Clamp(span.Confidence, 1e-4, 1 - 1e-4);
                    loss -= expected.Contains((span.Start, span.End, span.Type)) ? Math.Log(p) : Math.Log(1 - p);
                }
            }

            if (loss < bestLoss)
            {
                (best, bestLoss) = (t, loss);
            }
        }

        return best;
    }

    /// <summary>Predicted spans with confidences (the least probable tag of the span) and gold spans, per sentence.</summary>
    public static IEnumerable<(List<(int Start, int End, int Type, float Confidence)> Found, HashSet<(int, int, int)> Expected)> Spans(NerModel model, IReadOnlyList<NerSentence> sentences)
    {
        foreach (NerSentence sentence in sentences)
        {
            SentenceWords words = SentenceWords.ForThread();
            words.Load(sentence.Text, sentence.Tokens);
            var tags = new byte[sentence.Count];
            var probabilities = new float[sentence.Count];
            model.Decode(words, sentence.Upos, sentence.Cues, tags, probabilities);
            var found = new List<(int, int, int, float)>();
            foreach ((int start, int end, int type) in NerTags.Decode(tags))
            {
                float confidence = 1f;
                for (int i = start; i < end; i++)
                {
                    confidence = Math.Min(confidence, probabilities[i]);
                }

                found.Add((start, end, type, confidence));
            }

            yield return (found, NerTags.Decode(sentence.Gold).ToHashSet());
        }
    }
}
