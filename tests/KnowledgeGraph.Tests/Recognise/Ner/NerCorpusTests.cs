using KnowledgeGraph.Recognise.Ner;

namespace KnowledgeGraph.Tests.Recognise.Ner;

/// <summary>Reads the real training data beside the repository (../shared/treebanks): GUM entity annotation and Universal NER.</summary>
[TestFixture]
internal sealed class NerCorpusTests
{
    private static string Treebanks => Path.Combine(RepoPaths.Root, "..", "shared", "treebanks");

    private static List<string> Names(NerSentence sentence) =>
        NerTags.Decode(sentence.Gold).Select(s => $"{NerTags.Codes[s.Type]}:{sentence.Text[sentence.Tokens[s.Start].Start..sentence.Tokens[s.End - 1].End]}").ToList();

    [Test]
    public void ReadIob2_UniversalNer_KeepsLowerCaseLocation()
    {
        string path = Path.Combine(Treebanks, "uner", "en_ewt-ud-dev.iob2");
        Assume.That(File.Exists(path), "Universal NER data not beside the repository");
        NerSentence first = NerCorpus.ReadIob2(path).First();
        Assert.That(Names(first), Is.EqualTo(new[] { "LOC:tampa bay" }));
    }

    [Test]
    public void ReadGum_NewsDocument_NamedMentionsOnlyTrimmedToTheName()
    {
        string path = Path.Combine(Treebanks, "gum", "dep", "GUM_news_afghan.conllu");
        Assume.That(File.Exists(path), "GUM not beside the repository");
        var names = NerCorpus.ReadGum(path).SelectMany(Names).ToList();
        Assert.That(names, Does.Contain("LOC:Afghanistan"));
        Assert.That(names, Has.Some.StartsWith("ORG:Afghan Girls Robotics Team").Or.Some.StartsWith("ORG:"));
        Assert.That(names, Has.None.Matches<string>(n => char.IsLower(n[4])), "no name starts with a lower-case word such as 'the'");
    }
}
