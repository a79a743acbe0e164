using System.Text.Json;
using KnowledgeGraph.Build;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Build;

[TestFixture]
internal sealed class InputPlannerTests
{
    [Test]
    public void Plan_EmptyStore_ReadsEveryFile()
    {
        using var temp = new TempStore();
        string[] files = [Write(temp, "a.jsonl", SeedLines.TitleVoid, SeedLines.Aid), Write(temp, "b.jsonl", SeedLines.TitleOutlook, SeedLines.Optics)];
        using GraphStore store = temp.Open();

        InputPlan plan = InputPlanner.Plan(files, store, readAll: false, new DiagnosticBag());

        Assert.That(plan.ToRead, Is.EqualTo(files));
        Assert.That(plan.Unchanged, Is.Empty);
    }

    [Test]
    public void Plan_AfterABuild_SkipsUnchangedFilesAndReadsTheEditedOne()
    {
        using var temp = new TempStore();
        string a = Write(temp, "a.jsonl", SeedLines.TitleVoid, SeedLines.Aid);
        string b = Write(temp, "b.jsonl", SeedLines.TitleOutlook, SeedLines.Optics);
        Build(temp, [a, b]);
        Write(temp, "b.jsonl", SeedLines.TitleOutlook, SeedLines.Delegations);
        using GraphStore store = temp.Open();

        InputPlan plan = InputPlanner.Plan([a, b], store, readAll: false, new DiagnosticBag());

        Assert.That(plan.ToRead, Is.EqualTo(new[] { b }));
        Assert.That(plan.Unchanged, Is.EquivalentTo(new[] { a }));
    }

    [Test]
    public void Plan_TouchedButSameBytes_IsStillSkipped()
    {
        using var temp = new TempStore();
        string a = Write(temp, "a.jsonl", SeedLines.TitleVoid, SeedLines.Aid);
        Build(temp, [a]);
        File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddMinutes(5));
        using GraphStore store = temp.Open();

        InputPlan plan = InputPlanner.Plan([a], store, readAll: false, new DiagnosticBag());

        Assert.That(plan.ToRead, Is.Empty);
    }

    [Test]
    public void Plan_FileWhoseArticleFailed_IsReadAgain()
    {
        using var temp = new TempStore();
        string a = Write(temp, "a.jsonl", SeedLines.TitleVoid, SeedLines.Aid);
        string b = Write(temp, "b.jsonl", SeedLines.TitleOutlook, SeedLines.Optics);
        Build(temp, [a, b], FailingStage.After(SeedLines.TitleVoid));
        using GraphStore store = temp.Open();

        InputPlan plan = InputPlanner.Plan([a, b], store, readAll: false, new DiagnosticBag());

        Assert.That(plan.ToRead, Is.EqualTo(new[] { a }));
    }

    [Test]
    public void Plan_ReadAll_ReadsUnchangedFilesToo()
    {
        using var temp = new TempStore();
        string a = Write(temp, "a.jsonl", SeedLines.TitleVoid, SeedLines.Aid);
        Build(temp, [a]);
        using GraphStore store = temp.Open();

        InputPlan plan = InputPlanner.Plan([a], store, readAll: true, new DiagnosticBag());

        Assert.That(plan.ToRead, Is.EqualTo(new[] { a }));
    }

    [Test]
    public void HasStaleArticles_StoreBuiltUnderAnotherFingerprint_IsTrue()
    {
        using var temp = new TempStore();
        temp.Build([TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, SeedLines.Aid)]);
        using GraphStore store = temp.Open();

        Assert.That(InputPlanner.HasStaleArticles(store, "base"), Is.False);
        Assert.That(InputPlanner.HasStaleArticles(store, "with-iran"), Is.True);
    }

    private static void Build(TempStore temp, string[] files, KnowledgeGraph.Pipeline.ExtractionPipeline? pipeline = null)
    {
        using StoreLock writer = StoreLock.Acquire(temp.StorePath);
        using GraphStore store = temp.Open();
        var diagnostics = new DiagnosticBag();
        InputPlan plan = InputPlanner.Plan(files, store, readAll: false, diagnostics);
        new GraphBuilder(store, pipeline ?? TestEntities.Pipeline(), new BuildOptions()).Build(new CorpusReader().Read(plan.ToRead, diagnostics), plan);
    }

    private static string Write(TempStore temp, string name, string title, string text)
    {
        string path = Path.Combine(temp.Folder, name);
        File.WriteAllText(path, JsonSerializer.Serialize(new { title, text }) + "\n");
        return path;
    }
}
