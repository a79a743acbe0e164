using System.Globalization;
using System.Text;
using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// Trains the <see cref="NerModel"/>: greedy averaged-perceptron training over prepared sentences (shuffled with a
/// fixed seed each epoch, so the same data and seed give the same model), the epoch with the best span F1 on the
/// selection set kept, then a softmax temperature fitted on the selection set so span confidences are calibrated.
/// Reports every epoch through <paramref name="report"/>.
/// </summary>
internal sealed class NerTrainer(int epochs, int seed, float prune, Action<string> report)
{
    public NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence> selection, string data)
    {
        var perceptron = new SparsePerceptron(NerTags.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        WeightTable? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                Learn(perceptron, train[s]);
            }

            WeightTable table = perceptron.ToTable(prune);
            NerScores scores = NerEvaluator.Evaluate(new NerModel(table, 1f, ""), selection);
            report($"ner epoch {epoch}: selection {scores}");
            if (scores.F1 > bestF1)
            {
                (best, bestF1, bestEpoch) = (table, scores.F1, epoch);
            }
        }

        float temperature = NerEvaluator.FitTemperature(best!, selection);
        string description = string.Create(CultureInfo.InvariantCulture, $"data: {data}\nseed: {seed}\nepochs: {epochs} (best {bestEpoch})\nselection F1: {bestF1:0.000}\ntemperature: {temperature:0.00}\n");
        report($"ner: kept epoch {bestEpoch} (selection F1 {bestF1:0.000}), temperature {temperature:0.00}");
        return new NerModel(best!, temperature, description);
    }

    private static void Learn(SparsePerceptron perceptron, NerSentence sentence)
    {
        SentenceWords words = SentenceWords.ForThread();
        words.Load(sentence.Text, sentence.Tokens);
        Span<ulong> features = stackalloc ulong[NerFeatures.Max];
        Span<float> scores = stackalloc float[NerTags.Count];
        var tags = new byte[sentence.Count];
        for (int i = 0; i < sentence.Count; i++)
        {
            int count = NerFeatures.Extract(words, sentence.Upos, sentence.Cues, tags, i, features);
            scores.Clear();
            perceptron.Score(features[..count], scores);
            int previous = i > 0 ? tags[i - 1] : NerTags.Outside;
            (int guess, _) = NerModel.Best(scores, previous, i == sentence.Count - 1, 1f);
            int gold = sentence.Gold[i];
            if (guess != gold)
            {
                perceptron.Update(features[..count], gold, 1f);
                perceptron.Update(features[..count], guess, -1f);
            }

            // The history the next token sees is the gold one when it is allowed, else the guess.
            tags[i] = (byte)(NerTags.Allowed(previous, gold) ? gold : guess);
            perceptron.Tick();
        }
    }
}
