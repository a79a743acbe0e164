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
    public void Score_FourClasses_SameFloatsAsAddingFeatureByFeature()
    {
        WeightTable table = Table(4);
        ulong[] keys = [.. Enumerable.Range(0, 200).Select(i => Key((i * 5) % 7))];
        var scored = new float[4];
        var added = new float[4];

        table.Score(keys, scored);
        foreach (ulong key in keys)
        {
            table.Add(key, added);
        }

        Assert.That(scored.Select(BitConverter.SingleToInt32Bits), Is.EqualTo(added.Select(BitConverter.SingleToInt32Bits)));
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

    [Test]
    public void Score_WideRowsAfterReading_ScoresAsTheSparseRows()
    {
        const int Classes = 12;
        var writer = new KnowledgeGraph.Syntax.ModelFiles.SectionWriter();
        WeightTable.Create(Classes, [Key(1), Key(2), Key(3)], [Classes, 1, 4], [.. Enumerable.Range(0, Classes).Reverse().Select(c => (byte)c), 5, 0, 3, 7, 11],
            [.. Enumerable.Range(0, Classes).Select(c => (c * 0.37f) - 2f), 4f, 1.5f, -0.5f, 0.25f, 8f]).Write(writer);
        var sparseReader = new KnowledgeGraph.Syntax.ModelFiles.SectionReader(writer.ToArray(), "test.model", "table");
        WeightTable sparse = WeightTable.Read(ref sparseReader);
        var wideReader = new KnowledgeGraph.Syntax.ModelFiles.SectionReader(writer.ToArray(), "test.model", "table");
        WeightTable wide = WeightTable.Read(ref wideReader, wideRows: true);
        ulong[] keys = [Key(3), Key(1), Key(2), Key(4), Key(1)];
        var sparseScores = new float[Classes];
        var wideScores = new float[Classes];
        var added = new float[Classes];

        sparse.Score(keys, sparseScores);
        wide.Score(keys, wideScores);
        foreach (ulong key in keys)
        {
            wide.Add(key, added);
        }

        Assert.That(wideScores, Is.EqualTo(sparseScores));
        Assert.That(added, Is.EqualTo(sparseScores));
        Assert.That(wide.Entries, Is.EqualTo(sparse.Entries));
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
