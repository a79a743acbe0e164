using KnowledgeGraph.Relate.Claims.Learned;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

/// <summary>Trains small relation models on the first sentences of the shipped training set.</summary>
[TestFixture]
internal sealed class RelationTrainerTests
{
    [Test]
    public void Add_AnnotatedSentences_PlacesMostClaimsOnPairsOfTheirMentions()
    {
        RelationTrainingData data = RelationTestData.Value;

        Assert.That(data.Sentences, Is.EqualTo(400));
        Assert.That(data.Placed, Is.GreaterThan(data.Claims * 0.8), "an annotated claim names two entities the pipeline found in its sentence");
        Assert.That(data.Examples.Count(e => e.Label != RelationLabels.None), Is.EqualTo(data.Placed));
    }

    [Test]
    public void Train_SameDataAndSeed_SameBytes_AndSectionRoundTrips()
    {
        RelationTrainingData data = RelationTestData.Value;
        byte[] a = new RelationTrainer(2, 3).Train(data.Examples, RelationTestData.Labels, RelationTestData.Types, "test\n").Model.ToBytes();
        byte[] b = new RelationTrainer(2, 3).Train(data.Examples, RelationTestData.Labels, RelationTestData.Types, "test\n").Model.ToBytes();

        Assert.That(a, Is.EqualTo(b));
        ModelFile file = ModelFile.Parse(new ModelFileWriter().Set(RelationModel.SectionName, RelationModel.SectionVersion, a).ToBytes(), "test.model");
        RelationModel read = RelationModel.Read(file.Section(RelationModel.SectionName, RelationModel.SectionVersion), "test.model");
        Assert.That(read.ToBytes(), Is.EqualTo(a));
        Assert.That(read.Labels.Count, Is.EqualTo(RelationTestData.Labels.Count));
    }

    [Test]
    public void Train_UnreachablePrecisionTarget_StatesNothing_ReachableOneStatesSomething()
    {
        RelationTrainingData data = RelationTestData.Value;

        (RelationModel strict, RelationHeldOut none) = new RelationTrainer(2, targetPrecision: 1.01f).Train(data.Examples, RelationTestData.Labels, RelationTestData.Types, "");
        (RelationModel loose, RelationHeldOut some) = new RelationTrainer(2, targetPrecision: 0f) { MinimumRight = 1 }.Train(data.Examples, RelationTestData.Labels, RelationTestData.Types, "");

        Assert.That(strict.StatesAny, Is.False);
        Assert.That(none.Stated, Is.Zero);
        Assert.That(loose.StatesAny, Is.True);
        Assert.That(some.Right, Is.GreaterThan(0), some.ToString());
        Assert.That(loose.Description, Does.Contain("held-out PART_OF: "));
    }
}
