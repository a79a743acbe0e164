using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Lemmas;

namespace KnowledgeGraph.Tests.Syntax.Lemmas;

[TestFixture]
internal sealed class LemmatiserTests
{
    [TestCase("said", Upos.Verb, "VBD", "say")]
    [TestCase("n't", Upos.Part, "RB", "not")]
    [TestCase("'s", Upos.Aux, "VBZ", "be")]
    [TestCase("The", Upos.Det, "DT", "the")]
    [TestCase("countries", Upos.Noun, "NNS", "country")]
    [TestCase("Taliban", Upos.Propn, "NNP", "Taliban")]
    [TestCase("geopoliticizations", Upos.Noun, "NNS", "geopoliticization")]
    [TestCase("overfinanced", Upos.Verb, "VBN", "overfinance")]
    [TestCase("Xinjiangs", Upos.Propn, "NNPS", "Xinjiangs")]
    public void Lemma_WordWithTags_LexiconThenRules(string form, Upos upos, string xpos, string expected)
    {
        var model = SyntaxFixtures.Shipped;
        byte tag = (byte)model.Tagger.Tags.IndexOf(xpos);

        Assert.That(model.Lemmatiser.Lemma(form, upos, tag), Is.EqualTo(expected));
    }

    [Test]
    public void Between_FormAndLemma_KeepsTheCommonPrefix()
    {
        Assert.That(LemmaRule.Between("studies", "study"), Is.EqualTo(new LemmaRule(3, "y")));
        Assert.That(new LemmaRule(3, "y").Apply("carries"), Is.EqualTo("carry"));
    }
}
