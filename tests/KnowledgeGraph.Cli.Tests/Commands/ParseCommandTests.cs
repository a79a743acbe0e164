namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class ParseCommandTests
{
    private static string Fixture(string name) => Path.Combine(Kg.Root, "tests", "KnowledgeGraph.Tests", "Syntax", "Fixtures", name);

    [Test]
    public void Run_ConlluFile_KeepsItsSentencesWordsAndTokenLinesAndFillsEveryColumn()
    {
        string input = Fixture("en_ewt-sample.conllu");
        (int exit, string output, string error) = Kg.Run("parse", "--conllu", input);

        Assert.That(exit, Is.EqualTo(0), error);
        string[] gold = File.ReadAllLines(input);
        string[] parsed = output.Split('\n')[..^1];
        Assert.That(parsed, Has.Length.EqualTo(gold.Length));
        for (int i = 0; i < gold.Length; i++)
        {
            if (gold[i].Length == 0 || gold[i][0] == '#' || gold[i].Split('\t')[0].Contains('-', StringComparison.Ordinal))
            {
                Assert.That(parsed[i], Is.EqualTo(gold[i]));
                continue;
            }

            string[] want = gold[i].Split('\t');
            string[] got = parsed[i].Split('\t');
            Assert.That(got[..2], Is.EqualTo(want[..2]), $"line {i + 1}");
            Assert.That(got[3], Is.AnyOf("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"));
            Assert.That(got[2], Is.Not.EqualTo("_"));
            Assert.That(got[6], Does.Match("^[0-9]+$"));
            Assert.That(got[7], Is.Not.EqualTo("_"));
        }
    }

    [Test]
    public void Run_SeedArticle_WritesOneRootPerSentenceAndEntityMentionsInMisc()
    {
        (int exit, string output, string error) = Kg.Run("parse", Path.Combine("seeds", "000_b1cf9653562b7715.txt"));

        Assert.That(exit, Is.EqualTo(0), error);
        string[] sentences = output.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(sentences, Has.Length.GreaterThan(100));
        foreach (string sentence in sentences)
        {
            string[] words = sentence.Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToArray();
            Assert.That(words.Count(w => w.Split('\t')[6] == "0"), Is.EqualTo(1), sentence);
        }

        Assert.That(output, Does.Contain("Beijing\tBeijing\tPROPN\tNNP\t_\t"));
        Assert.That(output, Does.Contain("NE=B-Country"));
        Assert.That(output, Does.Contain("# text = Beijing even hosted top Taliban figure Mullah Baradar"));
    }

    [Test]
    public void Run_MalformedConllu_ReportsKG2201WithFileAndLine()
    {
        string dir = Kg.TempDir();
        try
        {
            string bad = Path.Combine(dir, "bad.conllu");
            File.WriteAllText(bad, "# sent_id = 1\n1\tWar\twar\tNOUN\tNN\t_\t0\troot\t_\t_\n2\tnow\tnow\tADV\n\n");

            (int exit, _, string error) = Kg.Run("parse", "--conllu", bad);

            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain($"{bad}:3: error KG2201: malformed CoNLL-U: expected 10 tab-separated columns"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Run_ModelFileMissing_ReportsKG2101AndStops()
    {
        (int exit, string output, string error) = Kg.Run("parse", "--model", "models/absent.model", Path.Combine("seeds", "000_b1cf9653562b7715.txt"));

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("models/absent.model: error KG2101"));
    }
}
