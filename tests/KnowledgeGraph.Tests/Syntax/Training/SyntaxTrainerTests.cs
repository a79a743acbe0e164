using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.Training;

namespace KnowledgeGraph.Tests.Syntax.Training;

[TestFixture]
internal sealed class SyntaxTrainerTests
{
    [Test]
    public void Train_SmallFixture_FitsItsTrainingSentences()
    {
        SyntaxModel model = SyntaxFixtures.TinyModel;
        List<TreebankSentence> sentences = SyntaxFixtures.Sentences();
        sentences.ForEach(s => s.AssignClasses(model.Tagger.Tags));

        SyntaxScores scores = SyntaxEvaluator.Score(sentences, model.Tagger, model.Lemmatiser, model.Parser, model.Labeller);

        Assert.That(scores.UposAccuracy, Is.GreaterThan(0.97));
        Assert.That(scores.Uas, Is.GreaterThan(0.90));
        Assert.That(scores.Las, Is.GreaterThan(0.85));
        Assert.That(scores.LemmaAccuracy, Is.GreaterThan(0.97));
    }

    [Test]
    public void Train_SmallFixture_ParsesAFixtureSentenceAsAnnotated()
    {
        TreebankSentence gold = SyntaxFixtures.Sentences().Single(s => s.Text.StartsWith("The report comes after North and South Korea", StringComparison.Ordinal));
        var syntax = new SyntaxToken[gold.Count];

        SyntaxFixtures.TinyModel.Tag(gold.Text, gold.Tokens, syntax);
        SyntaxFixtures.TinyModel.Parse(gold.Text, gold.Tokens, syntax, 0);

        Assert.That(syntax.Select(t => t.Head), Is.EqualTo(gold.Heads));
        Assert.That(syntax.Select(t => t.Relation), Is.EqualTo(gold.Relations));
        Assert.That(syntax.Select(t => t.Upos), Is.EqualTo(gold.Upos));
    }

    [Test]
    public void Train_BeamParserOnSmallFixture_FitsItsTrainingTrees()
    {
        var options = new TrainingOptions { Seed = 3, Folds = 0, TaggerEpochs = 4, ParserEpochs = 12, LabellerEpochs = 2, Beam = 4, Prune = 0, MinUpdates = 1 };
        SyntaxModel model = new SyntaxTrainer(options, SyntaxFixtures.Silent).Train(SyntaxFixtures.Sentences(), [], []);
        List<TreebankSentence> sentences = SyntaxFixtures.Sentences();
        sentences.ForEach(s => s.AssignClasses(model.Tagger.Tags));

        SyntaxScores scores = SyntaxEvaluator.Score(sentences, model.Tagger, parser: model.Parser);

        Assert.That(model.Parser.Beam, Is.EqualTo(4));
        Assert.That(scores.Uas, Is.GreaterThan(0.90));
    }

    [Test]
    public void Train_SameDataAndSeed_SameModelBytes()
    {
        byte[] first = SyntaxFixtures.TrainTiny(seed: 7, epochs: 2).ToWriter().ToBytes();
        byte[] second = SyntaxFixtures.TrainTiny(seed: 7, epochs: 2).ToWriter().ToBytes();
        byte[] other = SyntaxFixtures.TrainTiny(seed: 8, epochs: 2).ToWriter().ToBytes();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }
}
