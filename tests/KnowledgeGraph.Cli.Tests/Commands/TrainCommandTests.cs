namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class TrainCommandTests
{
    [Test]
    public void Run_TinyTreebank_PrintsDevScoresPerEpochNeverReadsTestAndWritesAModelThatParses()
    {
        string dir = Kg.TempDir();
        try
        {
            string fixtures = Path.Combine(Kg.Root, "tests", "KnowledgeGraph.Tests", "Syntax", "Fixtures");
            string treebank = Path.Combine(dir, "tiny");
            Directory.CreateDirectory(treebank);
            File.Copy(Path.Combine(fixtures, "en_ewt-sample.conllu"), Path.Combine(treebank, "tiny-ud-train.conllu"));
            File.Copy(Path.Combine(fixtures, "GUM_news_korea.conllu"), Path.Combine(treebank, "tiny-ud-dev.conllu"));
            File.WriteAllText(Path.Combine(treebank, "tiny-ud-test.conllu"), "not CoNLL-U: reading this file would fail\n");
            string model = Path.Combine(dir, "tiny.model");

            (int exit, string output, string error) = Kg.Run(
                "train", "--treebank", treebank, "--out", model, "--tagger-epochs", "2", "--parser-epochs", "2", "--labeller-epochs", "2", "--folds", "0");

            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(output, Does.Contain("tiny-ud-test.conllu: not read"));
            Assert.That(output, Does.Match(@"tagger epoch 2/2  tiny-ud-dev: UPOS 0\.\d{4}"));
            Assert.That(output, Does.Match(@"parser epoch 1/2  tiny-ud-dev: UAS 0\.\d{4}"));
            Assert.That(output, Does.Match(@"labeller epoch 2/2  tiny-ud-dev: UAS 0\.\d{4}  LAS 0\.\d{4}"));
            (int parsed, string conllu, _) = Kg.Run("parse", "--model", model, "--conllu", Path.Combine(treebank, "tiny-ud-dev.conllu"));
            Assert.That(parsed, Is.EqualTo(0));
            Assert.That(conllu, Does.Contain("# text = The report comes after North and South Korea exchanged artillery fire yesterday."));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Run_NoTrainingData_ReportsKG2301()
    {
        string dir = Kg.TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "only-ud-test.conllu"), "x\n");

            (int exit, _, string error) = Kg.Run("train", "--treebank", dir, "--out", Path.Combine(dir, "m.model"));

            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("error KG2301"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
    [Test]
    public void Run_ClaimsAlone_AddsTheRelationModelToTheModelFileAndPrintsItsHeldOutFigures()
    {
        string dir = Kg.TempDir();
        try
        {
            string model = Path.Combine(dir, "kg-en.model");
            File.Copy(Path.Combine(Kg.Root, "models", "kg-en.model"), model);
            Assert.That(KnowledgeGraph.Syntax.ModelFiles.ModelFile.Read(model).Has("claims"), Is.False);

            (int exit, string output, string error) = Kg.Run("train", "--claims", Path.Combine("models", "claims", "claims-train.yaml"), "--out", model, "--claims-epochs", "1");

            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(output, Does.Match(@"claims: models/claims/claims-train\.yaml: \d+ sentences, \d+ found in their articles"));
            Assert.That(output, Does.Match(@"claims: held-out \(pairs the rules left unrelated\): P \d\.\d{3} R \d\.\d{3}"));
            Assert.That(KnowledgeGraph.Syntax.ModelFiles.ModelFile.Read(model).Has("claims"), Is.True);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Run_ClaimsWithoutAModelFile_ReportsKG2101()
    {
        string dir = Kg.TempDir();
        try
        {
            (int exit, _, string error) = Kg.Run("train", "--claims", Path.Combine("models", "claims", "claims-train.yaml"), "--out", Path.Combine(dir, "none.model"));

            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("error KG2101"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
