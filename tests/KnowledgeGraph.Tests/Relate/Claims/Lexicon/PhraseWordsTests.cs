using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims.Lexicon;

[TestFixture]
internal sealed class PhraseWordsTests
{
    [TestCase("support for", "support|for")]
    [TestCase("Co-operate", "co|-|operate")]
    [TestCase("  safe   haven to ", "safe|haven|to")]
    [TestCase("n't", "n't")]
    public void Split_Phrase_TokeniserWords(string phrase, string expected)
    {
        Assert.That(PhraseWords.Split(phrase), Is.EqualTo(expected.Split('|')));
    }
}
