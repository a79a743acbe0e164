using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Tests.Syntax.Features;

[TestFixture]
internal sealed class WeightTableTests
{
    [Test]
    public void Score_FourClasses_AddsEveryRowOfTheFeatures()
    {
        WeightTable table = Table(4);
        var scores = new float[4];

        table.Score([Key(1), Key(3), 99UL], scores);

        Assert.That(scores, Is.EqualTo(new[] { 0.5f + 2f, -1.25f, 0f, 0.75f }));
    }

    [Test]
    public void Score_FourClasses_ScoresAsTheSparseLayout()
    {
        WeightTable dense = Table(4);
        WeightTable sparse = Table(5);
        ulong[] keys = [.. Enumerable.Range(0, 300).Select(i => Key(i % 7)), 12345UL, 0UL];
        var denseScores = new float[4];
        var sparseScores = new float[5];

        dense.Score(keys, denseScores);
        sparse.Score(keys, sparseScores);

        Assert.That(denseScores, Is.EqualTo(sparseScores[..4]));
    }

    [Test]
    public void Add_FourClassesAfterSaving_ScoresAsBefore()
    {
        WeightTable table = Table(4);
        var writer = new KnowledgeGraph.Syntax.ModelFiles.SectionWriter();
        table.Write(writer);
        var reader = new KnowledgeGraph.Syntax.ModelFiles.SectionReader(writer.ToArray(), "test.model", "table");
        WeightTable read = WeightTable.Read(ref reader);
        var before = new float[4];
        var after = new float[4];

        table.Add(Key(2), before);
        read.Add(Key(2), after);

        Assert.That(after, Is.EqualTo(before));
        Assert.That(before[2], Is.EqualTo(3.1f).Within(0.01f));
    }

    /// <summary>Keys whose low bits collide, so probing runs past occupied slots.</summary>
    private static ulong Key(int i) => ((ulong)(i + 1) << 40) | 7;

    /// <summary>Rows 1, 2 and 3 (by <see cref="Key"/>) over the first four classes; 0, 4, 5 and 6 have none.</summary>
    private static WeightTable Table(int classes)
    {
        ulong[] keys = [Key(1), Key(2), Key(3)];
        return WeightTable.Create(classes, keys, [2, 1, 2], [0, 1, 2, 0, 3], [0.5f, -1.25f, 3.1f, 2f, 0.75f]);
    }
}
