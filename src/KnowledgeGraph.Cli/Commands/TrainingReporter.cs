using System.Globalization;
using KnowledgeGraph.Syntax.Training;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Prints `kg train`'s report: notes and per-epoch dev scores as lines on standard output, and, on a terminal, a
/// progress bar per phase (tagger, jack-knife folds, parser, labeller).
/// </summary>
internal sealed class TrainingReporter(TextWriter output, ProgressContext? progress) : ITrainingListener
{
    private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);

    public void Note(string line) => output.WriteLine(line);

    public void Progress(string phase, long done, long total)
    {
        if (progress is null)
        {
            return;
        }

        if (!tasks.TryGetValue(phase, out ProgressTask? task))
        {
            tasks[phase] = task = progress.AddTask(phase, maxValue: total);
        }

        task.Value = done;
    }

    public void Epoch(string component, int epoch, int epochs, IReadOnlyList<(string Set, SyntaxScores Scores)> scores)
    {
        foreach ((string set, SyntaxScores s) in scores)
        {
            string figures = component switch
            {
                "tagger" => string.Create(CultureInfo.InvariantCulture, $"UPOS {s.UposAccuracy:0.0000}  XPOS {s.XposAccuracy:0.0000}"),
                "parser" => string.Create(CultureInfo.InvariantCulture, $"UAS {s.Uas:0.0000}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"UAS {s.Uas:0.0000}  LAS {s.Las:0.0000}  (full labels {s.LasFull:0.0000})"),
            };
            output.WriteLine($"{component} epoch {epoch}/{epochs}  {set}: {figures}");
        }

        output.Flush();
    }
}
