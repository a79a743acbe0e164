using KnowledgeGraph.Build;
using KnowledgeGraph.Cli.Commands;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class BuildProgressViewTests
{
    private ProgressTask read = null!;
    private ProgressTask extract = null!;
    private ProgressTask write = null!;
    private BuildProgressView view = null!;

    [SetUp]
    public void SetUp()
    {
        read = new ProgressTask(0, "read", 100);
        extract = new ProgressTask(1, "extract", 100);
        write = new ProgressTask(2, "write", 100);
        view = new BuildProgressView(read, extract, write);
    }

    [Test]
    public void Report_InputSizeKnown_EachPhaseHasItsTotal()
    {
        view.Report(new BuildProgress(Read: 2_500_000, ReadTotal: 10_000_000, ArticlesRead: 400, ToExtract: 380, Extracted: 256, Written: 200, Batches: 1, ReadDone: false, Settling: false));

        Assert.That((read.Value, read.MaxValue), Is.EqualTo((2_500_000d, 10_000_000d)));
        Assert.That(read.Description, Does.Contain("2.5 of 10.0 MB, 400 articles"));
        Assert.That((extract.Value, extract.MaxValue), Is.EqualTo((256d, 380d)));
        Assert.That(extract.Description, Does.Contain("256 of 380+ articles"), "more may come while reading goes on");
        Assert.That((write.Value, write.MaxValue), Is.EqualTo((200d, 380d)));
        Assert.That(write.Description, Does.Contain("200 articles in 1 batches"));
    }

    [Test]
    public void Report_ReadingDoneAndSettling_TotalsAreFinalAndTheSettleIsNamed()
    {
        view.Report(new BuildProgress(Read: 9_999_000, ReadTotal: 10_000_000, ArticlesRead: 1000, ToExtract: 990, Extracted: 990, Written: 990, Batches: 4, ReadDone: true, Settling: true));

        Assert.That(read.Value, Is.EqualTo(read.MaxValue));
        Assert.That(extract.Description, Does.Contain("990 of 990 articles").And.Not.Contain("+"));
        Assert.That(write.Description, Does.Contain("settling entities, edges and claims"));
    }

    [Test]
    public void Report_InputSizeUnknown_ReadIsIndeterminateUntilDone()
    {
        view.Report(new BuildProgress(Read: 5000, ReadTotal: 0, ArticlesRead: 3, ToExtract: 3, Extracted: 0, Written: 0, Batches: 0, ReadDone: false, Settling: false));
        bool whileReading = read.IsIndeterminate;
        view.Report(new BuildProgress(Read: 9000, ReadTotal: 0, ArticlesRead: 5, ToExtract: 5, Extracted: 5, Written: 5, Batches: 1, ReadDone: true, Settling: true));

        Assert.That(whileReading, Is.True);
        Assert.That(read.IsIndeterminate, Is.False);
        Assert.That(read.Description, Does.Contain("5 articles"));
    }
}
