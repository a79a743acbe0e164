using KnowledgeGraph.Build;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The live view of `kg build` on a terminal: one bar per phase (read: input bytes; extract: articles found to
/// extract; write: articles extracted), each with its totals and, from its rate so far, the time left; then a
/// spinner while the aggregates are settled. Reports arrive on the build's thread and only set values.
/// </summary>
internal sealed class BuildProgressView(ProgressTask read, ProgressTask extract, ProgressTask write) : IProgress<BuildProgress>
{
    private ProgressTask[] Tasks => [read, extract, write];

    public static BuildSummary Run(IAnsiConsole console, Func<IProgress<BuildProgress>, BuildSummary> build) =>
        console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var view = new BuildProgressView(context.AddTask("read"), context.AddTask("extract"), context.AddTask("write"));
                BuildSummary summary = build(view);
                foreach (ProgressTask task in view.Tasks)
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }

                return summary;
            });

    public void Report(BuildProgress value)
    {
        if (value.ReadTotal > 0)
        {
            read.MaxValue = value.ReadTotal;
            read.Value = value.ReadDone ? value.ReadTotal : Math.Min(value.Read, value.ReadTotal);
            read.Description = $"read     {value.Read / 1e6,7:0.0} of {value.ReadTotal / 1e6:0.0} MB, {value.ArticlesRead} articles";
        }
        else
        {
            read.IsIndeterminate = !value.ReadDone;
            read.Description = $"read     {value.ArticlesRead} articles";
        }

        extract.MaxValue = Math.Max(1, value.ToExtract);
        extract.Value = value.Extracted;
        extract.Description = $"extract  {value.Extracted} of {value.ToExtract}{(value.ReadDone ? "" : "+")} articles";
        write.MaxValue = Math.Max(1, value.ToExtract);
        write.Value = value.Written;
        write.Description = value.Settling
            ? $"write    {value.Written} articles in {value.Batches} batches; settling entities, edges and claims"
            : $"write    {value.Written} articles in {value.Batches} batches";
    }
}
