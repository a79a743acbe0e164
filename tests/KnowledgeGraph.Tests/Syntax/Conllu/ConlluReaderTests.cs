using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Syntax.Conllu;

namespace KnowledgeGraph.Tests.Syntax.Conllu;

[TestFixture]
internal sealed class ConlluReaderTests
{
    private const string Good = "# sent_id = s1\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        + "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
        + "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n\n";

    [Test]
    public void Read_SentenceWithMultiwordToken_KeepsWordsCommentsAndTheTokenLine()
    {
        ConlluSentence sentence = Read(Good).Single();

        Assert.That(sentence.Comment("sent_id"), Is.EqualTo("s1"));
        Assert.That(sentence.Words.Select(w => w.Form), Is.EqualTo(new[] { "I", "do", "n't", "know", "." }));
        Assert.That(sentence.Extras.Single(), Is.EqualTo((1, "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_")));
        var offsets = new (int, int)[5];
        Assert.That(sentence.Text(offsets), Is.EqualTo("I don't know."));
        Assert.That(offsets[2], Is.EqualTo((4, 7)));
    }

    [Test]
    public void Write_WhatWasRead_GivesTheSameText()
    {
        var output = new StringWriter { NewLine = "\n" };

        ConlluWriter.Write(output, Read(Good).Single());

        Assert.That(output.ToString(), Is.EqualTo(Good));
    }

    [Test]
    public void Write_FixtureFile_RoundTripsByteForByte()
    {
        string original = File.ReadAllText(SyntaxFixtures.Korea).ReplaceLineEndings("\n");
        var output = new StringWriter();

        foreach (ConlluSentence sentence in ConlluReader.Read(SyntaxFixtures.Korea))
        {
            ConlluWriter.Write(output, sentence);
        }

        Assert.That(output.ToString(), Is.EqualTo(original));
    }

    [TestCase("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\n", 1, "10 tab-separated columns")]
    [TestCase("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t1\tdep\t_\t_\n", 2, "word ID '3'")]
    [TestCase("1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n", 1, "HEAD 'x'")]
    [TestCase("# c\n1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n2\tgo\tgo\tVERB\tVB\t_\t7\tdep\t_\t_\n", 3, "outside the sentence")]
    [TestCase("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n# late comment\n", 2, "comment line after")]
    [TestCase("1-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n", 1, "runs past")]
    public void Read_MalformedLine_ThrowsKG2201WithFileAndLine(string text, int line, string message)
    {
        var error = Assert.Throws<KgException>(() => Read(text).ToList());

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ConlluMalformed));
        Assert.That(error.ToLine(), Does.StartWith($"bad.conllu:{line}:"));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void Read_MissingFile_ThrowsKG2202()
    {
        var error = Assert.Throws<KgException>(() => ConlluReader.Read(Path.Combine(SyntaxFixtures.Folder, "absent.conllu")));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ConlluNotFound));
    }

    private static IEnumerable<ConlluSentence> Read(string text) => ConlluReader.ReadLines("bad.conllu", text.Split('\n')[..^1]);
}
