using KnowledgeGraph.Recognise;
using KnowledgeGraph.Recognise.Ner;
using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Tests.Recognise.Ner;

/// <summary>Trains a tiny recogniser on a slice of Universal NER (no POS tags, small gazetteer) and checks it learns, is deterministic and round-trips.</summary>
[TestFixture]
internal sealed class NerTrainerTests
{
    private static (List<NerSentence> Train, List<NerSentence> Test) Data()
    {
        string path = Path.Combine(RepoPaths.Root, "..", "shared", "treebanks", "uner", "en_ewt-ud-dev.iob2");
        Assume.That(File.Exists(path), "Universal NER data not beside the repository");
        List<NerSentence> all = NerCorpus.ReadIob2(path).ToList();
        var preparer = new NerPreparer(null, new FormTrie([]), new CueSet(Cues.Empty));
        preparer.Prepare(all);
        return (all.Take(1200).ToList(), all.Skip(1600).ToList());
    }

    [Test]
    public void Train_SliceOfUniversalNer_LearnsAboveFloorAndCalibrates()
    {
        (List<NerSentence> train, List<NerSentence> test) = Data();
        NerModel model = new NerTrainer(3, 1, 0f, _ => { }).Train(train, test.Take(150).ToList(), "test");
        NerScores scores = NerEvaluator.Evaluate(model, test.Skip(150).ToList());
        Assert.That(scores.F1, Is.GreaterThan(0.3), scores.ToString());
        Assert.That(scores.CalibrationError, Is.LessThan(0.3), scores.ToString());
    }

    [Test]
    public void Train_SameDataAndSeed_SameBytes_AndSectionRoundTrips()
    {
        (List<NerSentence> train, List<NerSentence> test) = Data();
        byte[] a = new NerTrainer(1, 7, 0f, _ => { }).Train(train.Take(300).ToList(), test.Take(50).ToList(), "test").ToBytes();
        byte[] b = new NerTrainer(1, 7, 0f, _ => { }).Train(train.Take(300).ToList(), test.Take(50).ToList(), "test").ToBytes();
        Assert.That(a, Is.EqualTo(b));
        var file = KnowledgeGraph.Syntax.ModelFiles.ModelFile.Parse(new KnowledgeGraph.Syntax.ModelFiles.ModelFileWriter().Set(NerModel.SectionName, NerModel.SectionVersion, a).ToBytes(), "test.model");
        NerModel read = NerModel.Read(file.Section(NerModel.SectionName, NerModel.SectionVersion), "test.model");
        Assert.That(read.ToBytes(), Is.EqualTo(a));
    }
}
